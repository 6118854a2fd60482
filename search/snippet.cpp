// Best-window snippet selection.
#include "search/snippet.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace helpdex {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

// Collapses each run of whitespace to one space (the plain text keeps Markdown's line breaks).
std::string squeeze_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (is_space && !space) out += ' ';
        if (!is_space) out += c;
        space = is_space;
    }
    return out;
}

}  // namespace

uint32_t TermIds::intern(const std::string& term) {
    return ids_.try_emplace(term, static_cast<uint32_t>(ids_.size())).first->second;
}

std::optional<uint32_t> TermIds::find(const std::string& term) const {
    const auto it = ids_.find(term);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
}

std::vector<SnippetWord> analyse_for_snippet(std::string_view text, std::string_view lang, analysis::Analyzer& analyzer,
                                             TermIds& ids) {
    std::vector<SnippetWord> words;
    for (const auto& word : analyzer.analyze(text, lang)) {
        words.push_back(SnippetWord{ids.intern(word.term), static_cast<uint32_t>(word.begin),
                                    static_cast<uint32_t>(word.end), word.stopword});
    }
    return words;
}

std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words,
                         const std::unordered_set<uint32_t>& query_terms, size_t max_words) {
    if (words.empty()) return html_escape(squeeze_spaces(text.substr(0, 200)));

    std::vector<int> hit(words.size(), 0);
    for (size_t i = 0; i < words.size(); ++i) hit[i] = query_terms.count(words[i].term) && !words[i].stopword ? 1 : 0;

    // Sliding window with the most matching words; distinct terms would be nicer but the
    // count is a good proxy at this length.
    const size_t window = std::min(max_words, words.size());
    int in_window = 0;
    for (size_t i = 0; i < window; ++i) in_window += hit[i];
    int best = in_window;
    size_t best_start = 0;
    for (size_t start = 1; start + window <= words.size(); ++start) {
        in_window += hit[start + window - 1] - hit[start - 1];
        if (in_window > best) {
            best = in_window;
            best_start = start;
        }
    }
    // Start a couple of words before the first hit so it reads in context.
    if (best > 0) {
        size_t first_hit = best_start;
        while (!hit[first_hit]) ++first_hit;
        best_start = first_hit >= 3 ? std::min(first_hit - 3, words.size() - window) : 0;
    }
    const size_t best_end = best_start + window;

    std::string out;
    if (best_start > 0) out += "… ";
    size_t cursor = words[best_start].begin;
    for (size_t i = best_start; i < best_end; ++i) {
        out += html_escape(squeeze_spaces(text.substr(cursor, words[i].begin - cursor)));
        const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
        if (hit[i]) out += "<mark>" + html_escape(word) + "</mark>";
        else out += html_escape(word);
        cursor = words[i].end;
    }
    if (best_end < words.size()) out += " …";
    return out;
}

namespace {

// A stem keeps its word's opening letters (Snowball rewrites endings), up to what the
// stemmers change at the start: accents and umlauts dropped (Dutch, German, Spanish),
// y written i (English "try" → "tri"). So only a word whose first two letters, folded
// alike, open one of the query's terms can stem to one; the others need no stemming.
constexpr size_t kOpeningLetters = 2;

// U+00C0–U+00FF (UTF-8 C3 80–BF) folded to their base letter; '\0' where there is none.
constexpr char kLatin1Folded[] = "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUY\0s" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0y";

std::string folded_opening(std::string_view word) {
    std::string opening;
    for (size_t i = 0, letters = 0; i < word.size() && letters < kOpeningLetters; ++letters) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        char folded = 0;
        size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (c < 0x80) folded = static_cast<char>(c);
        else if (c == 0xC3 && i + 1 < word.size()) {
            const unsigned char next = static_cast<unsigned char>(word[i + 1]);
            if (next >= 0x80 && next <= 0xBF) folded = kLatin1Folded[next - 0x80];
        }
        if (folded == 'y') folded = 'i';
        if (folded != 0) opening += static_cast<char>(std::tolower(static_cast<unsigned char>(folded)));
        else opening.append(word.substr(i, length));
        i += length;
    }
    return opening;
}

class QueryOpenings {
public:
    explicit QueryOpenings(const std::unordered_set<std::string>& terms) {
        for (const auto& term : terms) openings_.insert(folded_opening(term));
    }
    bool may_match(std::string_view word) const { return openings_.contains(folded_opening(word)); }

private:
    std::set<std::string, std::less<>> openings_;  // a few: a query's terms
};

}  // namespace

std::string make_snippet(std::string_view text, std::string_view lang,
                         const std::unordered_set<std::string>& query_terms, analysis::Analyzer& analyzer,
                         size_t max_words) {
    const QueryOpenings openings(query_terms);
    TermIds ids;
    std::vector<SnippetWord> words;
    const auto may_match = [&](std::string_view word) { return openings.may_match(word); };
    constexpr uint32_t kNoQueryTerm = UINT32_MAX;  // a word that cannot match needs no id
    for (const auto& word : analyzer.analyze(text, lang, may_match)) {
        const uint32_t term = openings.may_match(word.word) ? ids.intern(word.term) : kNoQueryTerm;
        words.push_back(SnippetWord{term, static_cast<uint32_t>(word.begin), static_cast<uint32_t>(word.end), word.stopword});
    }
    std::unordered_set<uint32_t> query_ids;
    for (const auto& term : query_terms) {
        if (const auto id = ids.find(term)) query_ids.insert(*id);
    }
    return make_snippet(text, words, query_ids, max_words);
}

}  // namespace helpdex
