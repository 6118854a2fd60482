// Relevance bench: helpdex against plain Xapian BM25 and SQLite FTS5 on labelled queries.
//
// Prints one table (see README.md) and writes every figure as JSON:
//
//   bench_relevance --cases [LANG=]FILE.csv… --queries [LANG=]FILE.csv… [--limit N] [--workers 4] [--helpdex PATH]
//                   [--lang en] [--json OUT.json] [--work-dir DIR] [--keep] [--seed 77] [--warmup 100]
#include <cstdio>
#include <ctime>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "baselines.h"
#include "child_process.h"
#include "corpus_writer.h"
#include "csv_reader.h"
#include "dataset.h"
#include "helpdex_runner.h"
#include "language_files.h"
#include "metrics.h"
#include "report.h"
#include "work_dir.h"

using namespace relbench;

namespace {

constexpr double kMaxErrorRate = 0.01;

struct Options {
    std::vector<std::string> cases_values, queries_values;  // FILE or LANG=FILE, as given
    std::vector<LanguageFile> case_files, query_files;      // the same, parsed
    std::string helpdex, lang = "en", json_file = "bench-relevance.json", work_dir;
    size_t limit = 0, workers = 4, warmup = 100;
    uint64_t seed = 77;
    bool keep = false;
};

std::string utc_timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

size_t count_categories(const std::vector<LabelledText>& items) {
    std::set<std::string> categories;
    for (const LabelledText& item : items) categories.insert(item.category);
    return categories.size();
}

std::string joined_languages(const std::vector<LabelledText>& items) {
    std::string joined;
    for (const std::string& lang : languages_of(items)) joined += (joined.empty() ? "" : " ") + lang;
    return joined;
}

// Queries whose category no case has can never be answered right; say so rather than hide it.
void warn_unknown_categories(const std::vector<LabelledText>& cases, const std::vector<LabelledText>& queries) {
    std::set<std::string> known;
    for (const LabelledText& c : cases) known.insert(c.category);
    size_t unknown = 0;
    for (const LabelledText& q : queries) unknown += !known.count(q.category);
    if (unknown) std::fprintf(stderr, "warning: %zu queries have a category that no case has\n", unknown);
}

std::vector<MeasuredRun> measure_all(const std::vector<SystemRun>& runs, const std::vector<LabelledText>& queries) {
    std::vector<MeasuredRun> measured;
    for (const SystemRun& run : runs) measured.push_back({run, measure(run.answers, queries)});
    return measured;
}

struct Inputs {
    std::vector<LabelledText> cases, all_queries, queries, warmup;
};

Inputs load_inputs(const Options& options) {
    Inputs in;
    in.cases = read_language_files(options.case_files, true);
    in.all_queries = read_language_files(options.query_files, false);
    in.queries = deterministic_subset(in.all_queries, options.limit, options.seed);
    // Case texts, not queries: warming up on the measured queries would favour them.
    in.warmup = evenly_spaced(in.cases, options.warmup);
    std::fprintf(stderr, "cases: %zu in %zu categories (%s); queries: %zu of %zu (%s; seed %llu)\n", in.cases.size(),
                 count_categories(in.cases), joined_languages(in.cases).c_str(), in.queries.size(),
                 in.all_queries.size(), joined_languages(in.queries).c_str(), static_cast<unsigned long long>(options.seed));
    warn_unknown_categories(in.cases, in.queries);
    return in;
}

SystemRun index_and_query_helpdex(const HelpdexOptions& helpdex, const Inputs& in, const Options& options) {
    write_helpdex_corpus(in.cases, helpdex.corpus_dir);
    const double index_seconds = build_helpdex_index(helpdex);
    std::fprintf(stderr, "helpdex index: %.2f s\n", index_seconds);
    std::fprintf(stderr, "helpdex serve: %zu warm-up requests, then %zu queries with %zu workers…\n", in.warmup.size(),
                 in.queries.size(), options.workers);
    SystemRun run = run_helpdex_queries(helpdex, in.warmup, in.queries);
    run.index_seconds = index_seconds;
    return run;
}

// helpdex first (stopped before the baselines run, so they never compete for the CPU).
std::vector<SystemRun> run_all_systems(const Inputs& in, const Options& options, const WorkDir& work,
                                       const HelpdexOptions& helpdex) {
    std::vector<SystemRun> runs = {index_and_query_helpdex(helpdex, in, options)};
    std::fprintf(stderr, "baselines: xapian-bm25, sqlite-fts5…\n");
    for (SystemRun& run : baseline_runs("xapian-bm25", run_xapian_bm25(in.cases, in.warmup, in.queries, work.path() / "xapian-bm25"))) {
        runs.push_back(std::move(run));
    }
    for (SystemRun& run : baseline_runs("fts5", run_sqlite_fts5(in.cases, in.warmup, in.queries))) {
        runs.push_back(std::move(run));
    }
    return runs;
}

RunContext context_of(const Options& options, const Inputs& in, const std::string& helpdex_binary,
                      const std::vector<std::string>& command_line) {
    RunContext context;
    context.command_line = command_line;
    context.case_files = options.case_files;
    context.query_files = options.query_files;
    context.helpdex_binary = helpdex_binary;
    context.lang = options.lang;
    context.timestamp = utc_timestamp();
    context.cases = in.cases.size();
    context.categories = count_categories(in.cases);
    context.queries_in_file = in.all_queries.size();
    context.queries_used = in.queries.size();
    context.limit = options.limit;
    context.workers = options.workers;
    context.warmup = in.warmup.size();
    context.seed = options.seed;
    return context;
}

int run_bench(const Options& options, const std::vector<std::string>& command_line) {
    const Inputs in = load_inputs(options);
    WorkDir work(options.work_dir, options.keep);
    const HelpdexOptions helpdex{locate_helpdex(options.helpdex), work.path() / "corpus", work.path() / "index",
                                 options.workers};
    std::fprintf(stderr, "helpdex: %s; work folder: %s\n", helpdex.binary.c_str(), work.path().c_str());
    const std::vector<SystemRun> runs = run_all_systems(in, options, work, helpdex);

    Results results;
    results.runs = measure_all(runs, in.queries);
    results.languages = measure_per_language(runs, in.queries);
    const TargetSet target_set = target_set_of(options.case_files.size(), options.query_files.size(),
                                               languages_of(in.queries));
    results.targets = check_targets(target_set, results.runs, results.languages);
    std::printf("Relevance on %zu of %zu queries (shuffle seed %llu) against %zu cases in %zu categories\n\n",
                in.queries.size(), in.all_queries.size(), static_cast<unsigned long long>(options.seed), in.cases.size(),
                count_categories(in.cases));
    print_results_table(results.runs);
    print_language_table(results.runs, results.languages);
    print_targets(results.targets);
    write_json_report(options.json_file, context_of(options, in, helpdex.binary, command_line), results);
    std::printf("\nwrote %s\n", options.json_file.c_str());

    const size_t errors = runs.front().errors.value_or(0);
    if (static_cast<double>(errors) > kMaxErrorRate * static_cast<double>(in.queries.size())) {
        std::fprintf(stderr, "error: %zu of %zu helpdex requests failed (more than 1%%)\n", errors, in.queries.size());
        return 1;
    }
    return 0;
}

// CLI11 reports a bad value with the option's name before anything runs.
CLI::Validator language_file_check() {
    return CLI::Validator([](std::string& value) { return language_file_problem(value); }, "[LANG=]FILE");
}

std::vector<LanguageFile> language_files_of(const std::vector<std::string>& values, const std::string& default_lang) {
    std::vector<LanguageFile> files;
    for (const std::string& value : values) files.push_back(parse_language_file(value, default_lang));
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Relevance bench: helpdex against plain Xapian BM25 and SQLite FTS5 on labelled queries"};
    Options options;
    app.add_option("--cases", options.cases_values, "CSV of past cases: id,text,category; LANG=FILE gives its language; repeat for several")
        ->required()
        ->allow_extra_args(false)
        ->check(language_file_check());
    app.add_option("--queries", options.queries_values, "CSV of queries: text,category (id optional); LANG=FILE as for --cases")
        ->required()
        ->allow_extra_args(false)
        ->check(language_file_check());
    app.add_option("--limit", options.limit, "Use N queries drawn by a fixed-seed shuffle (quick runs); 0 = all");
    app.add_option("--seed", options.seed, "Seed of the --limit shuffle")->capture_default_str();
    app.add_option("--workers", options.workers, "Concurrent HTTP clients")->check(CLI::Range(1, 256))->capture_default_str();
    app.add_option("--warmup", options.warmup, "Unmeasured requests (case texts) before the measured ones, per system")
        ->capture_default_str();
    app.add_option("--helpdex", options.helpdex, "helpdex binary (default: next to this one, then PATH)");
    app.add_option("--lang", options.lang, "language of the files given without LANG=")->capture_default_str();
    app.add_option("--json", options.json_file, "Where to write every figure as JSON")->capture_default_str();
    app.add_option("--work-dir", options.work_dir, "Scratch folder (absent or empty; default: a new temp folder)");
    app.add_flag("--keep", options.keep, "Keep the scratch folder (corpus, indexes) after the run");
    CLI11_PARSE(app, argc, argv);
    options.case_files = language_files_of(options.cases_values, options.lang);
    options.query_files = language_files_of(options.queries_values, options.lang);

    const std::vector<std::string> command_line(argv, argv + argc);
    try {
        return run_bench(options, command_line);
    } catch (const InputError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
