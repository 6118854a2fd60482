// Text features for the category classifier: word 1–2-grams of the index's own analysis and
// character 2–5-grams within word boundaries, TF-IDF weighted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/analysis/analyzer.h"

namespace helpdex::classifier {

// A raw feature string: "w:<stem>", "b:<stem> <stem>" or "c:<chars>". The block decides the
// normalisation group (words and characters are normalised separately so that the many
// character n-grams do not drown the few words).
enum class FeatureBlock : uint8_t { words = 0, chars = 1 };

struct RawFeatures {
    std::vector<std::string> words;  // unigrams and bigrams, with repeats
    std::vector<std::string> chars;  // character n-grams, with repeats
};

// Same analysis as indexing and querying (stems for words, normalised words for characters).
RawFeatures extract_features(std::string_view text, std::string_view lang, analysis::Analyzer& analyzer);
// The same, from text already analysed (a query analysed once for search and classifier).
RawFeatures extract_features(const std::vector<analysis::AnalyzedWord>& words);

struct SparseEntry {
    uint32_t index;
    float value;
};
using SparseVector = std::vector<SparseEntry>;  // sorted by index, L2-normalised per block

// Feature strings → column indexes with their inverse document frequency. Built once from
// the training texts; immutable afterwards (thread-safe to share).
class Vocabulary {
public:
    // Keeps features seen in at least `min_df` training texts.
    static Vocabulary build(const std::vector<RawFeatures>& documents, uint32_t min_df);

    SparseVector vectorize(const RawFeatures& features) const;
    size_t size() const { return idf_.size(); }

    // (feature, idf, block) in column order, for saving.
    struct Entry {
        std::string feature;
        float idf;
        FeatureBlock block;
    };
    std::vector<Entry> entries() const;
    static Vocabulary from_entries(std::vector<Entry> entries);

private:
    std::unordered_map<std::string, uint32_t> index_;
    std::vector<float> idf_;
    std::vector<FeatureBlock> block_;
};

}  // namespace helpdex::classifier
