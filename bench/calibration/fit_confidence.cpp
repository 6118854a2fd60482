// Fits the answer-confidence models (search/answer_confidence.h) on labelled inquiries and
// out-of-scope texts, in-process: indexes a corpus, runs suggest() with no confidence floor,
// labels every returned hit (a solution is right when its translation group is expected; a
// similar issue when its category is an expected answer's; every hit of an out-of-scope
// text is wrong), fits a logistic regression per list and prints it with its calibration
// (ECE) on the fitting split and on the held-out one.
//
//   bench_fit_confidence --corpus corpus --queries bench/multilingual/queries
//                        --out-of-scope bench/calibration/out_of_scope
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/calibration/logistic_fit.h"
#include "indexer/document_source.h"
#include "indexer/index_writer.h"
#include "search/suggester.h"

using namespace helpdex;
namespace fs = std::filesystem;

namespace {
const double kShowFrom = RankingParameters{}.show_from;
const double kFitMargin = 0.5;
}

namespace {

struct Inquiry {
    std::string text, subject, split;
    std::set<std::string> groups;  // expected translation groups; empty: out of scope
    double weight = 1.0;           // how many inquiries of the traffic it stands for
};

// Out-of-scope texts are over-represented here (written to be fitted on): each is weighted
// so that they make `share` of the inquiries, as in a support team's traffic.
void weigh_out_of_scope(std::vector<Inquiry>& inquiries, double share) {
    const auto out = std::count_if(inquiries.begin(), inquiries.end(), [](const Inquiry& i) { return i.groups.empty(); });
    const auto in = static_cast<long>(inquiries.size()) - out;
    if (out == 0 || in == 0) return;
    const double weight = share * static_cast<double>(in) / ((1.0 - share) * static_cast<double>(out));
    for (Inquiry& inquiry : inquiries) {
        if (inquiry.groups.empty()) inquiry.weight = weight;
    }
}

std::vector<Inquiry> read_queries(const fs::path& folder) {
    std::vector<Inquiry> out;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".jsonl") continue;
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);) {
            if (line.empty()) continue;
            const auto j = nlohmann::json::parse(line);
            out.push_back({j.at("text"), j.value("subject", ""), j.at("split"), j.at("expect").get<std::set<std::string>>()});
        }
    }
    return out;
}

// Each out-of-scope line, split alternately into dev and test like the query set.
std::vector<Inquiry> read_out_of_scope(const fs::path& folder) {
    std::vector<Inquiry> out;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path());
        size_t n = 0;
        for (std::string line; std::getline(in, line);) {
            if (!line.empty()) out.push_back({line, "", n++ % 2 == 0 ? "dev" : "test", {}});
        }
    }
    return out;
}

struct Labelled {
    std::vector<EvidenceFeatures> features;
    std::vector<int> right;
    std::vector<double> current;  // the shipped model's confidence
    std::vector<double> weights;  // the inquiry's weight

    void add(const EvidenceFeatures& x, bool is_right, double confidence, double weight) {
        features.push_back(x);
        right.push_back(is_right);
        current.push_back(confidence);
        weights.push_back(weight);
    }
};

struct Corpus {
    std::map<std::string, std::string> category_of_group;
};

struct Sides {
    Labelled solutions, similar, answerable;
};

void label(Searcher& searcher, const Inquiry& inquiry, const Corpus& corpus, Sides& sides) {
    Labelled& solutions = sides.solutions;
    Labelled& similar = sides.similar;
    SuggestRequest request;
    request.text = inquiry.text;
    request.subject = inquiry.subject;
    RankingParameters everything;
    everything.show_from = 0.0;
    everything.more_from = 0.0;
    const Suggestion s = suggest(searcher, request, everything);
    std::set<std::string> categories;
    for (const auto& group : inquiry.groups) categories.insert(corpus.category_of_group.at(group));
    const double w = inquiry.weight;
    for (size_t i = 0; i < s.solutions.size(); ++i) {
        solutions.add(evidence_features(s.solution_evidence[i]), inquiry.groups.contains(s.solutions[i].group),
                      s.solutions[i].confidence, w);
    }
    for (size_t i = 0; i < s.similar_issues.size(); ++i) {
        similar.add(evidence_features(s.similar_issue_evidence[i]), categories.contains(s.similar_issues[i].category),
                    s.similar_issues[i].confidence, w);
    }
    sides.answerable.add(evidence_features(s.inquiry_evidence), !inquiry.groups.empty(), s.answer_confidence, w);
}

// The calibration error of the hits a response returns: those at least `show_from` likely.
double returned_calibration_error(const std::vector<double>& p, const Labelled& labelled, double show_from) {
    std::vector<double> kept_p, kept_w;
    std::vector<int> kept_right;
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] < show_from) continue;
        kept_p.push_back(p[i]);
        kept_right.push_back(labelled.right[i]);
        kept_w.push_back(labelled.weights[i]);
    }
    return calibration_error(kept_p, kept_right, kept_w);
}

// Fitted where it matters: a first fit on every hit finds those a response could return,
// and the model is refitted on them (with a margin below the floor), so that it is
// calibrated on what is shown rather than on the many plainly wrong hits.
LogisticModel fit_on_returned(const Labelled& labelled) {
    const LogisticModel first = fit_logistic(labelled.features, labelled.right, labelled.weights);
    Labelled returned;
    for (size_t i = 0; i < labelled.right.size(); ++i) {
        if (first.predict(labelled.features[i]) < kShowFrom * kFitMargin) continue;
        returned.add(labelled.features[i], labelled.right[i], labelled.current[i], labelled.weights[i]);
    }
    return fit_logistic(returned.features, returned.right, returned.weights);
}

void report(const char* name, const Labelled& fit_on, const Labelled& held_out) {
    const LogisticModel model = fit_on_returned(fit_on);
    std::printf("%s: %zu hits (%.3f right) fitted, %zu held out\n", name, fit_on.right.size(), mean(fit_on.right),
                held_out.right.size());
    std::printf("  model: {%.4f, {", model.bias);
    for (size_t i = 0; i < model.weights.size(); ++i) std::printf("%s%.4f", i ? ", " : "", model.weights[i]);
    std::printf("}}\n");
    const auto fitted_dev = model.predict_all(fit_on.features), fitted_test = model.predict_all(held_out.features);
    std::printf("  ECE  fitted model: dev %.4f  test %.4f  (returned: dev %.4f  test %.4f)\n",
                calibration_error(fitted_dev, fit_on.right, fit_on.weights),
                calibration_error(fitted_test, held_out.right, held_out.weights),
                returned_calibration_error(fitted_dev, fit_on, kShowFrom), returned_calibration_error(fitted_test, held_out, kShowFrom));
    std::printf("  ECE  shipped model: dev %.4f  test %.4f  (returned: dev %.4f  test %.4f)\n",
                calibration_error(fit_on.current, fit_on.right, fit_on.weights),
                calibration_error(held_out.current, held_out.right, held_out.weights),
                returned_calibration_error(fit_on.current, fit_on, kShowFrom),
                returned_calibration_error(held_out.current, held_out, kShowFrom));
}

void write_evidence(const fs::path& file, const Labelled& labelled) {
    std::ofstream out(file);
    out << "answerable\tknown_share\tsolution_coverage\toff_topic_share\tscore_share\tcategory_confidence"
           "\tsolution_belief\tsame_language\tbrevity\n";
    for (size_t i = 0; i < labelled.right.size(); ++i) {
        out << labelled.right[i];
        for (double x : labelled.features[i]) out << '\t' << x;
        out << '\n';
    }
}

// For each threshold: the share of answerable inquiries answered and of out-of-scope ones
// refused, on the held-out side.
void operating_points(const LogisticModel& model, const Labelled& held_out) {
    std::printf("  held out, answered from:  answerable answered / out-of-scope refused\n");
    const auto p = model.predict_all(held_out.features);
    for (int step = 1; step <= 9; ++step) {
        const double threshold = step / 10.0;
        double answered = 0, positives = 0, refused = 0, negatives = 0;
        for (size_t i = 0; i < p.size(); ++i) {
            if (held_out.right[i]) {  // unweighted: the shares of each side
                ++positives;
                answered += p[i] >= threshold;
            } else {
                ++negatives;
                refused += p[i] < threshold;
            }
        }
        std::printf("    %.1f  %.3f / %.3f\n", threshold, answered / positives, refused / negatives);
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Fits helpdex's answer-confidence models on labelled inquiries and out-of-scope texts"};
    fs::path corpus_dir = "corpus", queries = "bench/multilingual/queries", out_of_scope = "bench/calibration/out_of_scope";
    std::string fit_split = "dev";
    fs::path dump;
    double out_of_scope_share = 0.15;
    app.add_option("--corpus", corpus_dir, "the corpus to index")->check(CLI::ExistingDirectory);
    app.add_option("--queries", queries, "folder of <lang>.jsonl labelled inquiries")->check(CLI::ExistingDirectory);
    app.add_option("--out-of-scope", out_of_scope, "folder of <lang>.txt out-of-scope texts")->check(CLI::ExistingDirectory);
    app.add_option("--fit-on", fit_split, "the split fitted on; the other is held out")->check(CLI::IsMember({"dev", "test"}));
    app.add_option("--out-of-scope-share", out_of_scope_share, "the share of traffic out of scope the fit assumes")
        ->check(CLI::Range(0.01, 0.99));
    app.add_option("--dump", dump, "write every inquiry's answerability evidence and label here (TSV)");
    CLI11_PARSE(app, argc, argv);

    indexer::Diagnostics diagnostics;
    const indexer::CorpusFolder source = indexer::CorpusFolder::scan(corpus_dir, diagnostics);
    Corpus corpus;
    source.for_each([&](size_t, const KbDocument& d) { corpus.category_of_group[d.group()] = d.category; });
    const fs::path index_dir = fs::temp_directory_path() / ("helpdex-fit-confidence-" + std::to_string(::getpid()));
    indexer::write_index(source, index_dir, corpus_dir);
    Searcher searcher(Generation::open_current(index_dir));

    std::vector<Inquiry> inquiries = read_queries(queries);
    for (Inquiry& text : read_out_of_scope(out_of_scope)) inquiries.push_back(std::move(text));
    weigh_out_of_scope(inquiries, out_of_scope_share);
    Sides sides[2];  // [0] fitted on, [1] held out
    for (const Inquiry& inquiry : inquiries) label(searcher, inquiry, corpus, sides[inquiry.split == fit_split ? 0 : 1]);
    if (!dump.empty()) write_evidence(dump, sides[0].answerable);
    report("solutions", sides[0].solutions, sides[1].solutions);
    report("similar issues", sides[0].similar, sides[1].similar);
    report("answerable inquiries", sides[0].answerable, sides[1].answerable);
    operating_points(fit_logistic(sides[0].answerable.features, sides[0].answerable.right, sides[0].answerable.weights),
                     sides[1].answerable);
    fs::remove_all(index_dir);
    return 0;
}
