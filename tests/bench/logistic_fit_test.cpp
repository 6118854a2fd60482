// Proves bench/calibration/logistic_fit: the fit that sets helpdex's confidence models
// recovers a known model, weighs an example like that many copies of it, and the
// calibration error it reports is the weighted gap between confidence and accuracy.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "calibration/logistic_fit.h"

using namespace helpdex;

namespace {

EvidenceFeatures one_feature(double x) {
    EvidenceFeatures features{};
    features[0] = x;
    return features;
}

}  // namespace

TEST_CASE("the fit recovers the model that drew the labels", "[bench][logistic]") {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> uniform(-2.0, 2.0);
    std::vector<EvidenceFeatures> xs;
    std::vector<int> ys;
    for (int i = 0; i < 20000; ++i) {
        const double x = uniform(random);
        const double p = 1.0 / (1.0 + std::exp(-(0.5 + 2.0 * x)));
        xs.push_back(one_feature(x));
        ys.push_back(std::uniform_real_distribution<double>(0, 1)(random) < p);
    }
    const LogisticModel model = fit_logistic(xs, ys);
    CHECK(model.bias == Approx(0.5).margin(0.1));
    CHECK(model.weights[0] == Approx(2.0).margin(0.15));
    CHECK(calibration_error(model.predict_all(xs), ys) < 0.02);
}

TEST_CASE("an example of weight 3 counts as three copies of it", "[bench][logistic]") {
    const std::vector<EvidenceFeatures> xs = {one_feature(0), one_feature(1), one_feature(2), one_feature(0.5)};
    const std::vector<int> ys = {0, 1, 1, 0};
    const LogisticModel weighted = fit_logistic(xs, ys, {1, 3, 1, 1});
    const LogisticModel copied = fit_logistic({xs[0], xs[1], xs[1], xs[1], xs[2], xs[3]}, {0, 1, 1, 1, 1, 0});
    CHECK(weighted.bias == Approx(copied.bias));
    CHECK(weighted.weights[0] == Approx(copied.weights[0]));
}

TEST_CASE("the calibration error is the weighted gap between confidence and accuracy per bin", "[bench][logistic]") {
    // One bin (0.8–0.9): mean confidence 0.8, accuracy 1/2 unweighted, 3/4 when the right one weighs 3.
    CHECK(calibration_error({0.8, 0.8}, {1, 0}) == Approx(0.3));
    CHECK(calibration_error({0.8, 0.8}, {1, 0}, {3, 1}) == Approx(0.05));
    CHECK(calibration_error({}, {}) == 0.0);
    // Two bins, each exact: no error.
    CHECK(calibration_error({0.0, 1.0}, {0, 1}) == Approx(0.0));
}
