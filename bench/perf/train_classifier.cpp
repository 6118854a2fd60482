// bench_train_classifier: the category classifier's training on its own — time, size and
// held-out accuracy for a corpus folder — so its cost can be measured apart from indexing.
#include <chrono>
#include <cstdio>
#include <iostream>

#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "indexer/classifier_training.h"
#include "indexer/document_source.h"

using namespace helpdex;

namespace {

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Trains the category classifier of a corpus folder and prints what it cost, as JSON"};
    std::string corpus_dir;
    std::string model_path;
    app.add_option("--corpus", corpus_dir, "Corpus folder (articles/, cases/, routing.yaml)")->required();
    app.add_option("--save", model_path, "Also write the model here (its size is reported)");
    classifier::TrainingOptions options;
    app.add_option("--max-examples", options.max_examples, "Training budget: examples in all")->capture_default_str();
    app.add_option("--max-example-labels", options.max_example_labels, "Training budget: examples × categories")
        ->capture_default_str();
    app.add_option("--min-per-category", options.min_per_category, "Examples each category keeps")->capture_default_str();
    app.add_option("--max-words", options.max_words, "Words read of each training text")->capture_default_str();
    app.add_option("--c", options.c, "Inverse regularisation")->capture_default_str();
    CLI11_PARSE(app, argc, argv);

    indexer::Diagnostics diagnostics;
    const auto read_started = std::chrono::steady_clock::now();
    // As helpdex index reads it: validated once, the sample's texts read on the visit.
    const indexer::CorpusFolder corpus = indexer::CorpusFolder::scan(corpus_dir, diagnostics);
    const auto read_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - read_started);
    size_t published = 0;
    for (const auto& entry : corpus.catalog()) published += entry.status == "published";
    const long rss_before_training = peak_rss_kib();
    classifier::TrainingReport report;
    const classifier::CategoryClassifier model = indexer::train_classifier(corpus, indexer::training_plan(corpus.catalog(), options), report);
    nlohmann::json out = {{"documents", published},
                          {"read_ms", read_ms.count()},
                          {"examples", report.examples},
                          {"trained_on", report.trained_on},
                          {"categories", report.classes},
                          {"features", report.features},
                          {"holdout_accuracy", report.holdout_accuracy},
                          {"temperature", report.temperature},
                          {"training_ms", report.elapsed.count()},
                          {"peak_rss_mib_before_training", rss_before_training / 1024},
                          {"peak_rss_mib", peak_rss_kib() / 1024}};
    if (!model_path.empty() && !model.empty()) {
        model.save(model_path);
        out["model_bytes"] = std::filesystem::file_size(model_path);
    }
    std::cout << out.dump(2) << "\n";
    return 0;
}
