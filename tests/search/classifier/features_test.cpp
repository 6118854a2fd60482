// Proves search/classifier/features: n-gram extraction and TF-IDF vectors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "search/classifier/features.h"

using namespace helpdex;
using namespace helpdex::classifier;

namespace {

bool contains(const std::vector<FeatureId>& list, const std::string& feature) {
    return std::find(list.begin(), list.end(), feature_id(feature)) != list.end();
}

std::vector<const RawFeatures*> pointers(const std::vector<RawFeatures>& documents) {
    std::vector<const RawFeatures*> out;
    for (const auto& d : documents) out.push_back(&d);
    return out;
}

}  // namespace

TEST_CASE("word features are the index's own terms, as unigrams and bigrams", "[classifier][features]") {
    analysis::Analyzer analyzer;
    const RawFeatures f = extract_features("Refunds pending", "en", analyzer);
    const std::string refund = analyzer.stem("refunds", "en");
    const std::string pending = analyzer.stem("pending", "en");
    CHECK(f.words == std::vector<FeatureId>{feature_id("w:" + refund), feature_id("b:" + refund + " " + pending),
                                            feature_id("w:" + pending)});
}

TEST_CASE("character n-grams of 2 to 5 stay within word boundaries", "[classifier][features]") {
    analysis::Analyzer analyzer;
    const RawFeatures f = extract_features("card PIN", "en", analyzer);
    for (const char* gram : {"c: c", "c:ca", "c: car", "c:card ", "c:ard", "c: pin ", "c:in "}) {
        INFO(gram);
        CHECK(contains(f.chars, gram));
    }
    // No gram spans the space between the two words.
    CHECK_FALSE(contains(f.chars, "c:d p"));
    CHECK_FALSE(contains(f.chars, "c:rd pi"));
    // Characters, not bytes: a 2-gram of a non-ASCII word is two code points.
    CHECK(contains(extract_features("ça", "fr", analyzer).chars, "c:ça"));
}

TEST_CASE("the vocabulary keeps features seen in enough texts, in a stable order", "[classifier][features]") {
    analysis::Analyzer analyzer;
    std::vector<RawFeatures> documents = {extract_features("card arrived", "en", analyzer),
                                          extract_features("card lost", "en", analyzer),
                                          extract_features("pin blocked", "en", analyzer)};
    const Vocabulary vocabulary = Vocabulary::build(pointers(documents), 2);
    const auto entries = vocabulary.entries();
    CHECK(std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.feature == feature_id("w:card"); }));
    CHECK(std::none_of(entries.begin(), entries.end(), [](const auto& e) { return e.feature == feature_id("w:pin"); }));
    CHECK(std::is_sorted(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.feature < b.feature; }));
    CHECK(Vocabulary::build(pointers(documents), 1).size() > vocabulary.size());
}

TEST_CASE("vectors have unit length, sorted columns, and ignore unknown features", "[classifier][features]") {
    analysis::Analyzer analyzer;
    std::vector<RawFeatures> documents;
    for (const char* text : {"my card has not arrived", "card delivery is late", "when will my card arrive", "I lost my PIN"}) {
        documents.push_back(extract_features(text, "en", analyzer));
    }
    const Vocabulary vocabulary = Vocabulary::build(pointers(documents), 1);
    const SparseVector v = vocabulary.vectorize(extract_features("card arrived late zzzz", "en", analyzer));
    REQUIRE_FALSE(v.empty());
    double norm = 0;
    for (const auto& e : v) norm += static_cast<double>(e.value) * e.value;
    CHECK(norm == Approx(1.0).epsilon(1e-5));
    CHECK(std::is_sorted(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.index < b.index; }));
    CHECK(vocabulary.vectorize(extract_features("zzzz", "en", analyzer)).empty());
    // The round trip through entries keeps every column.
    const Vocabulary copy = Vocabulary::from_entries(vocabulary.entries());
    const SparseVector w = copy.vectorize(extract_features("card arrived late zzzz", "en", analyzer));
    REQUIRE(w.size() == v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        CHECK(w[i].index == v[i].index);
        CHECK(w[i].value == v[i].value);
    }
}

TEST_CASE("a capped vocabulary keeps the most frequent features", "[classifier][features]") {
    analysis::Analyzer analyzer;
    std::vector<RawFeatures> documents = {extract_features("card card", "en", analyzer),
                                          extract_features("card pin", "en", analyzer),
                                          extract_features("card lost", "en", analyzer)};
    const Vocabulary all = Vocabulary::build(pointers(documents), 1);
    const Vocabulary capped = Vocabulary::build(pointers(documents), 1, 3);
    REQUIRE(all.size() > 3);
    REQUIRE(capped.size() == 3);
    // "w:card" is in every text; among the grams of "card" every one is too, so whichever
    // three are kept, each has the top document frequency and none comes from "pin" or "lost".
    const auto entries = capped.entries();
    for (const auto& entry : entries) {
        for (const char* rare : {"w:pin", "w:lost", "c:pi", "c:lo"}) CHECK(entry.feature != feature_id(rare));
    }
}

TEST_CASE("max_words keeps a text's opening words only", "[classifier][features]") {
    analysis::Analyzer analyzer;
    const RawFeatures whole = extract_features("card arrived late today", "en", analyzer);
    const RawFeatures opening = extract_features("card arrived late today", "en", analyzer, 2);
    CHECK(opening.words.size() == 3);  // two unigrams and the bigram between them
    CHECK(whole.words.size() == 7);
    CHECK_FALSE(contains(opening.words, "w:" + analyzer.stem("today", "en")));
}
