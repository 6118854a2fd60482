// A linear text classifier that learns categories from the corpus's resolved cases and
// articles (LIBLINEAR logistic regression over TF-IDF word and character n-grams), with
// probabilities calibrated on held-out examples.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/huge_pages.h"
#include "search/analysis/analyzer.h"
#include "search/classifier/features.h"
#include "search/classifier/training_sample.h"

namespace helpdex::classifier {

struct TrainingExample {
    std::string key;       // stable id: decides the held-out split
    std::string text;
    std::string lang;
    std::string category;
};

struct TrainingOptions {
    // Inverse regularisation strength: 16 was best of {2, 8, 16, 32} on an 80/20 split of
    // the banking77 cases (never on the query set), and trains in half the time of 32.
    double c = 16.0;
    uint32_t min_df = 2;            // features seen in fewer training texts are dropped
    unsigned holdout_modulo = 5;    // 1 in 5 examples calibrate the probabilities

    // The training budget, which keeps time, memory and model size bounded at any corpus
    // size (training costs about examples × categories × words). A corpus within it is
    // learnt whole; a larger one is sampled evenly over categories. The limits are for a
    // corpus in one language: for_languages() widens them for more.
    size_t max_examples = 20000;
    size_t max_per_category = 1000;
    size_t max_example_labels = 2000000;  // examples × categories: what one-vs-rest training costs
    size_t min_per_category = 40;   // even with many categories, each keeps this many
    size_t max_words = 96;          // of each text: its opening reads most like an inquiry
    size_t max_weights = 8000000;   // features × categories in the model: 32 MB of floats
};

// The budget for a corpus in `languages` languages: each limit times their number, but the
// training cost (examples × categories) at most kMaxTrainingCostLanguages times, so that
// indexing a corpus in many languages still takes at most a few times one language's time.
// Words of different languages are different features, so six languages are six corpora's
// worth of vocabulary; a budget sized for one left each a sixth of it (measured on MASSIVE,
// six languages as one corpus: 72.6% category accuracy against about 85% for a language
// learnt alone; 84.8% with six times the cost, 83.9% with three, 82.7% with two: at 100,000
// synthetic documents in five languages, three times tripled the training, 60 s → 228 s).
inline constexpr size_t kMaxTrainingCostLanguages = 2;
TrainingOptions for_languages(const TrainingOptions& options, size_t languages);

// The budget's part of the options, for sample_examples().
SampleLimits sample_limits(const TrainingOptions& options);

struct TrainingReport {
    size_t examples = 0;            // offered
    size_t trained_on = 0;          // learnt from by the served model (the budget's sample)
    size_t classes = 0;
    size_t features = 0;
    double temperature = 1.0;
    double holdout_accuracy = 0.0;  // of the model trained without the held-out fifth
    double holdout_log_loss = 0.0;  // after calibration
    std::chrono::milliseconds elapsed{0};
};

struct CategoryProbability {
    std::string category;
    double probability = 0.0;
};

// Immutable after training or loading: predict() is safe from many threads, each passing
// its own Analyzer.
class CategoryClassifier {
public:
    // Needs at least two categories with examples; otherwise returns an empty classifier
    // (which predicts nothing). Deterministic: the same examples give the same model.
    static CategoryClassifier train(const std::vector<TrainingExample>& examples, const TrainingOptions& options = {},
                                    TrainingReport* report = nullptr);

    bool empty() const { return labels_.empty(); }
    const std::vector<std::string>& categories() const { return labels_; }

    // Calibrated probability of every category, most likely first; empty when empty().
    std::vector<CategoryProbability> predict(std::string_view text, std::string_view lang,
                                             analysis::Analyzer& analyzer) const;
    // The same, from the text's analysis in `lang` (Analyzer::analyze).
    std::vector<CategoryProbability> predict(const std::vector<analysis::AnalyzedWord>& words) const;

    // A compact binary file (float weights). Throws std::runtime_error on I/O or format errors.
    void save(const std::filesystem::path& path) const;
    static CategoryClassifier load(const std::filesystem::path& path);

    size_t feature_count() const { return vocabulary_.size(); }

private:
    std::vector<double> decision_values(const SparseVector& x) const;
    // Builds the vocabulary from `raw` and learns the weights (temperature untouched).
    void fit(const std::vector<const RawFeatures*>& raw, const std::vector<int>& classes, const TrainingOptions& options);
    // Fits the temperature of `model`'s probabilities on held-out examples; fills the
    // report's held-out figures.
    double calibrate(const std::vector<const RawFeatures*>& raw, const std::vector<int>& classes,
                     TrainingReport* report) const;

    Vocabulary vocabulary_;
    std::vector<std::string> labels_;
    // Feature-major: weights_[feature * labels + label]. A prediction reads one row per
    // feature from anywhere in tens of megabytes: huge pages spare a TLB miss per row.
    std::vector<float, HugePageAllocator<float>> weights_;
    std::vector<float> bias_;     // per label
    double temperature_ = 1.0;
};

}  // namespace helpdex::classifier
