// The figures of one results column: category accuracy, P@1, MRR@10, zero results, ECE, latency.
#pragma once

#include <string>
#include <vector>

#include "bench_types.h"

namespace relbench {

struct Metrics {
    double accuracy = 0;
    double precision_at_1 = 0;
    double mrr_at_10 = 0;
    double zero_result_rate = 0;
    double ece = 0;  // expected calibration error over 10 equal-width confidence bins
    double latency_p50_ms = 0;
    double latency_p95_ms = 0;
    double latency_p99_ms = 0;
};

// The figures of one query language: one Metrics per system, in the order of the runs.
struct LanguageFigures {
    std::string lang;
    size_t queries = 0;
    std::vector<Metrics> systems;
};

// A failed request counts as a wrong answer with confidence 0 and no hit for P@1 or MRR; it is
// counted among the errors, not the zero-result queries, and left out of the latency figures.
Metrics measure(const std::vector<Answer>& answers, const std::vector<LabelledText>& queries);

// Every system measured on each language's queries alone (answers in query order, as for measure).
std::vector<LanguageFigures> measure_per_language(const std::vector<SystemRun>& runs,
                                                  const std::vector<LabelledText>& queries);

// Nearest-rank percentile (q in (0, 1]); 0 for an empty list.
double percentile(std::vector<double> values, double q);

// Σ_bins (n_bin / N) · |accuracy_bin − mean confidence_bin| over `bins` equal-width bins.
double expected_calibration_error(const std::vector<double>& confidences, const std::vector<bool>& correct,
                                  int bins = 10);

}  // namespace relbench
