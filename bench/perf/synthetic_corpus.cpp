// Generating synthetic documents and inquiries from per-item seeds over Zipfian vocabularies.
#include "bench/perf/synthetic_corpus.h"

#include <cstdio>

namespace helpdex::bench {
namespace {

// Seed streams: documents, inquiries and the vocabulary never share numbers.
constexpr uint64_t kDocumentStream = 1;
constexpr uint64_t kInquiryStream = 2;
constexpr uint64_t kVocabularyStream = 3;

constexpr const char* kArticleTypes[] = {"known-issue", "troubleshooting", "sop", "faq"};

std::string two_digits(size_t n) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02zu", n);
    return buffer;
}

std::string numbered_id(const char* prefix, size_t index) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%07zu", prefix, index);
    return buffer;
}

// Builds text in one language and category: each word is topical with a given share,
// otherwise from the general Zipfian vocabulary.
class TextWriter {
public:
    TextWriter(const SyntheticCorpus::LanguageModel& language, size_t category, const ZipfSampler& topical_sampler,
               SplitMix64& random)
        : language_(language), topical_(language.topical[category]), topical_sampler_(topical_sampler), random_(random) {}

    const std::string& word(double topical_share) {
        if (random_.chance(topical_share)) return language_.ranked[topical_[topical_sampler_.sample(random_)]];
        return language_.ranked[language_.general.sample(random_)];
    }

    // `count` words separated by spaces, the first capitalised.
    void words(std::string& out, size_t count, double topical_share) {
        const size_t start = out.size();
        for (size_t i = 0; i < count; ++i) {
            if (i > 0) out.push_back(' ');
            out += word(topical_share);
        }
        if (out.size() > start && out[start] >= 'a' && out[start] <= 'z') out[start] = static_cast<char>(out[start] - 32);
    }

    void sentence(std::string& out, double topical_share = 0.25) {
        words(out, random_.between(5, 16), topical_share);
        out.push_back('.');
    }

    // Sentences until the paragraph holds at least `bytes` bytes.
    void paragraph(std::string& out, size_t bytes) {
        const size_t start = out.size();
        do {
            if (out.size() > start) out.push_back(' ');
            sentence(out);
        } while (out.size() - start < bytes);
    }

    SplitMix64& random() { return random_; }

private:
    const SyntheticCorpus::LanguageModel& language_;
    const std::vector<uint32_t>& topical_;
    const ZipfSampler& topical_sampler_;
    SplitMix64& random_;
};

std::string case_body(TextWriter& text, const LanguageSpec& language, size_t bytes) {
    std::string body;
    body.reserve(bytes + 200);
    body += language.customer_label;
    body.push_back(' ');
    text.paragraph(body, bytes * 6 / 10);
    body += "\n\n";
    body += language.resolution_label;
    body.push_back(' ');
    text.paragraph(body, bytes * 4 / 10);
    return body;
}

std::string article_body(TextWriter& text, size_t bytes) {
    std::string body;
    body.reserve(bytes + 400);
    text.paragraph(body, bytes / 5);
    body += "\n\n## Symptoms\n";
    for (size_t i = 0, n = text.random().between(2, 4); i < n; ++i) {
        body += "- ";
        text.sentence(body, 0.5);
        body.push_back('\n');
    }
    body += "\n## Cause\n";
    text.paragraph(body, bytes / 4);
    body += "\n\n## Resolution\n";
    for (size_t step = 1, n = text.random().between(3, 6); step <= n; ++step) {
        body += std::to_string(step) + ". ";
        text.sentence(body, 0.4);
        if (text.random().chance(0.5)) {
            body.push_back(' ');
            text.sentence(body);
        }
        body.push_back('\n');
    }
    return body;
}

}  // namespace

SyntheticCorpus::SyntheticCorpus(std::vector<Vocabulary> vocabularies, uint64_t seed)
    : seed_(seed), topical_sampler_(CorpusShape::topical_words, CorpusShape::zipf_exponent) {
    for (size_t top = 0; top < CorpusShape::top_level_categories; ++top) {
        for (size_t sub = 0; sub < CorpusShape::sub_categories; ++sub) categories_.push_back("cat" + two_digits(top) + "/sub" + two_digits(sub));
    }
    for (size_t l = 0; l < vocabularies.size(); ++l) {
        SplitMix64 random(derive_seed(seed, kVocabularyStream, l));
        LanguageModel model;
        model.spec = vocabularies[l].language;
        auto& words = vocabularies[l].words;
        shuffle_with(words, random);
        // The function words lead the ranks, as in real text; the list's words follow in a seeded order.
        for (const auto function_word : model.spec->function_words) model.ranked.emplace_back(function_word);
        const size_t size = std::min(CorpusShape::general_vocabulary, model.ranked.size() + words.size());
        for (size_t i = 0; model.ranked.size() < size; ++i) model.ranked.push_back(std::move(words[i]));
        model.general = ZipfSampler(model.ranked.size(), CorpusShape::zipf_exponent);
        // Topical words come from below the most frequent thousand, so a category's words stand out.
        for (size_t c = 0; c < categories_.size(); ++c) {
            std::vector<uint32_t> topical(CorpusShape::topical_words);
            for (auto& index : topical) index = static_cast<uint32_t>(random.between(1000, model.ranked.size() - 1));
            model.topical.push_back(std::move(topical));
        }
        languages_.push_back(std::move(model));
    }
}

const SyntheticCorpus::LanguageModel& SyntheticCorpus::pick_language(SplitMix64& random) const {
    double u = random.unit();
    for (size_t l = 0; l + 1 < languages_.size(); ++l) {
        if ((u -= CorpusShape::language_share[l]) < 0) return languages_[l];
    }
    return languages_.back();
}

SyntheticDocument SyntheticCorpus::document(size_t index) const {
    SplitMix64 random(derive_seed(seed_, kDocumentStream, index));
    const bool is_article = random.chance(CorpusShape::article_share);
    const LanguageModel& language = pick_language(random);
    const size_t category = random.between(0, categories_.size() - 1);
    TextWriter text(language, category, topical_sampler_, random);

    SyntheticDocument document;
    document.type = is_article ? kArticleTypes[random.between(0, 3)] : "case";
    document.id = numbered_id(is_article ? "kb" : "case", index);
    document.lang = std::string(language.spec->code);
    document.category = categories_[category];
    text.words(document.title, random.between(4, 10), 0.6);
    // Uniform over 500..2300 bytes: about 1.4 KB on average.
    const size_t bytes = random.between(500, 2300);
    document.body = is_article ? article_body(text, bytes) : case_body(text, *language.spec, bytes);
    return document;
}

SyntheticInquiry SyntheticCorpus::inquiry(size_t index) const {
    SplitMix64 random(derive_seed(seed_, kInquiryStream, index));
    const LanguageModel& language = pick_language(random);
    const size_t category = random.between(0, categories_.size() - 1);
    TextWriter text(language, category, topical_sampler_, random);
    SyntheticInquiry inquiry;
    inquiry.category = categories_[category];
    const double bucket = random.unit();
    if (bucket < 0.4) {
        inquiry.length_bucket = "short";
        text.words(inquiry.text, random.between(1, 4), 0.7);
    } else if (bucket < 0.8) {
        inquiry.length_bucket = "medium";
        text.words(inquiry.text, random.between(5, 15), 0.5);
    } else {
        inquiry.length_bucket = "long";
        inquiry.text = std::string(language.spec->greeting) + " ";
        for (size_t left = random.between(16, 60); left > 0;) {
            const size_t n = std::min(left, random.between(5, 14));
            text.words(inquiry.text, n, 0.35);
            inquiry.text += ". ";
            left -= n;
        }
        inquiry.text += std::string(language.spec->sign_off) + ".";
    }
    return inquiry;
}

std::vector<std::string> SyntheticCorpus::top_level_categories() const {
    std::vector<std::string> tops;
    for (size_t top = 0; top < CorpusShape::top_level_categories; ++top) tops.push_back("cat" + two_digits(top));
    return tops;
}

}  // namespace helpdex::bench
