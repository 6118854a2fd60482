// What an editor waits for: the time of a reindex after one file changes, beside the full
// build of the same corpus (the baseline, same process). Copies the corpus into a scratch
// folder, indexes it whole, then makes one change at a time — an article edited, a case
// edited, an article added, the same article removed — and reindexes after each, printing
// how long validating and writing took and what the reindex re-analysed.
//
//   bench_incremental --corpus DIR [--work DIR] [--quick]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "common/files.h"
#include "indexer/index_folder.h"

using namespace helpdex;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Timing {
    double validate_s = 0, total_s = 0;
    indexer::IndexSummary summary;
};

Timing reindex(const fs::path& corpus, const fs::path& index_dir, bool full) {
    indexer::IndexOptions options;
    options.full = full;
    const indexer::CheckOptions check;  // as `helpdex index` runs it
    const auto started = Clock::now();
    Clock::time_point validated;
    const auto result = indexer::index_folder(corpus, index_dir, options, false,
                                              [&](const indexer::Diagnostics&, size_t) { validated = Clock::now(); }, &check);
    const auto ended = Clock::now();
    if (!result.summary) throw std::runtime_error("the corpus was refused");
    return {std::chrono::duration<double>(validated - started).count(), std::chrono::duration<double>(ended - started).count(),
            *result.summary};
}

// The first file of `dir` (recursively, in name order) with this extension.
fs::path first_file(const fs::path& dir, const std::string& extension) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
    }
    if (files.empty()) throw std::runtime_error("no " + extension + " file in " + dir.string());
    std::sort(files.begin(), files.end());
    return files.front();
}

std::string front_matter_value(const std::string& article, const std::string& key) {
    std::smatch match;
    if (!std::regex_search(article, match, std::regex("\n" + key + ": *([^\n]+)"))) throw std::runtime_error("no " + key);
    return match[1];
}

void edit_article(const fs::path& corpus) {
    const fs::path file = first_file(corpus / "articles", ".md");
    write_file_synced(file, read_file(file) + "\nOne more sentence an editor added.\n");
}

void edit_case(const fs::path& corpus) {
    const fs::path file = first_file(corpus / "cases", ".jsonl");
    std::string text = read_file(file);
    const size_t end = text.find('\n');
    nlohmann::json record = nlohmann::json::parse(text.substr(0, end));
    record["body"] = record.value("body", "") + "\nEdited by the agent afterwards.";
    text.replace(0, end, record.dump());
    write_file_synced(file, text);
}

void add_article(const fs::path& corpus) {
    const std::string model = read_file(first_file(corpus / "articles", ".md"));
    write_file_synced(corpus / "articles" / "bench-added.md",
                      "---\nid: bench-added-article\ntype: faq\ntitle: How to export the invoices of a whole year\nlang: " +
                          front_matter_value(model, "lang") + "\ncategory: " + front_matter_value(model, "category") +
                          "\n---\nOpen the billing page, choose the year and export every invoice as one archive.\n");
}

void remove_article(const fs::path& corpus) { fs::remove(corpus / "articles" / "bench-added.md"); }

void print(const char* what, const Timing& t, double full_s) {
    const indexer::ReindexReport& r = t.summary.reindex;
    std::printf("%-22s %9.2f %9.2f %8.3f  %-11s %5zu %5zu %5zu  %s\n", what, t.validate_s, t.total_s, t.total_s / full_s,
                r.incremental ? "incremental" : "full", r.added, r.changed, r.removed,
                r.classifier_retrained ? ("retrained: " + r.classifier_reason).c_str()
                                       : ("kept: " + r.classifier_reason).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Reindex time after a one-file change, against the full build"};
    std::string corpus_dir, work_dir;
    bool quick = false;
    app.add_option("--corpus", corpus_dir, "Corpus folder (copied; never changed)")->required()->check(CLI::ExistingDirectory);
    app.add_option("--work", work_dir, "Scratch folder (default: a new one under the system's temporary folder)");
    app.add_flag("--quick", quick, "Only the article edit (CI)");
    CLI11_PARSE(app, argc, argv);

    const fs::path work = work_dir.empty() ? fs::temp_directory_path() / ("bench-incremental-" + std::to_string(::getpid()))
                                           : fs::path(work_dir);
    fs::remove_all(work);
    fs::create_directories(work);
    const fs::path corpus = work / "corpus", index = work / "index";
    fs::copy(corpus_dir, corpus, fs::copy_options::recursive);

    const Timing full = reindex(corpus, index, true);
    std::printf("%zu documents\n%-22s %9s %9s %8s  %-11s %5s %5s %5s  %s\n", full.summary.indexed, "change", "validate",
                "total s", "÷ full", "reindex", "add", "chg", "rm", "classifier");
    print("none (full build)", full, full.total_s);
    const std::vector<std::pair<const char*, void (*)(const fs::path&)>> changes = {
        {"an article edited", edit_article}, {"a case edited", edit_case}, {"an article added", add_article},
        {"that article removed", remove_article}};
    for (const auto& [what, change] : changes) {
        change(corpus);
        print(what, reindex(corpus, index, false), full.total_s);
        if (quick) break;
    }
    if (work_dir.empty()) fs::remove_all(work);
    return 0;
}
