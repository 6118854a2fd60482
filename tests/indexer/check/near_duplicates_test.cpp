// Proves indexer/check/near_duplicates: shingles, Jaccard similarity, and the finder's
// pairs at, above and below its threshold.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>

#include "indexer/check/near_duplicates.h"
#include "search/analysis/tokenizer.h"

using namespace helpdex;
using namespace helpdex::indexer;

namespace {

// n distinct shingle values from `first` on.
std::vector<uint32_t> run(uint32_t first, size_t n) {
    std::vector<uint32_t> values(n);
    for (size_t i = 0; i < n; ++i) values[i] = first + static_cast<uint32_t>(i);
    return values;
}

std::vector<uint32_t> joined(std::vector<uint32_t> a, const std::vector<uint32_t>& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    return a;
}

}  // namespace

TEST_CASE("word shingles are runs of three case-folded words", "[check]") {
    analysis::Tokenizer tokenizer;
    CHECK(word_shingles("", tokenizer).empty());
    CHECK(word_shingles("  ... ", tokenizer).empty());
    CHECK(word_shingles("one two", tokenizer).size() == 1);
    CHECK(word_shingles("one two three four", tokenizer).size() == 2);
    CHECK(word_shingles("One, TWO three!", tokenizer) == word_shingles("one two three", tokenizer));
    CHECK(word_shingles("a b c a b c", tokenizer).size() == 3);  // abc, bca, cab: distinct
    CHECK(word_shingles("カメラがオフラインになります", tokenizer).size() >= 1);  // Japanese breaks into words too
}

TEST_CASE("Jaccard similarity is the shared share of both sets", "[check]") {
    CHECK(jaccard({}, {}) == 0.0);
    CHECK(jaccard({1, 2, 3}, {1, 2, 3}) == 1.0);
    CHECK(jaccard({1, 2}, {3, 4}) == 0.0);
    CHECK(jaccard({1, 2, 3}, {2, 3, 4}) == Approx(0.5));
}

TEST_CASE("a pair at the threshold is a near-duplicate, one just below is not", "[check]") {
    const auto base = run(1000, 90);
    NearDuplicateFinder finder(0.9);
    finder.add(0, "en", joined(base, run(1, 10)));          // 100
    finder.add(1, "en", joined(base, run(1, 10)));          // the same: 1.0
    finder.add(2, "en", joined(run(1000, 81), run(1, 10)));  // 91 of them: 91/100 = 0.91, just above
    finder.add(3, "en", joined(base, run(50, 11)));          // 90 shared of 111: 0.81
    finder.add(4, "en", joined(run(1000, 89), run(1, 10)));  // 99/100 with 0, 99/100 with 1: 0.99
    const auto found = finder.find();
    REQUIRE(found.size() == 3);
    CHECK(found[0].document == 1);
    CHECK(found[0].original == 0);
    CHECK(found[0].similarity == 1.0);
    CHECK(found[1].document == 2);
    CHECK(found[1].similarity == Approx(0.91));
    CHECK(found[2].document == 4);
    CHECK(found[2].original == 0);  // the first one it is like, not the likest
}

TEST_CASE("the threshold decides: exactly 0.9 is in, 0.89 is out", "[check]") {
    auto pair_at = [](size_t shared, size_t each_own, double threshold) {
        NearDuplicateFinder finder(threshold);
        finder.add(0, "en", joined(run(1, shared), run(100000, each_own)));
        finder.add(1, "en", joined(run(1, shared), run(200000, each_own)));
        return finder.find().size();
    };
    CHECK(pair_at(180, 10, 0.9) == 1);   // 180 / 200 = 0.9
    CHECK(pair_at(178, 11, 0.9) == 0);   // 178 / 200 = 0.89
    CHECK(pair_at(178, 11, 0.85) == 1);
}

TEST_CASE("articles in different languages are never near-duplicates", "[check]") {
    NearDuplicateFinder finder(0.9);
    finder.add(0, "en", run(1, 50));
    finder.add(1, "nl", run(1, 50));
    finder.add(2, "en", {});  // nothing to compare: left out
    CHECK(finder.find().empty());
}

TEST_CASE("ten thousand articles are compared without comparing every pair", "[check]") {
    // Distinct random articles, with every hundredth a copy of the one before it: the
    // finder finds exactly those, each with the article it copies.
    std::mt19937 random(7);
    NearDuplicateFinder finder(0.9);
    std::vector<uint32_t> previous;
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < 10000; ++i) {
        std::vector<uint32_t> shingles;
        if (i % 100 == 99) {
            shingles = previous;
        } else {
            for (int k = 0; k < 200; ++k) shingles.push_back(random());
            std::sort(shingles.begin(), shingles.end());
        }
        previous = shingles;
        finder.add(i, (i / 2) % 2 ? "en" : "de", std::move(shingles));  // a copy is in its model's language
    }
    const auto found = finder.find();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(found.size() == 100);
    for (size_t k = 0; k < found.size(); ++k) {
        CHECK(found[k].document == 100 * k + 99);
        CHECK(found[k].original == 100 * k + 98);
    }
    INFO(seconds << " s");
    CHECK(seconds < 60);  // all pairs would be 50 million comparisons; generous for a sanitized build
}
