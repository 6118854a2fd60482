// Highlighted snippets: the passage of a document that best matches the query's terms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace helpdex {

// A word of an analysed text: its term (a number the caller gives terms; kNoTerm for a
// word never to be marked, such as a stopword) and its byte span.
struct SnippetWord {
    static constexpr uint32_t kNoTerm = UINT32_MAX;
    uint32_t term;
    uint32_t begin, end;

    bool operator==(const SnippetWord&) const = default;
};

// An HTML-safe excerpt of about `max_words` words of `text`, chosen where most of the
// query's terms (`query_terms`, numbered as in `words`) occur, each matching word wrapped
// in <mark>…</mark>. Starts at the beginning of the text when nothing matches. "…" marks
// cut ends.
std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words,
                         const std::unordered_set<uint32_t>& query_terms, size_t max_words = 32);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string html_escape(std::string_view text);

}  // namespace helpdex
