// Which examples the classifier learns from and which calibrate it, within a budget: the
// cost of training grows with examples × categories, so a large corpus is sampled (the same
// examples every time) instead of growing the training without bound.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace helpdex::classifier {

struct SampleLimits {
    unsigned holdout_modulo = 5;        // 1 in `holdout_modulo` examples calibrates
    size_t max_examples = 0;            // over all categories; 0 = no limit
    size_t max_per_category = 0;        // 0 = no limit
    size_t max_example_labels = 0;      // examples × categories (what training costs); 0 = no limit
    size_t min_per_category = 0;        // max_examples never cuts a category below this
};

struct TrainingSample {
    std::vector<size_t> training;       // indexes of the examples to learn from
    std::vector<size_t> calibration;    // indexes of the held-out examples
    bool sampled = false;               // true when limits left examples out
};

// Stable hash of an example's key: decides the held-out split and the sampling order.
uint64_t example_hash(std::string_view key);

// `labels[i]` is the category number (0 … categories−1) of example i and `keys[i]` its
// stable key. Each category keeps the examples of lowest hash up to its share, so the
// sample is the same for the same corpus, spread evenly over categories, and a small
// corpus is kept whole. Indexes come out in ascending order.
TrainingSample sample_examples(const std::vector<int>& labels, const std::vector<std::string_view>& keys,
                               size_t categories, const SampleLimits& limits);

}  // namespace helpdex::classifier
