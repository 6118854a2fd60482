// Training (calibrate on a held-out fifth, then learn from everything), prediction and the model file.
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

#include "search/classifier/calibration.h"
#include "search/classifier/linear_training.h"
#include "search/classifier/training_sample.h"

namespace helpdex::classifier {

namespace {

// Version 2: features are stored as 64-bit ids (version 1 stored their strings).
constexpr char kMagic[8] = {'H', 'D', 'X', 'C', 'L', 'F', '2', '\0'};
constexpr size_t kMinCalibrationExamples = 30;

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

TrainingOptions for_languages(const TrainingOptions& options, size_t languages) {
    const size_t n = std::max<size_t>(1, languages);
    TrainingOptions widened = options;
    widened.max_examples *= n;
    widened.max_per_category *= n;
    widened.max_example_labels *= std::min(n, kMaxTrainingCostLanguages);
    widened.max_weights *= n;
    return widened;
}

SampleLimits sample_limits(const TrainingOptions& options) {
    return {options.holdout_modulo, options.max_examples, options.max_per_category, options.max_example_labels,
            options.min_per_category};
}

namespace {

// Pointers to some of the examples' features, and their classes.
struct ExampleSet {
    std::vector<const RawFeatures*> features;
    std::vector<int> classes;
};

bool within_half_budget(size_t examples, size_t labels, const TrainingOptions& options) {
    return options.max_example_labels == 0 || examples * labels <= options.max_example_labels / 2;
}

ExampleSet pick(const std::vector<size_t>& indexes, const std::vector<RawFeatures>& raw,
                const std::vector<size_t>& position, const std::vector<int>& classes) {
    ExampleSet set;
    for (size_t i : indexes) {
        set.features.push_back(&raw[position[i]]);
        set.classes.push_back(classes[i]);
    }
    return set;
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
    std::vector<int> classes;
    std::vector<std::string_view> keys;
    for (const auto& e : examples) {
        classes.push_back(label_of.at(e.category));
        keys.push_back(e.key);
    }
    const TrainingSample sample = sample_examples(classes, keys, classifier.labels_.size(), sample_limits(options));

    // Features of the sampled examples only, in corpus order: position[i] is example i's.
    std::vector<size_t> used(sample.training);
    used.insert(used.end(), sample.calibration.begin(), sample.calibration.end());
    std::sort(used.begin(), used.end());
    std::vector<size_t> position(examples.size(), 0);
    std::vector<RawFeatures> raw;
    raw.reserve(used.size());
    analysis::Analyzer analyzer;
    for (size_t i : used) {
        position[i] = raw.size();
        raw.push_back(extract_features(examples[i].text, examples[i].lang, analyzer, options.max_words));
    }

    // 1. Calibrate: train without the held-out examples, fit the temperature on them.
    const ExampleSet training = pick(sample.training, raw, position, classes);
    CategoryClassifier partial;
    partial.labels_ = classifier.labels_;
    partial.fit(training.features, training.classes, options);
    const ExampleSet held_out = pick(sample.calibration, raw, position, classes);
    const double temperature = partial.calibrate(held_out.features, held_out.classes, report);

    // 2. The served model: a corpus whose whole costs at most half the budget is learnt again
    // whole (a fifth more examples, worth it when they are few); otherwise the calibrated
    // model serves, so training never costs more than the budget.
    const bool refit = !sample.sampled && within_half_budget(used.size(), classifier.labels_.size(), options);
    const ExampleSet& served = refit ? pick(used, raw, position, classes) : training;
    if (refit) classifier.fit(served.features, served.classes, options);
    else classifier = std::move(partial);
    classifier.temperature_ = temperature;

    if (report) {
        report->examples = examples.size();
        report->trained_on = served.features.size();
        report->classes = classifier.labels_.size();
        report->features = classifier.vocabulary_.size();
        report->temperature = temperature;
        report->elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    }
    return classifier;
}

double CategoryClassifier::calibrate(const std::vector<const RawFeatures*>& raw, const std::vector<int>& classes,
                                     TrainingReport* report) const {
    std::vector<std::vector<double>> decisions;
    size_t correct = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
        decisions.push_back(decision_values(vocabulary_.vectorize(*raw[i])));
        const auto& d = decisions.back();
        correct += static_cast<size_t>(std::max_element(d.begin(), d.end()) - d.begin()) == static_cast<size_t>(classes[i]);
    }
    // A temperature fitted on a handful of examples is noise (two right answers make any
    // model look certain): small corpora keep the model's own probabilities.
    const double temperature = decisions.size() >= kMinCalibrationExamples ? fit_temperature(decisions, classes) : 1.0;
    if (report && !decisions.empty()) {
        report->holdout_accuracy = static_cast<double>(correct) / static_cast<double>(decisions.size());
        report->holdout_log_loss = mean_log_loss(decisions, classes, temperature);
    }
    return temperature;
}

void CategoryClassifier::fit(const std::vector<const RawFeatures*>& raw, const std::vector<int>& classes,
                             const TrainingOptions& options) {
    const size_t max_features = options.max_weights > 0 ? std::max<size_t>(1, options.max_weights / labels_.size()) : 0;
    vocabulary_ = Vocabulary::build(raw, options.min_df, max_features);
    std::vector<SparseVector> vectors;
    vectors.reserve(raw.size());
    for (const RawFeatures* r : raw) vectors.push_back(vocabulary_.vectorize(*r));
    std::vector<const SparseVector*> pointers;
    for (const auto& v : vectors) pointers.push_back(&v);
    auto trained = train_linear(pointers, classes, vocabulary_.size(), labels_.size(), options.c);
    weights_.assign(trained.weights.begin(), trained.weights.end());
    bias_ = std::move(trained.bias);
}

std::vector<double> CategoryClassifier::decision_values(const SparseVector& x) const {
    // Accumulated in float, like the weights: the loop over labels then runs on SIMD lanes
    // (it was the largest single cost of a suggestion over 200 categories).
    const size_t labels = labels_.size();
    std::vector<float> sums(bias_.begin(), bias_.end());
    float* __restrict out = sums.data();
    for (const auto& entry : x) {
        const float* __restrict row = &weights_[static_cast<size_t>(entry.index) * labels];
        const float value = static_cast<float>(entry.value);
        for (size_t k = 0; k < labels; ++k) out[k] += row[k] * value;
    }
    return {sums.begin(), sums.end()};
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
        write_pod(out, entry.feature);
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
        entry.feature = read_pod<FeatureId>(in);
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
