// Candidate retrieval and merging.
#include "search/candidates.h"

#include <algorithm>

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
    const Generation& generation = searcher_.generation();
    if (!generation.holds_any_type(types)) return {};
    return searcher_.retrieve(query, both(type_filter(generation, types), scope), count, &bm25_);
}

Candidates CandidateRetriever::retrieve_both(const Xapian::Query& query) {
    const Xapian::Query anywhere;
    return {retrieve(query, kSolutionTypes, anywhere, kCandidates), retrieve(query, kSimilarIssueTypes, anywhere, kCandidates)};
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
