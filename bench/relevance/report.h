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

// Everything one run measured, for the JSON report.
struct Results {
    std::vector<MeasuredRun> runs;           // helpdex first, then the baselines
    std::vector<LanguageFigures> languages;  // each holds one Metrics per run, in the same order
    std::vector<TargetCheck> targets;
};

// Which targets a run is held to. The issue sets them for two set-ups only: one cases file with
// one queries file (Banking77's, unchanged), and MASSIVE's six languages as one corpus: the
// queries' languages exactly en nl de fr es ja, the cases from several files.
enum class TargetSet { single_file, massive, none };

TargetSet target_set_of(size_t case_files, size_t query_files, const std::vector<std::string>& query_languages);

// helpdex is runs.front(); every other run is a baseline. No checks for TargetSet::none.
std::vector<TargetCheck> check_targets(TargetSet set, const std::vector<MeasuredRun>& runs,
                                       const std::vector<LanguageFigures>& languages);

void print_results_table(const std::vector<MeasuredRun>& runs);
// A block per figure with a row per query language, then helpdex's latency per language.
// Prints nothing for a single language: the overall table already says it all.
void print_language_table(const std::vector<MeasuredRun>& runs, const std::vector<LanguageFigures>& languages);
void print_targets(const std::vector<TargetCheck>& targets);
void write_json_report(const std::string& path, const RunContext& context, const Results& results);

}  // namespace relbench
