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

// L2-regularised logistic regression, one per label (dual solver: fast on sparse text),
// with inverse regularisation `c`. `classes[i]` is the label (0 … labels−1) of
// `vectors[i]`. Deterministic: the same input gives the same weights, also when several
// threads train at once (trainings are serialised, each seeded alike). Throws
// std::runtime_error when LIBLINEAR rejects the problem.
LinearWeights train_linear(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes,
                           size_t features, size_t labels, double c);

}  // namespace helpdex::classifier
