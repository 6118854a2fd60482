// Sampling the training and calibration examples under the training budget.
#include "search/classifier/training_sample.h"

#include <algorithm>

namespace helpdex::classifier {

namespace {

// The examples each category may train on: an equal share of max_examples and of
// max_example_labels (one-vs-rest training visits every example once per category, so
// that budget buys categories² × share), within [min_per_category, max_per_category].
size_t share_per_category(size_t categories, const SampleLimits& limits) {
    size_t share = limits.max_per_category > 0 ? limits.max_per_category : SIZE_MAX;
    if (categories == 0) return share;
    size_t budget_share = SIZE_MAX;
    if (limits.max_examples > 0) budget_share = limits.max_examples / categories;
    if (limits.max_example_labels > 0) budget_share = std::min(budget_share, limits.max_example_labels / categories / categories);
    if (budget_share != SIZE_MAX) share = std::min(share, std::max(limits.min_per_category, budget_share));
    return share;
}

// Keeps the `limit` members of lowest hash; returns whether any was left out.
bool keep_lowest(std::vector<std::pair<uint64_t, size_t>>& members, size_t limit, std::vector<size_t>& out) {
    std::sort(members.begin(), members.end());
    const size_t kept = std::min(limit, members.size());
    for (size_t i = 0; i < kept; ++i) out.push_back(members[i].second);
    return kept < members.size();
}

}  // namespace

uint64_t example_hash(std::string_view key) {
    uint64_t hash = 1469598103934665603ull;  // FNV-1a: independent of the standard library
    for (unsigned char c : key) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

TrainingSample sample_examples(const std::vector<int>& labels, const std::vector<std::string_view>& keys,
                               size_t categories, const SampleLimits& limits) {
    std::vector<std::vector<std::pair<uint64_t, size_t>>> training(categories), calibration(categories);
    const unsigned modulo = std::max(limits.holdout_modulo, 2u);
    for (size_t i = 0; i < labels.size(); ++i) {
        const uint64_t hash = example_hash(keys[i]);
        // The order within a category comes from the hash's high bits, the split from its low ones.
        auto& pool = hash % modulo == 0 ? calibration : training;
        pool[static_cast<size_t>(labels[i])].push_back({hash / modulo, i});
    }
    const size_t share = share_per_category(categories, limits);
    const size_t calibration_share = share == SIZE_MAX ? SIZE_MAX : std::max<size_t>(1, share / (modulo - 1));
    TrainingSample sample;
    for (size_t c = 0; c < categories; ++c) {
        sample.sampled |= keep_lowest(training[c], share, sample.training);
        sample.sampled |= keep_lowest(calibration[c], calibration_share, sample.calibration);
    }
    std::sort(sample.training.begin(), sample.training.end());
    std::sort(sample.calibration.begin(), sample.calibration.end());
    return sample;
}

}  // namespace helpdex::classifier
