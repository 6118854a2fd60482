// Text features for the category classifier: word 1–2-grams of the index's own analysis and
// character 2–5-grams within word boundaries, TF-IDF weighted. Features are 64-bit hashes
// of their strings, so extracting them allocates no strings and a model stores 8 bytes a
// feature (collisions among a few million features are vanishingly rare at 64 bits).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/hash_index.h"
#include "search/analysis/analyzer.h"

namespace helpdex::classifier {

// A feature's id: the hash of "w:<stem>", "b:<stem> <stem>" or "c:<chars>".
using FeatureId = uint64_t;
FeatureId feature_id(std::string_view feature);

// The block decides the normalisation group (words and characters are normalised separately
// so that the many character n-grams do not drown the few words).
enum class FeatureBlock : uint8_t { words = 0, chars = 1 };

struct RawFeatures {
    std::vector<FeatureId> words;  // unigrams and bigrams, with repeats
    std::vector<FeatureId> chars;  // character n-grams, with repeats
};

// Same analysis as indexing and querying (stems for words, normalised words for characters).
// `max_words` > 0 keeps only the first words (a training text's opening is what reads like
// an inquiry; the rest would only cost time).
RawFeatures extract_features(std::string_view text, std::string_view lang, analysis::Analyzer& analyzer,
                             size_t max_words = 0);
// The same, from text already analysed (a query analysed once for search and classifier).
RawFeatures extract_features(const std::vector<analysis::AnalyzedWord>& words, size_t max_words = 0);

struct SparseEntry {
    uint32_t index;
    float value;
};
using SparseVector = std::vector<SparseEntry>;  // sorted by index, L2-normalised per block

// Feature ids → column indexes with their inverse document frequency. Built once from the
// training texts; immutable afterwards (thread-safe to share).
class Vocabulary {
public:
    // Keeps features seen in at least `min_df` training texts; of those, at most
    // `max_features` (0 = all), the most frequent ones (ties: the lower id).
    static Vocabulary build(const std::vector<const RawFeatures*>& documents, uint32_t min_df, size_t max_features = 0);

    SparseVector vectorize(const RawFeatures& features) const;
    size_t size() const { return idf_.size(); }

    // (feature, idf, block) in column order (ascending feature id), for saving.
    struct Entry {
        FeatureId feature;
        float idf;
        FeatureBlock block;
    };
    std::vector<Entry> entries() const;
    static Vocabulary from_entries(std::vector<Entry> entries);

private:
    void add_column(FeatureId feature, float idf, FeatureBlock block);

    HashIndex index_;                 // feature id → column
    std::vector<FeatureId> features_;  // column → feature id, ascending
    std::vector<float> idf_;
    std::vector<FeatureBlock> block_;
};

}  // namespace helpdex::classifier
