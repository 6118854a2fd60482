// Newton's method for L2-penalised logistic regression on a handful of features.
#include "bench/calibration/logistic_fit.h"

#include <algorithm>
#include <cmath>

namespace helpdex {

namespace {

constexpr size_t kParameters = kEvidenceFeatures + 1;  // the bias first
using Vector = std::array<double, kParameters>;
using Matrix = std::array<Vector, kParameters>;

Vector with_bias(const EvidenceFeatures& x) {
    Vector v{1.0};
    std::copy(x.begin(), x.end(), v.begin() + 1);
    return v;
}

// Solves a · step = b by Gaussian elimination with partial pivoting (a is small and
// positive definite thanks to the penalty).
Vector solve(Matrix a, Vector b) {
    for (size_t col = 0; col < kParameters; ++col) {
        size_t pivot = col;
        for (size_t row = col + 1; row < kParameters; ++row)
            if (std::abs(a[row][col]) > std::abs(a[pivot][col])) pivot = row;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (size_t row = col + 1; row < kParameters; ++row) {
            const double f = a[row][col] / a[col][col];
            for (size_t k = col; k < kParameters; ++k) a[row][k] -= f * a[col][k];
            b[row] -= f * b[col];
        }
    }
    Vector x{};
    for (size_t i = kParameters; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < kParameters; ++k) s -= a[i][k] * x[k];
        x[i] = s / a[i][i];
    }
    return x;
}

}  // namespace

double LogisticModel::predict(const EvidenceFeatures& x) const {
    double z = bias;
    for (size_t i = 0; i < kEvidenceFeatures; ++i) z += weights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
}

std::vector<double> LogisticModel::predict_all(const std::vector<EvidenceFeatures>& xs) const {
    std::vector<double> out;
    for (const auto& x : xs) out.push_back(predict(x));
    return out;
}

LogisticModel fit_logistic(const std::vector<EvidenceFeatures>& xs, const std::vector<int>& ys,
                           const std::vector<double>& weights, double l2, int iterations) {
    Vector beta{};
    for (int it = 0; it < iterations; ++it) {
        Vector gradient{};
        Matrix hessian{};
        for (size_t n = 0; n < xs.size(); ++n) {
            const Vector x = with_bias(xs[n]);
            double z = 0;
            for (size_t i = 0; i < kParameters; ++i) z += beta[i] * x[i];
            const double p = 1.0 / (1.0 + std::exp(-z));
            const double w = weights.empty() ? 1.0 : weights[n];
            for (size_t i = 0; i < kParameters; ++i) {
                gradient[i] += w * (ys[n] - p) * x[i];
                for (size_t k = 0; k < kParameters; ++k) hessian[i][k] += w * p * (1 - p) * x[i] * x[k];
            }
        }
        for (size_t i = 1; i < kParameters; ++i) {  // the bias is not penalised
            gradient[i] -= l2 * beta[i];
            hessian[i][i] += l2;
        }
        hessian[0][0] += 1e-9;
        const Vector step = solve(hessian, gradient);
        double size = 0;
        for (size_t i = 0; i < kParameters; ++i) {
            beta[i] += step[i];
            size += std::abs(step[i]);
        }
        if (size < 1e-9) break;
    }
    LogisticModel model;
    model.bias = beta[0];
    std::copy(beta.begin() + 1, beta.end(), model.weights.begin());
    return model;
}

double calibration_error(const std::vector<double>& probabilities, const std::vector<int>& right,
                         const std::vector<double>& weights) {
    double confidence[10] = {}, correct[10] = {}, total = 0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const int bin = std::min(9, static_cast<int>(probabilities[i] * 10));
        const double w = weights.empty() ? 1.0 : weights[i];
        confidence[bin] += w * probabilities[i];
        correct[bin] += w * right[i];
        total += w;
    }
    double error = 0;
    for (int b = 0; b < 10; ++b) error += std::abs(correct[b] - confidence[b]);
    return total > 0 ? error / total : 0.0;
}

double mean(const std::vector<int>& values) {
    double sum = 0;
    for (int v : values) sum += v;
    return values.empty() ? 0.0 : sum / static_cast<double>(values.size());
}

}  // namespace helpdex
