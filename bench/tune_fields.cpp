// Chooses the index's field weights (indexer/field_weights.h) by k-fold cross-validation
// on a corpus's own cases: each fold's cases are left out, the rest of the corpus is
// indexed with every combination of weights, and each left-out case asks, in the
// customer's own words, for solutions and similar issues. A case answers well when the
// top solution and the top similar issue share its category. Prints one row per
// combination, best objective first.
//
//   bench_tune_fields --corpus corpus [--folds 5] [--title 2,4,6] [--symptoms 1,3,5]
//                     [--tags 1,2,3] [--steps 0,1] [--body 1]
//
// The customer's words are a case body's quoted lines ("> …"); a case without any (a
// phone note) asks with its title.
//
// With --queries HELDOUT.tsv (lines: text<TAB>category, as bench/split_cases.py writes)
// the whole corpus is indexed once per combination and those queries ask instead: the
// same choice on a split made outside helpdex (e.g. banking77's kb.csv).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "indexer/corpus_reader.h"
#include "indexer/index_writer.h"
#include "search/suggester.h"

using namespace helpdex;
namespace fs = std::filesystem;

namespace {

struct HeldOut {
    std::string id, text, category;
};

std::string customer_words(const KbDocument& c) {
    std::string words;
    size_t start = 0;
    while (start < c.body_markdown.size()) {
        size_t end = c.body_markdown.find('\n', start);
        if (end == std::string::npos) end = c.body_markdown.size();
        std::string_view line(c.body_markdown.data() + start, end - start);
        if (line.starts_with(">")) {
            line.remove_prefix(1);
            words.append(line);
            words += '\n';
        }
        start = end + 1;
    }
    return words.empty() ? c.title : words;
}

struct Scores {
    double queries = 0, accuracy = 0, solution_p1 = 0, solution_mrr = 0, similar_p1 = 0, similar_mrr = 0;
    // What a ticket system routing on `category_uncertain` sees: how often the answer is
    // flagged, and how often an unflagged category is right.
    double uncertain = 0, right_when_sure = 0;
    bool any_solution = false;  // a corpus of cases only has none: its objective is the similar issues'
    double objective() const {
        return any_solution ? (solution_mrr + similar_mrr) / 2 / queries : similar_mrr / queries;
    }
};

// P@1 and reciprocal rank (within the first 10) of the first hit of `category`.
void score_list(const std::vector<Hit>& hits, const std::string& category, double& p1, double& mrr) {
    for (size_t rank = 0; rank < hits.size() && rank < 10; ++rank) {
        if (hits[rank].category == category) {
            p1 += rank == 0;
            mrr += 1.0 / static_cast<double>(rank + 1);
            return;
        }
    }
}

struct Row {
    indexer::FieldWeights weights;
    Scores scores;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Choose field weights by cross-validation on a corpus's cases"};
    std::string corpus_dir;
    size_t folds = 5;
    std::vector<Xapian::termcount> titles = {2, 4, 6}, symptoms = {1, 3, 5}, tags = {1, 2, 3}, steps = {0, 1}, bodies = {1};
    app.add_option("--corpus", corpus_dir, "Corpus folder with cases")->required()->check(CLI::ExistingDirectory);
    app.add_option("--folds", folds, "Cross-validation folds")->check(CLI::Range(2, 20));
    bool show_misses = false;
    app.add_flag("--show-misses", show_misses, "Print each held-out query answered with the wrong category (stderr)");
    std::string queries_file;
    app.add_option("--queries", queries_file, "Held-out queries (text<TAB>category) instead of cross-validation")
        ->check(CLI::ExistingFile);
    app.add_option("--title", titles, "Title weights to try");
    app.add_option("--symptoms", symptoms, "Symptom weights to try");
    app.add_option("--tags", tags, "Tag weights to try");
    app.add_option("--steps", steps, "Step weights to try");
    app.add_option("--body", bodies, "Body weights to try");
    CLI11_PARSE(app, argc, argv);

    indexer::Diagnostics diagnostics;
    const indexer::Corpus corpus = indexer::read_corpus(corpus_dir, diagnostics);
    if (diagnostics.has_errors()) {
        std::fprintf(stderr, "%s has errors: run `helpdex index %s --strict` to see them\n", corpus_dir.c_str(),
                     corpus_dir.c_str());
        return 1;
    }
    // Cases in id order, dealt round-robin into folds: every run splits the same way.
    std::vector<const KbDocument*> cases;
    for (const auto& d : corpus.documents) {
        if (d.type == "case" && d.status == "published") cases.push_back(&d);
    }
    std::sort(cases.begin(), cases.end(), [](const KbDocument* a, const KbDocument* b) { return a->id < b->id; });
    if (queries_file.empty() && cases.size() < folds) {
        std::fprintf(stderr, "%zu published cases: too few for %zu folds\n", cases.size(), folds);
        return 1;
    }
    std::vector<std::vector<HeldOut>> held_out(folds);
    std::vector<indexer::Corpus> training(folds);
    if (!queries_file.empty()) {
        folds = 1;
        held_out.assign(1, {});
        training.assign(1, corpus);
        std::ifstream in(queries_file);
        for (std::string line; std::getline(in, line);) {
            const auto tab = line.rfind('\t');
            if (tab != std::string::npos) held_out[0].push_back({"", line.substr(0, tab), line.substr(tab + 1)});
        }
    }
    for (size_t f = 0; f < folds && queries_file.empty(); ++f) {
        training[f].routing = corpus.routing;
        for (const auto& d : corpus.documents) {
            const auto at = std::find(cases.begin(), cases.end(), &d);
            const bool left_out = at != cases.end() && static_cast<size_t>(at - cases.begin()) % folds == f;
            if (left_out) held_out[f].push_back({d.id, customer_words(d), d.category});
            else training[f].documents.push_back(d);
        }
    }

    const fs::path scratch = fs::temp_directory_path() / ("helpdex-tune-fields-" + std::to_string(::getpid()));
    std::vector<Row> rows;
    const auto started = std::chrono::steady_clock::now();
    for (auto title : titles)
        for (auto symptom : symptoms)
            for (auto tag : tags)
                for (auto step : steps)
                    for (auto body : bodies) {
                        Row row{{title, symptom, tag, step, body}, {}};
                        for (size_t f = 0; f < folds; ++f) {
                            indexer::IndexOptions options;
                            options.field_weights = row.weights;
                            indexer::write_index(training[f], scratch, corpus_dir, options);
                            Searcher searcher(Generation::open_current(scratch));
                            for (const HeldOut& q : held_out[f]) {
                                SuggestRequest request;
                                request.text = q.text;
                                request.limit = 10;
                                const Suggestion answer = suggest(searcher, request);
                                Scores& s = row.scores;
                                s.queries += 1;
                                s.accuracy += answer.inquiry.category == q.category;
                                s.uncertain += answer.inquiry.category_uncertain;
                                s.right_when_sure += !answer.inquiry.category_uncertain && answer.inquiry.category == q.category;
                                s.any_solution = s.any_solution || !answer.solutions.empty();
                                score_list(answer.solutions, q.category, s.solution_p1, s.solution_mrr);
                                score_list(answer.similar_issues, q.category, s.similar_p1, s.similar_mrr);
                                if (show_misses && answer.inquiry.category != q.category) {
                                    std::fprintf(stderr, "miss %s [%s] want %s, got %s (%.2f), top solution %s: %.120s\n",
                                                 q.id.c_str(), answer.inquiry.language.c_str(), q.category.c_str(),
                                                 answer.inquiry.category.c_str(), answer.inquiry.category_confidence,
                                                 answer.solutions.empty() ? "-" : answer.solutions[0].id.c_str(),
                                                 q.text.c_str());
                                }
                            }
                        }
                        rows.push_back(row);
                        std::fprintf(stderr, "\r%zu combinations done", rows.size());
                    }
    fs::remove_all(scratch);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.scores.objective() > b.scores.objective(); });
    size_t asked = 0;
    for (const auto& fold : held_out) asked += fold.size();
    std::printf("\n%zu held-out queries in %zu fold(s), %zu combinations, %.0f s\n", asked, folds, rows.size(), seconds);
    std::printf("objective = mean of the solutions' and similar issues' MRR@10 (by category; similar issues only\n"
                "when the index has no solutions)\n");
    std::printf("%-40s %9s %9s %9s %9s %9s %9s %9s %9s\n", "field weights", "objective", "accuracy", "sol P@1", "sol MRR",
                "sim P@1", "sim MRR", "uncertain", "acc sure");
    for (const Row& row : rows) {
        const Scores& s = row.scores;
        const double n = s.queries;
        const double sure = n - s.uncertain;
        std::printf("%-40s %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f%s\n", indexer::to_string(row.weights).c_str(),
                    s.objective(), s.accuracy / n, s.solution_p1 / n, s.solution_mrr / n, s.similar_p1 / n,
                    s.similar_mrr / n, s.uncertain / n, sure > 0 ? s.right_when_sure / sure : 0.0,
                    row.weights == indexer::FieldWeights{} ? "   (current default)" : "");
    }
    return 0;
}
