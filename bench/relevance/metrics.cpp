// The figures of one results column: category accuracy, P@1, MRR@10, zero results, ECE, latency.
#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dataset.h"

namespace relbench {

namespace {

constexpr size_t kMrrDepth = 10;

double reciprocal_rank(const std::vector<std::string>& ranked, const std::string& expected) {
    const size_t depth = std::min(ranked.size(), kMrrDepth);
    for (size_t i = 0; i < depth; ++i) {
        if (ranked[i] == expected) return 1.0 / static_cast<double>(i + 1);
    }
    return 0;
}

// The items at the given positions, in that order.
template <typename T>
std::vector<T> picked(const std::vector<T>& items, const std::vector<size_t>& positions) {
    std::vector<T> out;
    out.reserve(positions.size());
    for (size_t i : positions) out.push_back(items.at(i));
    return out;
}

std::vector<size_t> positions_in_language(const std::vector<LabelledText>& queries, const std::string& lang) {
    std::vector<size_t> positions;
    for (size_t i = 0; i < queries.size(); ++i) {
        if (queries[i].lang == lang) positions.push_back(i);
    }
    return positions;
}

}  // namespace

double percentile(std::vector<double> values, double q) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

double expected_calibration_error(const std::vector<double>& confidences, const std::vector<bool>& correct, int bins) {
    std::vector<double> count(bins, 0), hits(bins, 0), confidence_sum(bins, 0);
    for (size_t i = 0; i < confidences.size(); ++i) {
        const double c = std::clamp(confidences[i], 0.0, 1.0);
        const int bin = std::min(bins - 1, static_cast<int>(c * bins));  // confidence 1.0 falls in the top bin
        count[bin] += 1;
        hits[bin] += correct[i] ? 1 : 0;
        confidence_sum[bin] += c;
    }
    double ece = 0;
    for (int b = 0; b < bins; ++b) {
        if (count[b] == 0) continue;
        ece += count[b] / static_cast<double>(confidences.size()) * std::abs(hits[b] / count[b] - confidence_sum[b] / count[b]);
    }
    return ece;
}

Metrics measure(const std::vector<Answer>& answers, const std::vector<LabelledText>& queries) {
    if (answers.size() != queries.size()) throw std::logic_error("one answer per query expected");
    Metrics m;
    if (answers.empty()) return m;
    std::vector<double> confidences, latencies;
    std::vector<bool> correct;
    double hits = 0, first_hits = 0, reciprocal_ranks = 0, empty = 0;
    for (size_t i = 0; i < answers.size(); ++i) {
        const Answer& a = answers[i];
        const std::string& expected = queries[i].category;
        const bool right = !a.failed && a.category == expected;
        hits += right;
        correct.push_back(right);
        confidences.push_back(a.failed ? 0 : a.confidence);
        if (a.failed) continue;  // a fast error must not improve the latency figures
        latencies.push_back(a.latency_ms);
        empty += a.ranked_categories.empty();
        first_hits += !a.ranked_categories.empty() && a.ranked_categories.front() == expected;
        reciprocal_ranks += reciprocal_rank(a.ranked_categories, expected);
    }
    const double n = static_cast<double>(answers.size());
    m.accuracy = hits / n;
    m.precision_at_1 = first_hits / n;
    m.mrr_at_10 = reciprocal_ranks / n;
    m.zero_result_rate = empty / n;
    m.ece = expected_calibration_error(confidences, correct);
    m.latency_p50_ms = percentile(latencies, 0.50);
    m.latency_p95_ms = percentile(latencies, 0.95);
    m.latency_p99_ms = percentile(latencies, 0.99);
    return m;
}

std::vector<LanguageFigures> measure_per_language(const std::vector<SystemRun>& runs,
                                                  const std::vector<LabelledText>& queries) {
    std::vector<LanguageFigures> figures;
    for (const std::string& lang : languages_of(queries)) {
        const std::vector<size_t> positions = positions_in_language(queries, lang);
        const std::vector<LabelledText> language_queries = picked(queries, positions);
        LanguageFigures language{lang, positions.size(), {}};
        for (const SystemRun& run : runs) language.systems.push_back(measure(picked(run.answers, positions), language_queries));
        figures.push_back(std::move(language));
    }
    return figures;
}

}  // namespace relbench
