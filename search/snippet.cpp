// Best-window snippet selection.
#include "search/snippet.h"

#include <algorithm>

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

std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words,
                         const std::unordered_set<uint32_t>& query_terms, size_t max_words) {
    if (words.empty()) return html_escape(squeeze_spaces(text.substr(0, 200)));

    std::vector<int> hit(words.size(), 0);
    for (size_t i = 0; i < words.size(); ++i) hit[i] = words[i].term != SnippetWord::kNoTerm && query_terms.count(words[i].term) ? 1 : 0;

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

}  // namespace helpdex
