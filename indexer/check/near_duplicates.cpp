// Word shingles, MinHash signatures in bands, and the exact comparison of candidate pairs.
#include "indexer/check/near_duplicates.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "search/analysis/normalizer.h"
#include "search/analysis/tokenizer.h"

namespace helpdex::indexer {

namespace {

constexpr size_t kShingleWords = 3;
// Of a bucket of documents sharing a band, each is compared with the first this many: a
// thousand copies of one template cost a thousand comparisons, not half a million.
constexpr size_t kBucketComparisons = 32;

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t fnv1a(uint64_t hash, std::string_view bytes) {
    for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
}

}  // namespace

std::vector<uint32_t> word_shingles(std::string_view text, analysis::Tokenizer& tokenizer) {
    const std::string normalized = analysis::normalize(text);
    const std::vector<analysis::Token> words = tokenizer.tokenize(normalized);
    std::vector<uint32_t> shingles;
    if (words.empty()) return shingles;
    const size_t count = words.size() < kShingleWords ? 1 : words.size() - kShingleWords + 1;
    shingles.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        uint64_t hash = 0xcbf29ce484222325ULL;
        for (size_t w = i; w < std::min(words.size(), i + kShingleWords); ++w) hash = fnv1a(hash, words[w].text) * 31 + 0x1f;
        shingles.push_back(static_cast<uint32_t>(mix(hash)));
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

double jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    size_t shared = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++shared;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const size_t together = a.size() + b.size() - shared;
    return together == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(together);
}

NearDuplicateFinder::NearDuplicateFinder(double threshold) : threshold_(threshold) {}

void NearDuplicateFinder::add(size_t id, std::string_view lang, std::vector<uint32_t> shingles) {
    if (shingles.empty()) return;
    auto known = std::find(languages_.begin(), languages_.end(), lang);
    if (known == languages_.end()) known = languages_.insert(languages_.end(), std::string(lang));
    Entry entry{id, static_cast<uint32_t>(known - languages_.begin()), std::move(shingles), {}};
    for (size_t band = 0; band < kBands; ++band) {
        uint64_t key = 0;
        for (size_t row = 0; row < kRows; ++row) {
            const uint64_t seed = mix(band * kRows + row + 1);
            uint64_t least = std::numeric_limits<uint64_t>::max();
            for (uint32_t shingle : entry.shingles) least = std::min(least, mix(shingle ^ seed));
            key = mix(key ^ least);
        }
        entry.bands[band] = key;
    }
    entries_.push_back(std::move(entry));
}

std::vector<std::pair<uint32_t, uint32_t>> NearDuplicateFinder::candidate_pairs() const {
    std::vector<std::pair<uint32_t, uint32_t>> pairs;  // (later, earlier) positions in entries_
    std::vector<std::tuple<uint32_t, uint64_t, uint32_t>> bucketed(entries_.size());  // (lang, band key, position)
    for (size_t band = 0; band < kBands; ++band) {
        for (size_t i = 0; i < entries_.size(); ++i) bucketed[i] = {entries_[i].lang, entries_[i].bands[band], static_cast<uint32_t>(i)};
        std::sort(bucketed.begin(), bucketed.end());
        for (size_t start = 0, end = 0; start < bucketed.size(); start = end) {
            for (end = start + 1; end < bucketed.size() && std::get<0>(bucketed[end]) == std::get<0>(bucketed[start]) &&
                                  std::get<1>(bucketed[end]) == std::get<1>(bucketed[start]);
                 ++end) {
            }
            for (size_t later = start + 1; later < end; ++later) {
                for (size_t earlier = start; earlier < std::min(later, start + kBucketComparisons); ++earlier) {
                    pairs.emplace_back(std::get<2>(bucketed[later]), std::get<2>(bucketed[earlier]));
                }
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

std::vector<NearDuplicate> NearDuplicateFinder::find() const {
    std::vector<NearDuplicate> found;
    const auto pairs = candidate_pairs();
    for (size_t k = 0; k < pairs.size(); ++k) {
        const auto [later, earlier] = pairs[k];
        if (!found.empty() && found.back().document == entries_[later].id) continue;  // its first one is known
        const auto& a = entries_[earlier].shingles;
        const auto& b = entries_[later].shingles;
        // Jaccard is at most the smaller set's share of the larger: a cheap refusal first.
        if (static_cast<double>(std::min(a.size(), b.size())) < threshold_ * static_cast<double>(std::max(a.size(), b.size()))) continue;
        const double similarity = jaccard(a, b);
        if (similarity >= threshold_) found.push_back({entries_[later].id, entries_[earlier].id, similarity});
    }
    return found;
}

}  // namespace helpdex::indexer
