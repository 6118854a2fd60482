// A deterministic, support-like synthetic corpus: document i and inquiry i are pure functions of (seed, i).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/perf/random.h"
#include "bench/perf/word_lists.h"

namespace helpdex::bench {

// One generated document with the corpus format's keys (status is always published).
struct SyntheticDocument {
    std::string id;
    std::string type;  // "case", or an article's known-issue, troubleshooting, sop, faq
    std::string title;
    std::string lang;
    std::string category;  // catNN/subNN
    std::string body;      // a case's text, or an article's Markdown after the front matter
    bool is_case() const { return type == "case"; }
};

// One customer inquiry for the bench to send: its category, length bucket and text.
struct SyntheticInquiry {
    std::string category;
    std::string length_bucket;  // short (1–4 words), medium (5–15), long (16–60, greeting and sign-off)
    std::string text;           // one line, no tabs
};

// The proportions the generator aims at, which the tests check.
struct CorpusShape {
    static constexpr double article_share = 0.10;  // the rest are cases; articles spread evenly over 4 types
    static constexpr size_t top_level_categories = 20;
    static constexpr size_t sub_categories = 10;   // per top-level one: 200 categories
    static constexpr size_t topical_words = 300;   // per category and language
    static constexpr size_t general_vocabulary = 50000;  // Zipfian ranks per language
    static constexpr double zipf_exponent = 1.0;
    static constexpr double language_share[] = {0.50, 0.15, 0.15, 0.10, 0.10};  // en, de, fr, es, nl
};

// Holds, per language, the Zipfian general vocabulary and each category's topical words;
// everything else is derived per item, so generating is thread-safe and order-independent.
class SyntheticCorpus {
public:
    // `vocabularies` as load_vocabularies() returns them (en, de, fr, es, nl).
    SyntheticCorpus(std::vector<Vocabulary> vocabularies, uint64_t seed);

    SyntheticDocument document(size_t index) const;
    SyntheticInquiry inquiry(size_t index) const;
    // catNN/subNN, in order; top-level categories are their first segments.
    const std::vector<std::string>& categories() const { return categories_; }
    std::vector<std::string> top_level_categories() const;

    struct LanguageModel {
        const LanguageSpec* spec = nullptr;
        std::vector<std::string> ranked;            // general vocabulary, most frequent first
        ZipfSampler general{1, CorpusShape::zipf_exponent};  // over `ranked`
        std::vector<std::vector<uint32_t>> topical;  // per category: indices into `ranked`
    };

private:
    const LanguageModel& pick_language(SplitMix64& random) const;

    uint64_t seed_;
    std::vector<LanguageModel> languages_;
    std::vector<std::string> categories_;
    ZipfSampler topical_sampler_;
};

}  // namespace helpdex::bench
