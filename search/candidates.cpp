// Candidate retrieval and merging.
#include "search/candidates.h"

#include <algorithm>
#include <cmath>

#include "search/document.h"
#include "search/query_plan.h"

namespace helpdex {

void add_candidates(std::vector<Hit>& list, std::vector<Hit> more, OnDuplicate policy) {
    for (Hit& hit : more) {
        auto same = std::find_if(list.begin(), list.end(), [&](const Hit& h) { return h.docid == hit.docid; });
        if (same == list.end()) list.push_back(std::move(hit));
        else if (policy == OnDuplicate::keep_higher_score) same->score = std::max(same->score, hit.score);
    }
}

CandidateRetriever::CandidateRetriever(Searcher& searcher, const RankingParameters& parameters)
    : searcher_(searcher), bm25_(parameters.bm25_k1, 0.0, 1.0, parameters.bm25_b, 0.5) {}

std::vector<Hit> CandidateRetriever::retrieve(const Xapian::Query& query, std::span<const std::string_view> types,
                                              const Xapian::Query& scope, size_t count) {
    const double share = searcher_.generation().type_share(types);
    if (share == 0) return {};
    if (share >= kUnfilteredFromShare) {
        // A filter that passes most documents costs reading its posting list, nearly as
        // long as the index, to drop few: search without it for a few more, then drop the
        // other types. The same hits as the filtered search, unless too few are left.
        const size_t wanted = share == 1 ? count : static_cast<size_t>(std::ceil(count / share)) + kExtraWithoutFilter;
        std::vector<Hit> hits = searcher_.retrieve(query, scope, wanted, &bm25_);
        const bool every_match = hits.size() < wanted;
        std::erase_if(hits, [&](const Hit& h) { return std::find(types.begin(), types.end(), h.type) == types.end(); });
        if (hits.size() >= count || every_match) {
            if (hits.size() > count) hits.resize(count);
            return hits;
        }
    }
    return searcher_.retrieve(query, both(type_filter(types), scope), count, &bm25_);
}

Candidates CandidateRetriever::retrieve_both(const Xapian::Query& query, const Xapian::Query& scope) {
    return {retrieve(query, kSolutionTypes, scope, kCandidates), retrieve(query, kSimilarIssueTypes, scope, kCandidates)};
}

std::vector<Hit> best_of_both(const Candidates& candidates, const std::string& lang, size_t count) {
    std::vector<Hit> pool = candidates.solutions;
    add_candidates(pool, candidates.similar_issues, OnDuplicate::keep_existing);
    for (Hit& hit : pool) {
        if (hit.lang != lang) hit.score *= kOtherLanguageFactor;
    }
    std::stable_sort(pool.begin(), pool.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    if (pool.size() > count) pool.resize(count);
    return pool;
}

}  // namespace helpdex
