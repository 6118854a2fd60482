// Training with LIBLINEAR, temperature calibration, prediction and the model file.
#include "search/classifier/category_classifier.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <stdexcept>

#include <linear.h>

namespace helpdex::classifier {

namespace {

constexpr char kMagic[8] = {'H', 'D', 'X', 'C', 'L', 'F', '1', '\0'};
constexpr size_t kMinCalibrationExamples = 30;

// FNV-1a: a stable hash, so the held-out split does not depend on the standard library.
uint64_t stable_hash(std::string_view text) {
    uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

void silent(const char*) {}

// LIBLINEAR's view of a set of vectors: 1-based feature indexes, a bias node, -1 end.
struct LinearProblem {
    std::vector<std::vector<feature_node>> rows;
    std::vector<feature_node*> row_pointers;
    std::vector<double> labels;
    problem data{};

    LinearProblem(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes, size_t features) {
        rows.reserve(vectors.size());
        for (const SparseVector* vector : vectors) {
            std::vector<feature_node> row;
            row.reserve(vector->size() + 2);
            for (const auto& entry : *vector) row.push_back({static_cast<int>(entry.index) + 1, entry.value});
            row.push_back({static_cast<int>(features) + 1, 1.0});  // bias
            row.push_back({-1, 0.0});
            rows.push_back(std::move(row));
        }
        for (auto& row : rows) row_pointers.push_back(row.data());
        labels.assign(classes.begin(), classes.end());
        data.l = static_cast<int>(rows.size());
        data.n = static_cast<int>(features) + 1;
        data.y = labels.data();
        data.x = row_pointers.data();
        data.bias = 1.0;
    }
};

// LIBLINEAR's model, freed however training ends.
struct ModelDeleter {
    void operator()(model* trained) const { free_and_destroy_model(&trained); }
};
using ModelPtr = std::unique_ptr<model, ModelDeleter>;

// LIBLINEAR keeps process-wide state: its solvers shuffle the examples with the C library's
// one global rand() (liblinear.so.4 imports rand; solve_l2r_lr_dual calls it), and its print
// function is a library global. Two trainings running at once would draw from each other's
// random stream and learn different models. A session holds the one lock every training
// takes, so trainings in a process run one at a time, each from srand(1): the same examples
// always give the same model. (Other code calling rand() meanwhile would still disturb it;
// helpdex has none.)
class SeededLinearSession {
public:
    SeededLinearSession() : lock_(training_mutex()) {
        set_print_string_function(silent);
        std::srand(1);
    }

    ModelPtr train(const problem& data, const parameter& param) const {
        if (const char* error = check_parameter(&data, &param)) throw std::runtime_error(std::string("LIBLINEAR: ") + error);
        ModelPtr trained(::train(&data, &param));
        if (!trained) throw std::runtime_error("LIBLINEAR: training returned no model");
        return trained;
    }

private:
    static std::mutex& training_mutex() {
        static std::mutex mutex;
        return mutex;
    }

    std::lock_guard<std::mutex> lock_;
};

struct TrainedWeights {
    std::vector<float> weights;  // feature-major
    std::vector<float> bias;
};

// One-vs-rest L2-regularised logistic regression (dual solver: fast on sparse text).
TrainedWeights train_linear(const std::vector<const SparseVector*>& vectors, const std::vector<int>& classes,
                            size_t features, size_t labels, double c) {
    LinearProblem problem_data(vectors, classes, features);
    parameter param{};
    param.solver_type = L2R_LR_DUAL;
    param.eps = 0.1;
    param.C = c;
    const ModelPtr trained = SeededLinearSession().train(problem_data.data, param);
    TrainedWeights out;
    out.weights.assign(features * labels, 0.0f);
    out.bias.assign(labels, 0.0f);
    // LIBLINEAR orders classes by first appearance; map them back to our label numbers.
    std::vector<int> order(static_cast<size_t>(trained->nr_class));
    get_labels(trained.get(), order.data());
    for (int k = 0; k < trained->nr_class; ++k) {
        const size_t label = static_cast<size_t>(order[static_cast<size_t>(k)]);
        for (size_t f = 0; f < features; ++f) {
            out.weights[f * labels + label] = static_cast<float>(get_decfun_coef(trained.get(), static_cast<int>(f) + 1, k));
        }
        out.bias[label] = static_cast<float>(get_decfun_bias(trained.get(), k));
    }
    return out;
}

std::vector<double> softmax(const std::vector<double>& values, double temperature) {
    std::vector<double> out(values.size());
    const double top = *std::max_element(values.begin(), values.end());
    double sum = 0;
    for (size_t i = 0; i < values.size(); ++i) sum += out[i] = std::exp(temperature * (values[i] - top));
    for (double& v : out) v /= sum;
    return out;
}

double mean_log_loss(const std::vector<std::vector<double>>& decisions, const std::vector<int>& truth, double temperature) {
    double loss = 0;
    for (size_t i = 0; i < decisions.size(); ++i) {
        const auto p = softmax(decisions[i], temperature);
        loss -= std::log(std::max(p[static_cast<size_t>(truth[i])], 1e-12));
    }
    return loss / static_cast<double>(decisions.size());
}

// The temperature minimising held-out log loss (golden-section search on a log scale).
double fit_temperature(const std::vector<std::vector<double>>& decisions, const std::vector<int>& truth) {
    double lo = std::log(0.05), hi = std::log(100.0);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    for (int step = 0; step < 40; ++step) {
        const double a = hi - ratio * (hi - lo), b = lo + ratio * (hi - lo);
        if (mean_log_loss(decisions, truth, std::exp(a)) < mean_log_loss(decisions, truth, std::exp(b))) hi = b;
        else lo = a;
    }
    return std::exp((lo + hi) / 2);
}

template <typename T>
void write_pod(std::ofstream& out, const T& value) {
    out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
T read_pod(std::ifstream& in) {
    T value{};
    in.read(reinterpret_cast<char*>(&value), sizeof value);
    if (!in) throw std::runtime_error("classifier model: truncated file");
    return value;
}

void write_string(std::ofstream& out, const std::string& s) {
    write_pod(out, static_cast<uint32_t>(s.size()));
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
}

std::string read_string(std::ifstream& in) {
    const auto size = read_pod<uint32_t>(in);
    if (size > (1u << 20)) throw std::runtime_error("classifier model: corrupt string length");
    std::string s(size, '\0');
    in.read(s.data(), size);
    if (!in) throw std::runtime_error("classifier model: truncated file");
    return s;
}

}  // namespace

CategoryClassifier CategoryClassifier::train(const std::vector<TrainingExample>& examples, const TrainingOptions& options,
                                             TrainingReport* report) {
    const auto started = std::chrono::steady_clock::now();
    CategoryClassifier classifier;
    std::map<std::string, int> label_of;
    for (const auto& e : examples) label_of.emplace(e.category, 0);
    if (label_of.size() < 2) return classifier;
    for (auto& [category, label] : label_of) {
        label = static_cast<int>(classifier.labels_.size());
        classifier.labels_.push_back(category);
    }
    const size_t labels = classifier.labels_.size();

    analysis::Analyzer analyzer;
    std::vector<RawFeatures> raw;
    raw.reserve(examples.size());
    std::vector<int> classes;
    std::vector<bool> held_out;
    for (const auto& e : examples) {
        raw.push_back(extract_features(e.text, e.lang, analyzer));
        classes.push_back(label_of.at(e.category));
        held_out.push_back(stable_hash(e.key) % options.holdout_modulo == 0);
    }

    // 1. Calibrate: train without the held-out examples, fit the temperature on them.
    {
        std::vector<RawFeatures> train_raw;
        std::vector<int> train_classes, test_classes;
        for (size_t i = 0; i < raw.size(); ++i) {
            if (!held_out[i]) {
                train_raw.push_back(raw[i]);
                train_classes.push_back(classes[i]);
            }
        }
        CategoryClassifier partial;
        partial.labels_ = classifier.labels_;
        partial.fit(train_raw, train_classes, options);

        std::vector<std::vector<double>> decisions;
        size_t correct = 0;
        for (size_t i = 0; i < raw.size(); ++i) {
            if (!held_out[i]) continue;
            decisions.push_back(partial.decision_values(partial.vocabulary_.vectorize(raw[i])));
            test_classes.push_back(classes[i]);
            const auto& d = decisions.back();
            correct += static_cast<size_t>(std::max_element(d.begin(), d.end()) - d.begin()) == static_cast<size_t>(classes[i]);
        }
        // A temperature fitted on a handful of examples is noise (two right answers make
        // any model look certain): small corpora keep the model's own probabilities.
        if (decisions.size() >= kMinCalibrationExamples) classifier.temperature_ = fit_temperature(decisions, test_classes);
        if (!decisions.empty()) {
            if (report) {
                report->holdout_accuracy = static_cast<double>(correct) / static_cast<double>(decisions.size());
                report->holdout_log_loss = mean_log_loss(decisions, test_classes, classifier.temperature_);
            }
        }
    }

    // 2. The served model learns from every example, with that temperature.
    classifier.fit(raw, classes, options);

    if (report) {
        report->examples = examples.size();
        report->classes = labels;
        report->features = classifier.vocabulary_.size();
        report->temperature = classifier.temperature_;
        report->elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    }
    return classifier;
}

void CategoryClassifier::fit(const std::vector<RawFeatures>& raw, const std::vector<int>& classes,
                             const TrainingOptions& options) {
    vocabulary_ = Vocabulary::build(raw, options.min_df);
    std::vector<SparseVector> vectors;
    vectors.reserve(raw.size());
    for (const auto& r : raw) vectors.push_back(vocabulary_.vectorize(r));
    std::vector<const SparseVector*> pointers;
    for (const auto& v : vectors) pointers.push_back(&v);
    auto trained = train_linear(pointers, classes, vocabulary_.size(), labels_.size(), options.c);
    weights_ = std::move(trained.weights);
    bias_ = std::move(trained.bias);
}

std::vector<double> CategoryClassifier::decision_values(const SparseVector& x) const {
    const size_t labels = labels_.size();
    std::vector<double> values(bias_.begin(), bias_.end());
    for (const auto& entry : x) {
        const float* row = &weights_[static_cast<size_t>(entry.index) * labels];
        for (size_t k = 0; k < labels; ++k) values[k] += static_cast<double>(row[k]) * entry.value;
    }
    return values;
}

std::vector<CategoryProbability> CategoryClassifier::predict(std::string_view text, std::string_view lang,
                                                             analysis::Analyzer& analyzer) const {
    if (empty()) return {};
    return predict(analyzer.analyze(text, lang));
}

std::vector<CategoryProbability> CategoryClassifier::predict(const std::vector<analysis::AnalyzedWord>& words) const {
    std::vector<CategoryProbability> out;
    if (empty()) return out;
    const auto p = softmax(decision_values(vocabulary_.vectorize(extract_features(words))), temperature_);
    out.reserve(labels_.size());
    for (size_t k = 0; k < labels_.size(); ++k) out.push_back({labels_[k], p[k]});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.probability > b.probability; });
    return out;
}

void CategoryClassifier::save(const std::filesystem::path& path) const {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    out.write(kMagic, sizeof kMagic);
    write_pod(out, static_cast<uint32_t>(labels_.size()));
    for (const auto& label : labels_) write_string(out, label);
    const auto entries = vocabulary_.entries();
    write_pod(out, static_cast<uint32_t>(entries.size()));
    for (const auto& entry : entries) {
        write_string(out, entry.feature);
        write_pod(out, entry.idf);
        write_pod(out, static_cast<uint8_t>(entry.block));
    }
    write_pod(out, temperature_);
    out.write(reinterpret_cast<const char*>(weights_.data()), static_cast<std::streamsize>(weights_.size() * sizeof(float)));
    out.write(reinterpret_cast<const char*>(bias_.data()), static_cast<std::streamsize>(bias_.size() * sizeof(float)));
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

CategoryClassifier CategoryClassifier::load(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    char magic[sizeof kMagic];
    in.read(magic, sizeof magic);
    if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0) throw std::runtime_error(path.string() + ": not a helpdex classifier model");
    CategoryClassifier classifier;
    const auto labels = read_pod<uint32_t>(in);
    for (uint32_t i = 0; i < labels; ++i) classifier.labels_.push_back(read_string(in));
    const auto features = read_pod<uint32_t>(in);
    std::vector<Vocabulary::Entry> entries;
    entries.reserve(features);
    for (uint32_t i = 0; i < features; ++i) {
        Vocabulary::Entry entry;
        entry.feature = read_string(in);
        entry.idf = read_pod<float>(in);
        const auto block = read_pod<uint8_t>(in);
        if (block > 1) throw std::runtime_error(path.string() + ": corrupt feature block");
        entry.block = static_cast<FeatureBlock>(block);
        entries.push_back(std::move(entry));
    }
    classifier.vocabulary_ = Vocabulary::from_entries(std::move(entries));
    classifier.temperature_ = read_pod<double>(in);
    classifier.weights_.resize(static_cast<size_t>(features) * labels);
    classifier.bias_.resize(labels);
    in.read(reinterpret_cast<char*>(classifier.weights_.data()), static_cast<std::streamsize>(classifier.weights_.size() * sizeof(float)));
    in.read(reinterpret_cast<char*>(classifier.bias_.data()), static_cast<std::streamsize>(classifier.bias_.size() * sizeof(float)));
    if (!in) throw std::runtime_error(path.string() + ": truncated classifier model");
    return classifier;
}

}  // namespace helpdex::classifier
