// What a handler may use to answer, in one place: the live index, the ranking parameters,
// the pooled search engines, the editors' synonyms, the reindex jobs, who may call, and
// the request metrics.
#pragma once

#include <memory>

#include "api/access/access_control.h"
#include "api/metrics.h"
#include "api/reindex_jobs.h"
#include "api/searcher_pool.h"
#include "search/generation.h"
#include "search/suggester.h"
#include "search/wording/synonyms.h"

namespace helpdex::api {

// Shared by every handler thread at once: each member is thread-safe or immutable.
// Later a feedback store (POST /v1/feedback) will be added here.
struct Services {
    Services(std::shared_ptr<LiveIndex> live_index, RankingParameters ranking_parameters,
             std::filesystem::path synonyms_file, const std::filesystem::path& corpus = {},
             ReindexObserver reindex_observer = {}, const access::AccessOptions& access_options = {})
        : index(live_index), ranking(ranking_parameters), searchers(live_index), synonyms(std::move(synonyms_file)),
          access(access_options),
          reindex(corpus.empty() ? nullptr
                                 : std::make_unique<ReindexJobs>(corpus, std::move(live_index), counted(std::move(reindex_observer)))) {}

    std::shared_ptr<LiveIndex> index;  // the served generation; swapped by the reload loop
    const RankingParameters ranking;   // from Config, fixed while serving
    SearcherPool searchers;            // borrow one per request: Xapian objects are not thread-safe
    wording::SynonymsFile synonyms;    // the editors' synonyms; re-read by the reload loop
    access::AccessControl access;      // API keys, rate limits, CORS
    Metrics metrics;                   // GET /metrics
    std::unique_ptr<ReindexJobs> reindex;  // null when the server was given no corpus

private:
    // The observer, after the metrics have seen the job move on.
    ReindexObserver counted(ReindexObserver then) {
        return [this, then = std::move(then)](const ReindexJob& job) {
            metrics.reindex_moved(job);
            if (then) then(job);
        };
    }
};

}  // namespace helpdex::api
