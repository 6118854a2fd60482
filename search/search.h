// GET /v1/search: a ranked, filtered, faceted page of the knowledge base.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/hit.h"
#include "search/requests.h"
#include "search/searcher.h"

namespace helpdex {

struct SearchResponse {
    Xapian::doccount total = 0;  // matching documents (exact up to kExactCountLimit)
    std::vector<Hit> results;
    std::map<std::string, std::map<std::string, Xapian::doccount>> facets;  // "type" → value → count
    std::string query_language;
    double language_confidence = 0.0;
};

inline constexpr Xapian::doccount kExactCountLimit = 10000;

// Analyses `q` in its language, searches within the filters (browsing newest first when
// `q` has no words) and presents every returned hit. Not thread-safe: uses the Searcher.
SearchResponse search(Searcher& searcher, const SearchRequest& request);

}  // namespace helpdex
