// Tokenize → normalise → split elisions → join error codes → stop → stem.
#include "search/analysis/analyzer.h"

#include "search/analysis/language_profile.h"
#include "search/analysis/normalizer.h"

namespace helpdex::analysis {

namespace {

// "l'écran" → "écran", "qu'il" → "il"; "customer's" → "customer". Only the part after the
// apostrophe carries the topic in elision languages.
std::string strip_apostrophes(std::string word, const ElisionRule& elision) {
    const auto apostrophe = word.find('\'');
    if (apostrophe == std::string::npos) return word;
    if (elision.elides(std::string_view(word.data(), apostrophe))) {
        return strip_apostrophes(word.substr(apostrophe + 1), elision);
    }
    if (word.size() >= 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    std::erase(word, '\'');
    return word;
}

bool is_short_letter_code(const Token& token) {
    return token.kind == TokenKind::letters && token.text.size() <= 3;
}

}  // namespace

Analyzer::LanguageState& Analyzer::state_for(std::string_view lang) {
    auto it = languages_.find(lang);
    if (it == languages_.end()) {
        LanguageState state;  // default Xapian::Stem is the "none" stemmer: words unchanged
        const LanguageProfile& profile = language_profile(lang);
        if (profile.stemmed()) state.stemmer = Xapian::Stem(std::string(profile.snowball_stemmer));
        it = languages_.emplace(std::string(lang), std::move(state)).first;
    }
    return it->second;
}

std::string Analyzer::stem(std::string_view normalized_word, std::string_view lang) {
    LanguageState& state = state_for(lang);
    if (state.stemmer.is_none()) return std::string(normalized_word);
    // Snowball is the costliest step of analysis and support text repeats its words, so
    // stems are cached; the cache is dropped whole when it grows past a bound.
    constexpr size_t kMaxCachedStems = 100000;
    std::string word(normalized_word);
    if (auto hit = state.stems.find(word); hit != state.stems.end()) return hit->second;
    std::string stemmed = state.stemmer(word);
    if (stemmed.empty()) stemmed = word;
    if (state.stems.size() >= kMaxCachedStems) state.stems.clear();
    state.stems.emplace(std::move(word), stemmed);
    return stemmed;
}

std::vector<AnalyzedWord> Analyzer::analyze(std::string_view text, std::string_view lang) {
    const std::vector<Token> tokens = tokenizer_.tokenize(text);
    const LanguageProfile& profile = language_profile(lang);
    std::vector<AnalyzedWord> words;
    words.reserve(tokens.size());
    uint32_t position = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        size_t end = token.end;
        std::string word = normalize(token.text);
        // Error and model codes ("E-104", "KH-2026") become one word, as customers also
        // type them without the hyphen ("e104").
        if (is_short_letter_code(token) && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::number &&
            tokens[i + 1].begin == token.end + 1 && text[token.end] == '-') {
            word += normalize(tokens[i + 1].text);
            end = tokens[i + 1].end;
            ++i;
        }
        word = strip_apostrophes(std::move(word), profile.elision);
        if (word.empty() || word.size() > kMaxTermBytes) continue;

        AnalyzedWord analyzed;
        analyzed.stopword = profile.is_stopword(word);
        analyzed.greeting = profile.is_greeting(word);
        analyzed.term = token.kind == TokenKind::number ? word : stem(word, lang);
        analyzed.word = std::move(word);
        analyzed.begin = token.begin;
        analyzed.end = end;
        analyzed.position = ++position;
        words.push_back(std::move(analyzed));
    }
    return words;
}

}  // namespace helpdex::analysis
