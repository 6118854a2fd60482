// Detects the language of an inquiry among the languages an index holds.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "common/hash_index.h"

namespace helpdex::analysis {

struct LanguageGuess {
    std::string language;     // a code the model was trained on; empty if it knows none
    double confidence = 0.0;  // posterior probability in [0, 1]; 0 when the text has no words
};

// The probability of each of a detector's languages for one text.
struct LanguagePosterior {
    std::vector<double> probability;  // parallel to LanguageDetector::languages(); uniform without evidence
    size_t features = 0;              // how much evidence: the n-grams and words seen
    size_t words = 0;                 // of which whole words
};

// A multinomial naive Bayes model over character 1–4-grams of normalised words and over
// whole words, trained on the corpus itself (so it knows exactly the index's languages,
// in the corpus's own vocabulary). Immutable after training: thread-safe to share.
class LanguageDetector {
public:
    class Trainer {
    public:
        void add(std::string_view lang, std::string_view text);
        // Takes back what add(lang, text) counted: a document changed or left the corpus.
        void remove(std::string_view lang, std::string_view text);
        LanguageDetector finish(size_t max_features_per_language = 20000) const;

        // The counts, one "lang<TAB>feature<TAB>count" line each, kept in a generation for
        // the next reindex to start from. read_counts throws std::runtime_error at a
        // malformed line.
        void write_counts(std::ostream& out) const;
        static Trainer read_counts(std::istream& in);

    private:
        std::unordered_map<std::string, std::unordered_map<std::string, double>> counts_;
    };

    LanguageGuess detect(std::string_view text) const;
    LanguagePosterior posterior(std::string_view text) const;
    const std::vector<std::string>& languages() const { return languages_; }

    nlohmann::json to_json() const;
    // Throws std::runtime_error on a malformed model.
    static LanguageDetector from_json(const nlohmann::json& model);

private:
    struct Model {
        std::unordered_map<std::string, float> log_prob;
        float unseen = 0.0f;
        float prior = 0.0f;
    };
    // Builds the detection table from models_.
    void index_features();

    std::vector<std::string> languages_;
    std::vector<Model> models_;
    // For detection, every feature any model knows, with its log probability in each
    // language side by side (unseen where that model lacks it): one look-up per feature.
    // Keyed by a 64-bit hash of the feature, so detection builds no strings.
    HashIndex feature_rows_;  // feature hash → first of its languages_.size() floats in rows_
    std::vector<float, HugePageAllocator<float>> rows_;
};

// The features both training and detection see: "w:<word>" and "_ab", "abc", … n-grams.
std::vector<std::string> language_features(std::string_view text);

}  // namespace helpdex::analysis
