// Highlighted snippets: the passage of a document that best matches the query's terms.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "search/analysis/analyzer.h"

namespace helpdex {

// An HTML-safe excerpt of about `max_words` words of `text` (analysed in `lang`), chosen
// where most query terms occur, each matching word wrapped in <mark>…</mark>. Starts at
// the beginning of the text when nothing matches. "…" marks cut ends.
std::string make_snippet(std::string_view text, std::string_view lang,
                         const std::unordered_set<std::string>& query_terms, analysis::Analyzer& analyzer,
                         size_t max_words = 32);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string html_escape(std::string_view text);

}  // namespace helpdex
