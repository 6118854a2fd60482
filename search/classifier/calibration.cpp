// Softmax with a temperature, and the temperature that fits held-out examples best.
#include "search/classifier/calibration.h"

#include <algorithm>
#include <cmath>

namespace helpdex::classifier {

std::vector<double> softmax(const std::vector<double>& values, double temperature) {
    std::vector<double> out(values.size());
    const double top = *std::max_element(values.begin(), values.end());
    double sum = 0;
    for (size_t i = 0; i < values.size(); ++i) sum += out[i] = std::exp(temperature * (values[i] - top));
    for (double& v : out) v /= sum;
    return out;
}

double mean_log_loss(const std::vector<std::vector<double>>& decisions, const std::vector<int>& truth, double temperature) {
    double loss = 0;
    for (size_t i = 0; i < decisions.size(); ++i) {
        const auto p = softmax(decisions[i], temperature);
        loss -= std::log(std::max(p[static_cast<size_t>(truth[i])], 1e-12));
    }
    return loss / static_cast<double>(decisions.size());
}

// The temperature minimising held-out log loss (golden-section search on a log scale).
double fit_temperature(const std::vector<std::vector<double>>& decisions, const std::vector<int>& truth) {
    double lo = std::log(0.05), hi = std::log(100.0);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    for (int step = 0; step < 40; ++step) {
        const double a = hi - ratio * (hi - lo), b = lo + ratio * (hi - lo);
        if (mean_log_loss(decisions, truth, std::exp(a)) < mean_log_loss(decisions, truth, std::exp(b))) hi = b;
        else lo = a;
    }
    return std::exp((lo + hi) / 2);
}

}  // namespace helpdex::classifier
