// GET /v1/search: a ranked, filtered, faceted page of the knowledge base.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/hit.h"
#include "search/requests.h"
#include "search/searcher.h"
#include "search/wording/spelling.h"
#include "search/wording/synonyms.h"

namespace helpdex {

struct SearchResponse {
    Xapian::doccount total = 0;  // matching documents (exact up to kExactCountLimit, else estimated)
    std::vector<Hit> results;
    // "type" → value → count: exact up to kExactCountLimit matches, else estimated from those
    // the matcher looked at (see Searcher::page).
    std::map<std::string, std::map<std::string, Xapian::doccount>> facets;
    std::string query_language;
    double language_confidence = 0.0;
    // The words of `q` the corpus does not know, read as the nearest words it does, and `q`
    // as it was searched: empty when nothing was corrected.
    std::vector<wording::Correction> corrections;
    std::string corrected_query;
};

// Counting every match of a common word costs reading its whole posting list and three
// values per match; past this many the total and the facets are estimates.
inline constexpr Xapian::doccount kExactCountLimit = 1000;

// Analyses `q` in its language, searches within the filters (browsing newest first when
// `q` has no words) and presents every returned hit. Not thread-safe: uses the Searcher.
SearchResponse search(Searcher& searcher, const SearchRequest& request,
                      const wording::Synonyms& synonyms = wording::no_synonyms());

}  // namespace helpdex
