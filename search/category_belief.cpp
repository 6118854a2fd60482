// The category vote, its mix with the classifier, and the decision.
#include "search/category_belief.h"

#include <algorithm>
#include <tuple>

#include "search/generation.h"

namespace helpdex {

namespace {

// The classifier and the retrieval vote, mixed. Without a classifier, or for an inquiry
// the classifier knows no feature of, the vote alone.
CategoryBelief combine_beliefs(const CategoryBelief& votes, const std::vector<classifier::CategoryProbability>& predicted,
                               double classifier_weight) {
    if (predicted.empty()) return votes;
    CategoryBelief belief;
    const double vote_weight = votes.empty() ? 0.0 : 1.0 - classifier_weight;
    const double model_weight = votes.empty() ? 1.0 : classifier_weight;
    for (const auto& p : predicted) belief[p.category] = model_weight * p.probability;
    for (const auto& [category, vote] : votes) belief[category] += vote_weight * vote;
    return belief;
}

std::pair<std::string, double> most_likely(const CategoryBelief& belief) {
    if (belief.empty()) return {"", 0.0};
    const auto best = std::max_element(belief.begin(), belief.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return *best;
}

}  // namespace

CategoryBelief vote_categories(const std::vector<Hit>& voters) {
    CategoryBelief votes;
    double total = 0;
    const double top_score = voters.empty() ? 0.0 : voters.front().score;
    for (const Hit& hit : voters) {
        if (top_score <= 0) break;
        const double relative = hit.score / top_score;
        votes[hit.category] += relative * relative;
        total += relative * relative;
    }
    for (auto& [category, vote] : votes) vote /= total;
    return votes;
}

double classifier_weight_for(const Generation& generation, double weight) {
    constexpr double kFullTrustExamples = 20.0;
    const size_t categories = generation.classifier().categories().size();
    if (categories == 0) return 0.0;
    const double examples = static_cast<double>(generation.classifier_examples());
    return weight * std::min(1.0, examples / (kFullTrustExamples * static_cast<double>(categories)));
}

CategoryDecision decide_category(const std::vector<Hit>& voters,
                                 const std::vector<classifier::CategoryProbability>& predicted,
                                 double classifier_weight, double uncertain_below) {
    CategoryDecision decision;
    const CategoryBelief votes = vote_categories(voters);
    decision.belief = combine_beliefs(votes, predicted, classifier_weight);
    std::tie(decision.category, decision.confidence) = most_likely(decision.belief);
    // The classifier's probabilities are calibrated on held-out cases; its mix with the
    // retrieval vote is not. The confidence reported is the classifier's own for the chosen
    // category, so that it keeps meaning "right this often".
    for (const auto& p : predicted) {
        if (p.category == decision.category) decision.confidence = p.probability;
    }
    decision.uncertain = decision.confidence < uncertain_below;
    // With no document matching and no confident model, there is no category to report.
    if (votes.empty() && decision.uncertain) {
        decision.category.clear();
        decision.confidence = 0.0;
    }
    return decision;
}

}  // namespace helpdex
