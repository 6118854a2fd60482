// Turns HTTP query parameters and JSON bodies into validated requests. Every rejection is
// an ApiError naming the field; nothing here depends on the HTTP library.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "search/requests.h"

namespace helpdex::api {

inline constexpr size_t kMaxSearchLimit = 100;
inline constexpr size_t kMaxOffset = 10000;
inline constexpr size_t kMaxSuggestLimit = 50;
inline constexpr size_t kMaxQueryBytes = 2048;

using QueryParams = std::multimap<std::string, std::string>;

// GET /v1/search parameters: q, lang, type (comma list or repeated), category, product,
// limit (1–100, default 10), offset (0–10000). Unknown parameters are rejected.
SearchRequest parse_search_request(const QueryParams& params);

// POST /v1/suggest body: {text, subject?, lang?, product?, limit? (1–50, default 5)}.
SuggestRequest parse_suggest_request(std::string_view body);

// What an editor's POST /v1/admin/reindex asks for.
struct ReindexRequest {
    bool strict = false;  // any corpus error fails the job, leaving the live index as it is
    bool full = false;    // every document anew, the classifier retrained (else incremental)
};

// POST /v1/admin/reindex body: empty, or {strict?, full?} (booleans, default false).
ReindexRequest parse_reindex_request(std::string_view body);

// The optional ?lang= of GET /v1/documents/{id}.
std::string parse_document_lang(const QueryParams& params);

// The known language an Accept-Language header prefers most ("nl-BE,nl;q=0.9,en;q=0.8" →
// "nl"), or "" for none. Never an error: browsers and proxies send all sorts.
std::string preferred_language(std::string_view accept_language);

}  // namespace helpdex::api
