// Ranking a suggestion's candidates for the inquiry: its language, its product and its
// likely category, one hit per translation group, categories kept diverse.
#pragma once

#include <string>
#include <vector>

#include "search/category_belief.h"
#include "search/hit.h"
#include "search/ranking_parameters.h"
#include "search/searcher.h"

namespace helpdex {

// What the inquiry says about the ranking of its candidates.
struct InquiryContext {
    std::string lang;                    // the inquiry's language
    std::string product;                 // its product, or empty
    const CategoryBelief& belief;        // how likely each category is
};

// Re-weights `candidates` for the inquiry (a case of the likely category outranks a
// lexically closer one of another), keeps categories diverse (diversify_categories), then
// keeps one hit per translation group, shown in the inquiry's language when the group has
// it. At most `limit` hits.
std::vector<Hit> rank_for_inquiry(Searcher& searcher, std::vector<Hit> candidates, const InquiryContext& inquiry,
                                  const RankingParameters& parameters, size_t limit);

// Orders hits greedily by score, each further hit of an already listed category counting
// `repeat_factor` times less: when the likely category is wrong, the runner-up category's
// best hit then still appears near the top instead of below a page of look-alikes.
void diversify_categories(std::vector<Hit>& hits, double repeat_factor, const CategoryBelief& belief = {});

}  // namespace helpdex
