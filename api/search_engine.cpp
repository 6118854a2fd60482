// The search engine a request borrows.
#include "api/search_engine.h"

namespace helpdex::api {

SearchEngine::SearchEngine(std::shared_ptr<const Generation> generation)
    : searcher_(std::move(generation)), cues_(searcher_.analyzer()) {}

Suggestion SearchEngine::suggest(const SuggestRequest& request, const RankingParameters& ranking) {
    return helpdex::suggest(searcher_, cues_, request, ranking);
}

}  // namespace helpdex::api
