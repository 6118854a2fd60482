// Turning a linear model's decision values into calibrated probabilities.
#pragma once

#include <vector>

namespace helpdex::classifier {

// exp(temperature · value), normalised to sum to 1.
std::vector<double> softmax(const std::vector<double>& values, double temperature);

// The mean negative log-likelihood of the true labels under softmax(decisions, temperature).
double mean_log_loss(const std::vector<std::vector<double>>& decisions, const std::vector<int>& truth, double temperature);

// The temperature in [0.05, 100] minimising held-out log loss (golden-section search on a
// log scale).
double fit_temperature(const std::vector<std::vector<double>>& decisions, const std::vector<int>& truth);

}  // namespace helpdex::classifier
