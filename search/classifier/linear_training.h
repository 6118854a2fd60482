// One-vs-rest logistic regression trained by LIBLINEAR, the only file that sees its API.
#pragma once

#include <cstddef>
#include <vector>

#include "search/classifier/features.h"

namespace helpdex::classifier {

struct LinearWeights {
    std::vector<float> weights;  // feature-major: weights[feature * labels + label]
    std::vector<float> bias;     // per label
};

// L2-regularised logistic regression, one label against the rest (dual solver: fast on
// sparse text), with inverse regularisation `c`. `classes[i]` is the label (0 … labels−1)
// of `vectors[i]`. The labels train on `threads` threads (0: one per core). Deterministic:
// the same input gives the same weights, whatever the thread count and whatever else
// trains at the same time. Throws std::runtime_error when LIBLINEAR rejects the problem.
LinearWeights train_linear(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes,
                           size_t features, size_t labels, double c, unsigned threads = 0);

}  // namespace helpdex::classifier
