// The candidates of a suggestion: solutions and similar past issues retrieved for the
// inquiry's query, before they are ranked for it.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/hit.h"
#include "search/ranking_parameters.h"
#include "search/searcher.h"

namespace helpdex {

// What to do with a candidate already in a list.
enum class OnDuplicate { keep_existing, keep_higher_score };

// Appends the hits of `more` whose document is not in `list` yet; a document already
// there keeps its hit, or takes the higher of the two scores.
void add_candidates(std::vector<Hit>& list, std::vector<Hit> more, OnDuplicate policy);

struct Candidates {
    std::vector<Hit> solutions;       // kSolutionTypes
    std::vector<Hit> similar_issues;  // kSimilarIssueTypes

    bool empty() const { return solutions.empty() && similar_issues.empty(); }
};

// Retrieves with the ranking parameters' BM25 from one Searcher. Not thread-safe.
class CandidateRetriever {
public:
    CandidateRetriever(Searcher& searcher, const RankingParameters& parameters);

    // How many candidates each retrieval considers before translation groups collapse.
    static constexpr size_t kCandidates = 20;
    // Types held by at least this share of the documents are searched without a filter
    // (see retrieve()), asking for this many more hits than their share needs.
    static constexpr double kUnfilteredFromShare = 0.75;
    static constexpr size_t kExtraWithoutFilter = 4;

    // The best `count` documents of `types` for `query`, within `scope` (empty: anywhere).
    // Types the index does not hold are not searched for (a corpus of cases only has no
    // solutions): each Xapian search re-reads its posting lists.
    std::vector<Hit> retrieve(const Xapian::Query& query, std::span<const std::string_view> types,
                              const Xapian::Query& scope, size_t count);
    // Solutions and similar issues for `query` within `scope` (empty: anywhere), kCandidates each.
    Candidates retrieve_both(const Xapian::Query& query, const Xapian::Query& scope = Xapian::Query());

private:
    Searcher& searcher_;
    Xapian::BM25Weight bm25_;
};

// The best hits of both lists, each document once, scored for an inquiry in `lang` (other
// languages count kOtherLanguageFactor less): the voters on category and urgency.
std::vector<Hit> best_of_both(const Candidates& candidates, const std::string& lang, size_t count);

// Documents in another language than the inquiry's still count, a little less.
inline constexpr double kOtherLanguageFactor = 0.85;

}  // namespace helpdex
