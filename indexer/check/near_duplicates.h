// Near-duplicate articles: two articles of one language sharing most of their wording.
// Similarity is the Jaccard index of their sets of word 3-shingles (runs of three words);
// MinHash signatures banded for locality-sensitive hashing pick the pairs worth comparing,
// so thousands of articles are not compared each with each.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex::analysis {
class Tokenizer;
}

namespace helpdex::indexer {

// 32-bit hashes of the text's word 3-shingles (words case-folded by analysis::normalize,
// broken by analysis::Tokenizer, so Japanese is words too), sorted and distinct; a text of one
// or two words is one shingle, a text without words none. 32 bits halve what a hundred
// thousand articles hold; two 200-shingle texts share a hash by chance once in 100,000 pairs.
std::vector<uint32_t> word_shingles(std::string_view text, analysis::Tokenizer& tokenizer);

// |a ∩ b| / |a ∪ b| of two sorted, distinct sets; 0 when both are empty.
double jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

struct NearDuplicate {
    size_t document = 0;  // the later of the two, by the order they were added
    size_t original = 0;  // the first document added that it is a near-duplicate of
    double similarity = 0;
};

class NearDuplicateFinder {
public:
    // Pairs at or above `threshold` (0 < threshold ≤ 1) are near-duplicates.
    explicit NearDuplicateFinder(double threshold);

    // Adds a document (`id` a caller's number for it, increasing) in `lang` with its shingles.
    void add(size_t id, std::string_view lang, std::vector<uint32_t> shingles);

    // Each document that is a near-duplicate of one added before it, with the first such,
    // in the order they were added. A pair of at least 0.9 similarity is missed with a
    // probability under 1e-6, of 0.8 under 1e-3; every pair reported is measured exactly.
    std::vector<NearDuplicate> find() const;

private:
    static constexpr size_t kBands = 16, kRows = 4;  // 64 MinHash values, banded 16 × 4
    struct Entry {
        size_t id;
        uint32_t lang;
        std::vector<uint32_t> shingles;
        std::array<uint64_t, kBands> bands;
    };
    std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs() const;

    double threshold_;
    std::vector<std::string> languages_;
    std::vector<Entry> entries_;
};

}  // namespace helpdex::indexer
