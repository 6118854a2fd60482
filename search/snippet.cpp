// Best-window snippet selection.
#include "search/snippet.h"

#include <algorithm>

namespace helpdex {

namespace {

void append_escaped(std::string& out, char c) {
    switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
    }
}

void append_escaped(std::string& out, std::string_view text) {
    for (char c : text) append_escaped(out, c);
}

// Appends `text` escaped, each run of whitespace as one space (the plain text keeps
// Markdown's line breaks).
void append_squeezed(std::string& out, std::string_view text) {
    bool space = false;
    for (char c : text) {
        const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (is_space && !space) out += ' ';
        if (!is_space) append_escaped(out, c);
        space = is_space;
    }
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    append_escaped(out, text);
    return out;
}

std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words,
                         const std::unordered_set<uint32_t>& query_terms, size_t max_words) {
    std::string out;
    if (words.empty()) {
        append_squeezed(out, text.substr(0, 200));
        return out;
    }
    // A query has a few terms: a scan of them beats hashing each of hundreds of words.
    const std::vector<uint32_t> wanted(query_terms.begin(), query_terms.end());
    std::vector<int> hit(words.size(), 0);
    for (size_t i = 0; i < words.size(); ++i) {
        const uint32_t term = words[i].term;
        hit[i] = term != SnippetWord::kNoTerm && std::find(wanted.begin(), wanted.end(), term) != wanted.end() ? 1 : 0;
    }

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

    out.reserve(text.size() < 512 ? text.size() + 64 : 512);
    if (best_start > 0) out += "… ";
    size_t cursor = words[best_start].begin;
    for (size_t i = best_start; i < best_end; ++i) {
        append_squeezed(out, text.substr(cursor, words[i].begin - cursor));
        const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
        if (hit[i]) out += "<mark>";
        append_escaped(out, word);
        if (hit[i]) out += "</mark>";
        cursor = words[i].end;
    }
    if (best_end < words.size()) out += " …";
    return out;
}

}  // namespace helpdex
