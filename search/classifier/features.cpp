// Feature extraction and TF-IDF vectorisation.
#include "search/classifier/features.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include "search/analysis/normalizer.h"

namespace helpdex::classifier {

namespace {

constexpr size_t kMinCharGram = 2;
constexpr size_t kMaxCharGram = 5;

void add_char_grams(const std::string& word, std::vector<std::string>& out) {
    // Pad with spaces so the grams know where a word starts and ends ("_re", "nd_").
    const std::string padded = " " + word + " ";
    const std::vector<size_t> bounds = analysis::code_point_offsets(padded);
    const size_t chars = bounds.size() - 1;
    for (size_t n = kMinCharGram; n <= kMaxCharGram; ++n) {
        for (size_t start = 0; start + n <= chars; ++start) {
            out.push_back("c:" + padded.substr(bounds[start], bounds[start + n] - bounds[start]));
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

}  // namespace

RawFeatures extract_features(std::string_view text, std::string_view lang, analysis::Analyzer& analyzer) {
    return extract_features(analyzer.analyze(text, lang));
}

RawFeatures extract_features(const std::vector<analysis::AnalyzedWord>& words) {
    RawFeatures features;
    // Function words stay in: "how do I" and "why did" tell intents apart.
    for (size_t i = 0; i < words.size(); ++i) {
        features.words.push_back("w:" + words[i].term);
        if (i + 1 < words.size()) features.words.push_back("b:" + words[i].term + " " + words[i + 1].term);
        add_char_grams(words[i].word, features.chars);
    }
    return features;
}

Vocabulary Vocabulary::build(const std::vector<RawFeatures>& documents, uint32_t min_df) {
    std::unordered_map<std::string, std::pair<uint32_t, FeatureBlock>> df;
    for (const auto& document : documents) {
        std::unordered_set<std::string_view> seen;
        auto count = [&](const std::vector<std::string>& features, FeatureBlock block) {
            for (const auto& f : features) {
                if (seen.insert(f).second) {
                    auto& entry = df[f];
                    ++entry.first;
                    entry.second = block;
                }
            }
        };
        count(document.words, FeatureBlock::words);
        count(document.chars, FeatureBlock::chars);
    }
    // Sorted so that the same corpus always gives the same columns (reproducible models).
    std::vector<std::pair<std::string, std::pair<uint32_t, FeatureBlock>>> kept;
    for (auto& [feature, entry] : df) {
        if (entry.first >= min_df) kept.emplace_back(feature, entry);
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Vocabulary vocabulary;
    const double n = static_cast<double>(documents.size());
    for (const auto& [feature, entry] : kept) {
        vocabulary.index_.emplace(feature, static_cast<uint32_t>(vocabulary.idf_.size()));
        vocabulary.idf_.push_back(static_cast<float>(std::log((1.0 + n) / (1.0 + entry.first)) + 1.0));
        vocabulary.block_.push_back(entry.second);
    }
    return vocabulary;
}

SparseVector Vocabulary::vectorize(const RawFeatures& features) const {
    std::vector<uint32_t> columns;
    columns.reserve(features.words.size() + features.chars.size());
    for (const auto* list : {&features.words, &features.chars}) {
        for (const auto& f : *list) {
            if (auto it = index_.find(f); it != index_.end()) columns.push_back(it->second);
        }
    }
    std::sort(columns.begin(), columns.end());
    return weigh(columns, idf_, block_);
}

std::vector<Vocabulary::Entry> Vocabulary::entries() const {
    std::vector<Entry> out(idf_.size());
    for (const auto& [feature, index] : index_) out[index] = Entry{feature, idf_[index], block_[index]};
    return out;
}

Vocabulary Vocabulary::from_entries(std::vector<Entry> entries) {
    Vocabulary vocabulary;
    vocabulary.idf_.reserve(entries.size());
    for (auto& entry : entries) {
        vocabulary.index_.emplace(std::move(entry.feature), static_cast<uint32_t>(vocabulary.idf_.size()));
        vocabulary.idf_.push_back(entry.idf);
        vocabulary.block_.push_back(entry.block);
    }
    return vocabulary;
}

}  // namespace helpdex::classifier
