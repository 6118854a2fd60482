// Chooses the suggester's RankingParameters on held-out cases: runs suggest() in-process
// over a grid of parameters and prints category accuracy, calibration (ECE) and the
// similar-issues ranking (P@1, MRR@10) for each. Run it on a split of the cases (index the
// training part, query with the held-out part), never on the query set a bench reports.
//
//   bench_tune_ranking --db INDEX_DIR --queries HELDOUT.tsv     (lines: text<TAB>category)
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "search/suggester.h"

using namespace helpdex;

namespace {

struct Query {
    std::string text, category;
};

struct Scores {
    double accuracy = 0, ece = 0, p_at_1 = 0, mrr = 0, uncertain = 0;
};

Scores evaluate(Searcher& searcher, const std::vector<Query>& queries, const RankingParameters& p) {
    Scores s;
    double bin_confidence[10] = {}, bin_correct[10] = {};
    for (const Query& q : queries) {
        SuggestRequest request;
        request.text = q.text;
        request.limit = 10;
        const Suggestion answer = suggest(searcher, request, p);
        const bool correct = answer.inquiry.category == q.category;
        s.accuracy += correct;
        s.uncertain += answer.inquiry.category_uncertain;
        const int bin = std::min(9, static_cast<int>(answer.inquiry.category_confidence * 10));
        bin_confidence[bin] += answer.inquiry.category_confidence;
        bin_correct[bin] += correct;
        for (size_t rank = 0; rank < answer.similar_issues.size(); ++rank) {
            if (answer.similar_issues[rank].category == q.category) {
                s.p_at_1 += rank == 0;
                s.mrr += 1.0 / static_cast<double>(rank + 1);
                break;
            }
        }
    }
    const double n = static_cast<double>(queries.size());
    for (int b = 0; b < 10; ++b) s.ece += std::abs(bin_correct[b] - bin_confidence[b]) / n;
    s.accuracy /= n;
    s.p_at_1 /= n;
    s.mrr /= n;
    s.uncertain /= n;
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Choose ranking parameters on held-out cases"};
    std::string db, queries_file;
    std::vector<double> weights = {0.4, 0.5, 0.6, 0.7, 0.8, 1.0}, boosts = {0.0, 1.0, 2.0, 4.0}, repeats = {1.0}, k1s = {1.0}, bs = {0.5}, expansion_weights = {0.3};
    std::vector<size_t> expand_up_to = {0};
    app.add_option("--db", db, "Index of the training cases")->required();
    app.add_option("--queries", queries_file, "Held-out cases: text<TAB>category per line")->required();
    app.add_option("--classifier-weights", weights, "Values of classifier_weight to try");
    app.add_option("--category-boosts", boosts, "Values of category_boost to try");
    app.add_option("--repeat-factors", repeats, "Values of repeat_category_factor to try");
    app.add_option("--bm25-k1", k1s, "Values of bm25_k1 to try");
    app.add_option("--bm25-b", bs, "Values of bm25_b to try");
    app.add_option("--expand-up-to", expand_up_to, "Values of expand_up_to_terms to try");
    app.add_option("--expansion-weights", expansion_weights, "Values of expansion_weight to try");
    CLI11_PARSE(app, argc, argv);

    std::vector<Query> queries;
    std::ifstream in(queries_file);
    for (std::string line; std::getline(in, line);) {
        const auto tab = line.rfind('\t');
        if (tab != std::string::npos) queries.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    Searcher searcher(Generation::open_current(db));
    std::printf("%zu held-out queries\n%-7s %-6s %-7s %-6s %-6s %-4s %-5s %9s %7s %7s %7s %9s\n", queries.size(), "weight",
                "boost", "repeat", "k1", "b", "exp", "expw", "accuracy", "ECE", "P@1", "MRR@10", "uncertain");
    for (double weight : weights)
        for (double boost : boosts)
            for (double repeat : repeats)
                for (double k1 : k1s)
                    for (double b : bs)
                    for (size_t up_to : expand_up_to)
                    for (double expansion : expansion_weights) {
                        RankingParameters p;
                        p.classifier_weight = weight;
                        p.category_boost = boost;
                        p.repeat_category_factor = repeat;
                        p.bm25_k1 = k1;
                        p.bm25_b = b;
                        p.expand_up_to_terms = up_to;
                        p.expansion_weight = expansion;
                        const Scores s = evaluate(searcher, queries, p);
                        std::printf("%-7.2f %-6.2f %-7.2f %-6.2f %-6.2f %-4zu %-5.2f %9.4f %7.4f %7.4f %7.4f %9.4f\n", weight,
                                    boost, repeat, k1, b, up_to, expansion, s.accuracy, s.ece, s.p_at_1, s.mrr, s.uncertain);
                    }
    return 0;
}
