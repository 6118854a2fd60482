// Highlighted snippets: the passage of a document that best matches the query's terms.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "search/analysis/analyzer.h"

namespace helpdex {

// Interned terms: a preloaded corpus keeps each word of its snippet texts as a number.
class TermIds {
public:
    uint32_t intern(const std::string& term);
    std::optional<uint32_t> find(const std::string& term) const;

private:
    std::unordered_map<std::string, uint32_t> ids_;
};

// A word of an analysed text: its byte span and its term.
struct SnippetWord {
    uint32_t term;
    uint32_t begin, end;
    bool stopword;
};

// The words of `text` analysed in `lang`, their terms interned in `ids`. A server does this
// once per document when a generation opens (analysing every shown body per request was
// most of a suggestion's time).
std::vector<SnippetWord> analyse_for_snippet(std::string_view text, std::string_view lang, analysis::Analyzer& analyzer,
                                             TermIds& ids);

// An HTML-safe excerpt of about `max_words` words of `text`, chosen where most of the
// query's terms (`query_terms`, ids of `words`' table) occur, each matching word wrapped in
// <mark>…</mark>. Starts at the beginning of the text when nothing matches. "…" marks cut
// ends.
std::string make_snippet(std::string_view text, const std::vector<SnippetWord>& words,
                         const std::unordered_set<uint32_t>& query_terms, size_t max_words = 32);

// The same, analysing `text` now.
std::string make_snippet(std::string_view text, std::string_view lang,
                         const std::unordered_set<std::string>& query_terms, analysis::Analyzer& analyzer,
                         size_t max_words = 32);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string html_escape(std::string_view text);

}  // namespace helpdex
