// The JSON the API (and `helpdex … --json`) answers with: views built field by field from
// the search types, independent of how documents are stored in the index.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/reindex_jobs.h"
#include "search/document.h"
#include "search/generation.h"
#include "search/search.h"
#include "search/suggester.h"

namespace helpdex::api {

// {total, query_language, results: [{id, title, type, lang, category, score, snippet,
// matched_terms}], facets}; scores to 4 decimals.
nlohmann::json search_response_json(const SearchResponse& response);
// {inquiry, solutions (with steps and priority), similar_issues, escalation}; empty
// optional strings are null.
nlohmann::json suggestion_json(const Suggestion& suggestion);
// The whole document: every front-matter field, steps, source, body {markdown, html} and
// translations [{lang, id}] in the order given (the original first).
nlohmann::json document_json(const KbDocument& document, const std::vector<std::pair<std::string, std::string>>& translations);
// {generation, documents, languages} of a served generation (GET /readyz).
nlohmann::json generation_json(const Generation& generation);
// {id, state, phase, strict, started, finished, documents {done, total}, errors, warnings,
// notices, diagnostics [{severity, code, file, line, field, message}], result (once written) {generation,
// indexed, skipped, by_type, by_lang, by_status, elapsed_ms}, error}; absent values null.
nlohmann::json reindex_job_json(const ReindexJob& job);

}  // namespace helpdex::api
