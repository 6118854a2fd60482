// Feature extraction and TF-IDF vectorisation.
#include "search/classifier/features.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "search/analysis/normalizer.h"

namespace helpdex::classifier {

namespace {

constexpr size_t kMinCharGram = 2;
constexpr size_t kMaxCharGram = 5;

// FNV-1a, 64 bits: stable across builds and standard libraries (models are files).
class FeatureHash {
public:
    FeatureHash& add(std::string_view bytes) {
        for (unsigned char c : bytes) hash_ = (hash_ ^ c) * 1099511628211ull;
        return *this;
    }
    FeatureId value() const { return hash_; }

private:
    uint64_t hash_ = 1469598103934665603ull;
};

void add_char_grams(const std::string& word, std::vector<FeatureId>& out) {
    // Pad with spaces so the grams know where a word starts and ends ("_re", "nd_").
    const std::string padded = " " + word + " ";
    const std::vector<size_t> bounds = analysis::code_point_offsets(padded);
    const size_t chars = bounds.size() - 1;
    const std::string_view view(padded);
    for (size_t n = kMinCharGram; n <= kMaxCharGram; ++n) {
        for (size_t start = 0; start + n <= chars; ++start) {
            out.push_back(FeatureHash().add("c:").add(view.substr(bounds[start], bounds[start + n] - bounds[start])).value());
        }
    }
}

// Sublinear TF × IDF, each block L2-normalised, then scaled by 1/√2 so the whole vector
// has unit length. `columns` holds one entry per occurrence, sorted.
SparseVector weigh(const std::vector<uint32_t>& columns, const std::vector<float>& idf,
                   const std::vector<FeatureBlock>& block) {
    SparseVector vector;
    vector.reserve(columns.size());
    double norm[2] = {0, 0};
    for (size_t i = 0; i < columns.size();) {
        const uint32_t index = columns[i];
        size_t count = 0;
        while (i < columns.size() && columns[i] == index) ++i, ++count;
        const float value = (1.0f + std::log(static_cast<float>(count))) * idf[index];
        vector.push_back({index, value});
        norm[static_cast<size_t>(block[index])] += static_cast<double>(value) * value;
    }
    for (auto& entry : vector) {
        const double n = norm[static_cast<size_t>(block[entry.index])];
        if (n > 0) entry.value = static_cast<float>(entry.value / std::sqrt(n) / std::sqrt(2.0));
    }
    return vector;
}

struct FeatureCount {
    FeatureId feature;
    uint32_t df;
    FeatureBlock block;
};

// Document frequencies of every feature seen in at least `min_df` documents.
std::vector<FeatureCount> frequent_features(const std::vector<const RawFeatures*>& documents, uint32_t min_df) {
    std::unordered_map<FeatureId, std::pair<uint32_t, FeatureBlock>> df;
    std::unordered_set<FeatureId> seen;
    for (const RawFeatures* document : documents) {
        seen.clear();
        auto count = [&](const std::vector<FeatureId>& features, FeatureBlock block) {
            for (FeatureId f : features) {
                if (seen.insert(f).second) {
                    auto& entry = df[f];
                    ++entry.first;
                    entry.second = block;
                }
            }
        };
        count(document->words, FeatureBlock::words);
        count(document->chars, FeatureBlock::chars);
    }
    std::vector<FeatureCount> kept;
    for (const auto& [feature, entry] : df) {
        if (entry.first >= min_df) kept.push_back({feature, entry.first, entry.second});
    }
    return kept;
}

}  // namespace

FeatureId feature_id(std::string_view feature) {
    return FeatureHash().add(feature).value();
}

RawFeatures extract_features(std::string_view text, std::string_view lang, analysis::Analyzer& analyzer,
                             size_t max_words) {
    return extract_features(analyzer.analyze(text, lang), max_words);
}

RawFeatures extract_features(const std::vector<analysis::AnalyzedWord>& words, size_t max_words) {
    RawFeatures features;
    const size_t count = max_words > 0 ? std::min(max_words, words.size()) : words.size();
    features.words.reserve(2 * count);
    // Function words stay in: "how do I" and "why did" tell intents apart.
    for (size_t i = 0; i < count; ++i) {
        features.words.push_back(FeatureHash().add("w:").add(words[i].term).value());
        if (i + 1 < count) features.words.push_back(FeatureHash().add("b:").add(words[i].term).add(" ").add(words[i + 1].term).value());
        add_char_grams(words[i].word, features.chars);
    }
    return features;
}

Vocabulary Vocabulary::build(const std::vector<const RawFeatures*>& documents, uint32_t min_df, size_t max_features) {
    std::vector<FeatureCount> kept = frequent_features(documents, min_df);
    if (max_features > 0 && kept.size() > max_features) {
        const auto more_frequent = [](const FeatureCount& a, const FeatureCount& b) {
            return a.df != b.df ? a.df > b.df : a.feature < b.feature;
        };
        std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(max_features), kept.end(), more_frequent);
        kept.resize(max_features);
    }
    // Sorted so that the same corpus always gives the same columns (reproducible models).
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.feature < b.feature; });
    Vocabulary vocabulary;
    const double n = static_cast<double>(documents.size());
    for (const auto& entry : kept) {
        vocabulary.add_column(entry.feature, static_cast<float>(std::log((1.0 + n) / (1.0 + entry.df)) + 1.0), entry.block);
    }
    return vocabulary;
}

SparseVector Vocabulary::vectorize(const RawFeatures& features) const {
    std::vector<uint32_t> columns;
    columns.reserve(features.words.size() + features.chars.size());
    for (const auto* list : {&features.words, &features.chars}) {
        for (FeatureId f : *list) {
            if (const uint32_t column = index_.find(f); column != HashIndex::kAbsent) columns.push_back(column);
        }
    }
    std::sort(columns.begin(), columns.end());
    return weigh(columns, idf_, block_);
}

std::vector<Vocabulary::Entry> Vocabulary::entries() const {
    std::vector<Entry> out;
    out.reserve(idf_.size());
    for (size_t column = 0; column < idf_.size(); ++column) out.push_back({features_[column], idf_[column], block_[column]});
    return out;
}

Vocabulary Vocabulary::from_entries(std::vector<Entry> entries) {
    Vocabulary vocabulary;
    for (const auto& entry : entries) vocabulary.add_column(entry.feature, entry.idf, entry.block);
    return vocabulary;
}

void Vocabulary::add_column(FeatureId feature, float idf, FeatureBlock block) {
    index_.insert(feature, static_cast<uint32_t>(idf_.size()));
    features_.push_back(feature);
    idf_.push_back(idf);
    block_.push_back(block);
}

}  // namespace helpdex::classifier
