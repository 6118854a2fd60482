// Proves search/classifier/linear_training: one-vs-rest weights, the same on any thread count.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

#include "search/classifier/linear_training.h"

using namespace helpdex::classifier;

namespace {

// Five labels, each with its own few features plus shared noise features.
struct Problem {
    std::vector<SparseVector> vectors;
    std::vector<int> classes;
    static constexpr size_t kFeatures = 60;
    static constexpr size_t kLabels = 5;
};

Problem toy_problem(unsigned seed) {
    Problem p;
    std::mt19937 random(seed);
    for (int i = 0; i < 400; ++i) {
        const int label = i % static_cast<int>(Problem::kLabels);
        SparseVector v;
        for (uint32_t f = 0; f < Problem::kFeatures; ++f) {
            const bool own = f / 10 == static_cast<uint32_t>(label);
            if (random() % (own ? 2 : 12) == 0) v.push_back({f, 0.3f});
        }
        p.vectors.push_back(v);
        p.classes.push_back(label);
    }
    return p;
}

LinearWeights train(const Problem& p, unsigned threads) {
    std::vector<const SparseVector*> pointers;
    for (const auto& v : p.vectors) pointers.push_back(&v);
    return train_linear(pointers, p.classes, Problem::kFeatures, Problem::kLabels, 16.0, threads);
}

int best_label(const LinearWeights& w, const SparseVector& x) {
    int best = 0;
    double best_value = -1e300;
    for (size_t k = 0; k < Problem::kLabels; ++k) {
        double value = w.bias[k];
        for (const auto& e : x) value += w.weights[e.index * Problem::kLabels + k] * e.value;
        if (value > best_value) best_value = value, best = static_cast<int>(k);
    }
    return best;
}

}  // namespace

TEST_CASE("each label's weights score its own examples highest", "[classifier][linear]") {
    const Problem p = toy_problem(3);
    const LinearWeights w = train(p, 1);
    size_t correct = 0;
    for (size_t i = 0; i < p.vectors.size(); ++i) correct += best_label(w, p.vectors[i]) == p.classes[i];
    CHECK(correct > p.vectors.size() * 9 / 10);
}

TEST_CASE("labels trained on several threads give exactly the weights of one thread", "[classifier][linear]") {
    // LIBLINEAR's dual solver shuffles with rand(): each thread must have its own stream,
    // reseeded per label, or the weights would depend on how the threads interleave.
    const Problem p = toy_problem(4);
    const LinearWeights one = train(p, 1);
    for (unsigned threads : {2u, 3u, 5u, 0u}) {
        INFO(threads << " threads");
        std::srand(12345);  // whatever else draws from rand() does not matter either
        (void)std::rand();
        const LinearWeights many = train(p, threads);
        CHECK(many.weights == one.weights);
        CHECK(many.bias == one.bias);
    }
}
