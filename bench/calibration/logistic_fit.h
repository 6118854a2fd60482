// A small logistic regression fitted by Newton's method (iteratively reweighted least
// squares) with a light L2 penalty, and the expected calibration error of probabilities.
#pragma once

#include <array>
#include <vector>

#include "search/answer_confidence.h"

namespace helpdex {

struct LogisticModel {
    double bias = 0.0;
    EvidenceFeatures weights{};

    double predict(const EvidenceFeatures& x) const;
    std::vector<double> predict_all(const std::vector<EvidenceFeatures>& xs) const;
};

// Each example counts `weights[i]` times (all 1 when `weights` is empty).
LogisticModel fit_logistic(const std::vector<EvidenceFeatures>& xs, const std::vector<int>& ys,
                           const std::vector<double>& weights = {}, double l2 = 1e-2, int iterations = 50);

// Σ over ten equal-width bins of |bin| / n × |share right − mean probability|, each
// example counting `weights[i]` times (all 1 when `weights` is empty).
double calibration_error(const std::vector<double>& probabilities, const std::vector<int>& right,
                         const std::vector<double>& weights = {});

double mean(const std::vector<int>& values);

}  // namespace helpdex
