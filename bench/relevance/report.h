// Prints the results table and the helpdex targets, and writes every figure as JSON.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench_types.h"
#include "language_files.h"
#include "metrics.h"

namespace relbench {

struct MeasuredRun {
    SystemRun run;
    Metrics metrics;
};

struct TargetCheck {
    std::string name;
    std::string requirement;
    double value = 0;
    bool met = false;
};

// What was run on what, for the JSON report.
struct RunContext {
    std::vector<std::string> command_line;
    std::vector<LanguageFile> case_files, query_files;
    std::string helpdex_binary, lang, timestamp;
    size_t cases = 0, categories = 0, queries_in_file = 0, queries_used = 0, limit = 0, workers = 0, warmup = 0;
    uint64_t seed = 0;
};

// helpdex is runs.front(); every other run is a baseline.
std::vector<TargetCheck> check_targets(const std::vector<MeasuredRun>& runs);

void print_results_table(const std::vector<MeasuredRun>& runs);
void print_targets(const std::vector<TargetCheck>& targets);
void write_json_report(const std::string& path, const RunContext& context, const std::vector<MeasuredRun>& runs,
                       const std::vector<TargetCheck>& targets);

}  // namespace relbench
