// One generation's search machinery for one thread at a time: a Searcher and the urgency
// cues analysed with its analyser. The API's one door into the suggester.
#pragma once

#include <memory>

#include "search/generation.h"
#include "search/searcher.h"
#include "search/suggester.h"
#include "search/urgency.h"

namespace helpdex::api {

// Not thread-safe (Xapian and ICU objects inside): one thread uses it at a time; the pool
// (api/searcher_pool.h) hands it from thread to thread. Keeps its generation alive.
class SearchEngine {
public:
    explicit SearchEngine(std::shared_ptr<const Generation> generation);  // throws Xapian::Error

    const std::shared_ptr<const Generation>& generation() const { return searcher_.generation_ptr(); }
    Searcher& searcher() { return searcher_; }
    Suggestion suggest(const SuggestRequest& request, const RankingParameters& ranking);

private:
    Searcher searcher_;  // holds the generation: the engine's only reference to it
    UrgencyCues cues_;  // built from searcher_'s analyser, so declared after it
};

}  // namespace helpdex::api
