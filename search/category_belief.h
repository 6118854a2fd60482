// What category an inquiry is about: the classifier learnt from resolved cases, mixed with
// a vote of the documents the inquiry matched.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/classifier/category_classifier.h"
#include "search/hit.h"

namespace helpdex {

class Generation;

using CategoryBelief = std::map<std::string, double>;  // category → probability

struct CategoryDecision {
    CategoryBelief belief;    // every category's share: what ranking boosts hits by
    std::string category;     // the most likely; empty when nothing matched and no guess is confident
    double confidence = 0.0;  // the classifier's calibrated probability: "right this often"
    bool uncertain = true;    // confidence below RankingParameters::uncertain_below
};

// Each voter (best first) votes for its category with the square of its score relative to
// the best, so close matches dominate a long tail of weak ones; votes sum to 1. Empty when
// nothing matched.
CategoryBelief vote_categories(const std::vector<Hit>& voters);

// The classifier's prediction and the voters' vote, mixed at `classifier_weight`
// (classifier_weight_for), and the category they decide; uncertain below `uncertain_below`.
CategoryDecision decide_category(const std::vector<Hit>& voters,
                                 const std::vector<classifier::CategoryProbability>& predicted,
                                 double classifier_weight, double uncertain_below);

// A classifier that saw few examples per category (a corpus of articles only, a few per
// category) knows less than the documents the inquiry matched: its weight grows with the
// examples per category and is `weight` from 20 examples per category on.
double classifier_weight_for(const Generation& generation, double weight);

}  // namespace helpdex
