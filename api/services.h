// What a handler may use to answer, in one place: the live index, the ranking parameters
// and the pooled search engines.
#pragma once

#include <memory>

#include "api/searcher_pool.h"
#include "search/generation.h"
#include "search/suggester.h"
#include "search/wording/synonyms.h"

namespace helpdex::api {

// Shared by every handler thread at once: each member is thread-safe or immutable.
// Later a feedback store (POST /v1/feedback) and request metrics will be added here.
struct Services {
    Services(std::shared_ptr<LiveIndex> live_index, RankingParameters ranking_parameters,
             std::filesystem::path synonyms_file)
        : index(live_index), ranking(ranking_parameters), searchers(std::move(live_index)), synonyms(std::move(synonyms_file)) {}

    std::shared_ptr<LiveIndex> index;  // the served generation; swapped by the reload loop
    const RankingParameters ranking;   // from Config, fixed while serving
    SearcherPool searchers;            // borrow one per request: Xapian objects are not thread-safe
    wording::SynonymsFile synonyms;    // the editors' synonyms; re-read by the reload loop
};

}  // namespace helpdex::api
