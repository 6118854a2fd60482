// Spelling dictionaries per language, written by the indexer and read by each searcher.
#include "search/wording/spelling.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "search/analysis/language_profile.h"
#include "search/analysis/normalizer.h"
#include "search/wording/lexicon.h"

namespace fs = std::filesystem;

namespace helpdex::wording {

namespace {

constexpr const char* kSpellingDir = "spelling";

// Below this many letters a word is too ambiguous to correct ("mdp", "pin").
constexpr size_t kShortestCorrected = 4;
// From this many letters two edits are allowed, below it one.
constexpr size_t kTwoEditsFrom = 7;

// The number of code points of `word` when every one is a letter, else 0.
size_t letter_count(std::string_view word) {
    size_t letters = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
        UChar32 c;
        U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
        if (c < 0 || !u_isalpha(c)) return 0;
        ++letters;
    }
    return letters;
}

}  // namespace

fs::path spelling_directory(const fs::path& generation_dir, std::string_view lang) {
    return generation_dir / kSpellingDir / std::string(lang);
}

bool corrects_spelling(std::string_view lang) {
    return !lang.empty() && !analysis::language_profile(lang).spaceless;
}

void SpellingDictionaryWriter::add(std::string_view lang, const std::vector<analysis::AnalyzedWord>& words) {
    if (!corrects_spelling(lang)) return;
    auto& counts = counts_[std::string(lang)];
    for (const analysis::AnalyzedWord& word : words) {
        if (letter_count(word.word) >= 2) ++counts[word.word];
    }
}

void SpellingDictionaryWriter::write(const fs::path& generation_dir) const {
    for (const auto& [lang, counts] : counts_) {
        const fs::path path = spelling_directory(generation_dir, lang);
        fs::create_directories(path.parent_path());
        Xapian::WritableDatabase dictionary(path.string(), Xapian::DB_CREATE);
        for (const auto& [word, count] : counts) {
            if (count < 2) continue;
            dictionary.add_spelling(word, count);
            // Keyed by its form without accents, for customers who type none ("reinitialiser").
            if (std::string bare = analysis::fold_diacritics(word); bare != word) dictionary.add_synonym(bare, word);
        }
        dictionary.commit();
        dictionary.close();
    }
}

SpellingCorrector::SpellingCorrector(fs::path generation_dir) : generation_dir_(std::move(generation_dir)) {}

Xapian::Database* SpellingCorrector::dictionary(const std::string& lang) {
    if (auto it = open_.find(lang); it != open_.end()) return &it->second;
    if (missing_.contains(lang)) return nullptr;
    const fs::path path = spelling_directory(generation_dir_, lang);
    std::error_code error;
    if (!corrects_spelling(lang) || !fs::is_directory(path, error)) {
        missing_[lang] = true;
        return nullptr;
    }
    return &open_.emplace(lang, Xapian::Database(path.string())).first->second;
}

Xapian::termcount SpellingCorrector::frequency(const std::string& word, const std::string& lang) {
    Xapian::Database* db = dictionary(lang);
    if (db == nullptr) return 0;
    Xapian::TermIterator it = db->spellings_begin();
    it.skip_to(word);
    return it != db->spellings_end() && *it == word ? it.get_termfreq() : 0;
}

std::string SpellingCorrector::with_accents(const std::string& word, const std::string& lang) {
    Xapian::Database* db = dictionary(lang);
    std::string best;
    Xapian::termcount best_frequency = 0;
    for (auto it = db->synonyms_begin(analysis::fold_diacritics(word)); it != db->synonyms_end(""); ++it) {
        const Xapian::termcount f = frequency(*it, lang);
        if (f > best_frequency) best = *it, best_frequency = f;
    }
    return best;
}

std::string SpellingCorrector::suggestion(const analysis::AnalyzedWord& word, const std::string& lang,
                                          const std::vector<std::string>& languages) {
    if (word.stopword) return {};
    const size_t letters = letter_count(word.word);
    if (letters < kShortestCorrected) return {};
    Xapian::Database* db = dictionary(lang);
    if (db == nullptr) return {};
    if (frequency(word.word, lang) > 0) return {};
    if (std::string accented = with_accents(word.word, lang); !accented.empty()) return accented;
    // A word of any of the index's languages is no typo: mixed-language inquiries ("mijn
    // account is locked") keep their borrowed words. (Their word lists, not their corpora:
    // one language's corpus is another's typo, "abonement" in a French tag.)
    if (Lexicon::of(lang).knows(word.word)) return {};
    for (const std::string& other : languages) {
        if (Lexicon::of(other).knows(word.word)) return {};
    }
    return db->get_spelling_suggestion(word.word, letters >= kTwoEditsFrom ? 2 : 1);
}

std::vector<Correction> SpellingCorrector::correct(std::vector<analysis::AnalyzedWord>& words, const std::string& lang,
                                                   const std::vector<std::string>& languages,
                                                   analysis::Analyzer& analyzer, const KnownTerm& known) {
    std::vector<Correction> corrections;
    for (analysis::AnalyzedWord& word : words) {
        // An unseen form of a known stem ("charges" beside "charged") matches already.
        if (known(word.term)) continue;
        std::string better = suggestion(word, lang, languages);
        if (better.empty() || better == word.word) continue;
        corrections.push_back({word.word, better, word.begin, word.end});
        word.term = analyzer.stem(better, lang);
        word.word = std::move(better);
    }
    return corrections;
}

std::string apply_corrections(std::string_view text, const std::vector<Correction>& corrections) {
    std::string corrected;
    size_t done = 0;
    for (const Correction& c : corrections) {
        if (c.begin < done || c.end > text.size()) continue;
        corrected.append(text.substr(done, c.begin - done));
        corrected.append(c.correction);
        done = c.end;
    }
    corrected.append(text.substr(done));
    return corrected;
}

}  // namespace helpdex::wording
