#include "indexer/classifier_training.h"

#include <catch2/catch.hpp>

#include <algorithm>

using helpdex::KbDocument;
using namespace helpdex::indexer;

namespace {

KbDocument document(std::string id, std::string type, std::string title, std::string body) {
    KbDocument d;
    d.id = std::move(id);
    d.type = std::move(type);
    d.title = std::move(title);
    d.body_text = std::move(body);
    d.lang = "en";
    d.category = "cards/lost";
    return d;
}

}  // namespace

TEST_CASE("a case whose title only repeats its start is learnt from its text alone", "[classifier_training]") {
    const auto d = document("c1", "case", "My card was stolen…", "My card was stolen yesterday evening.");
    CHECK(classification_text(d) == "My card was stolen yesterday evening.");
}

TEST_CASE("a case with its own title keeps it", "[classifier_training]") {
    const auto d = document("c2", "case", "Stolen card", "Someone took it from my bag.");
    CHECK(classification_text(d) == "Stolen card\nSomeone took it from my bag.");
}

TEST_CASE("an article is learnt from its title, symptoms and body", "[classifier_training]") {
    auto d = document("a1", "troubleshooting", "Lost cards", "Block the card in the app.");
    d.symptoms = {"card missing", "wallet stolen"};
    CHECK(classification_text(d) == "Lost cards\ncard missing\nwallet stolen\nBlock the card in the app.");
}

TEST_CASE("every document becomes one example with its id, language and category", "[classifier_training]") {
    const auto a = document("a1", "faq", "Card limits", "Limits per day.");
    auto b = document("c9", "case", "Forgotten code", "I forgot my PIN.");
    b.lang = "nl";
    b.category = "cards/pin";
    const auto examples = classifier_examples({&a, &b});
    REQUIRE(examples.size() == 2);
    CHECK(examples[1].key == "c9");
    CHECK(examples[1].lang == "nl");
    CHECK(examples[1].category == "cards/pin");
    CHECK(examples[1].text == "Forgotten code\nI forgot my PIN.");
}

TEST_CASE("only the documents the training budget keeps become examples", "[classifier_training]") {
    std::vector<KbDocument> corpus;
    for (int i = 0; i < 400; ++i) {
        auto d = document("c" + std::to_string(i), "case", "Case " + std::to_string(i), "Text of case " + std::to_string(i));
        d.category = i % 2 == 0 ? "cards/lost" : "cards/pin";
        corpus.push_back(d);
    }
    std::vector<const KbDocument*> documents;
    for (const auto& d : corpus) documents.push_back(&d);
    helpdex::classifier::TrainingOptions options;
    options.max_per_category = 40;  // and a held-out quarter of that: 10 per category

    const auto kept = training_documents(documents, options);
    CHECK(kept.size() == 2 * (40 + 10));
    CHECK(std::is_sorted(kept.begin(), kept.end()));  // corpus order, as pointers into it
    CHECK(training_documents(documents, options) == kept);  // the same sample every time

    helpdex::classifier::TrainingReport report;
    const auto model = train_classifier(documents, report, options);
    CHECK(report.examples == 400);  // offered: the whole corpus
    CHECK(report.trained_on <= 2 * 50);
    CHECK(report.classes == 2);
}

TEST_CASE("a corpus within the budget is learnt whole", "[classifier_training]") {
    std::vector<KbDocument> corpus;
    for (int i = 0; i < 60; ++i) {
        auto d = document("d" + std::to_string(i), "case", "Case", "Text");
        d.category = i % 3 == 0 ? "a" : "b";
        corpus.push_back(d);
    }
    std::vector<const KbDocument*> documents;
    for (const auto& d : corpus) documents.push_back(&d);
    CHECK(training_documents(documents, {}) == documents);
}

TEST_CASE("each language of the corpus gets the budget of a corpus in one language", "[classifier_training]") {
    // 400 cases in two categories, half English and half Dutch; a budget of 40 per category
    // (plus its held-out quarter) for one language keeps 50 per category per language.
    std::vector<KbDocument> corpus;
    for (int i = 0; i < 400; ++i) {
        auto d = document("c" + std::to_string(i), "case", "Case " + std::to_string(i), "Text of case " + std::to_string(i));
        d.category = i % 2 == 0 ? "cards/lost" : "cards/pin";
        d.lang = i % 4 < 2 ? "en" : "nl";
        corpus.push_back(d);
    }
    std::vector<const KbDocument*> documents;
    for (const auto& d : corpus) documents.push_back(&d);
    helpdex::classifier::TrainingOptions one_language;
    one_language.max_per_category = 40;
    const auto widened = helpdex::classifier::for_languages(one_language, 2);
    CHECK(widened.max_per_category == 80);
    CHECK(widened.max_examples == 2 * one_language.max_examples);
    CHECK(widened.max_example_labels == 2 * one_language.max_example_labels);
    // The training cost grows with the languages up to twice one language's.
    CHECK(helpdex::classifier::for_languages(one_language, 6).max_example_labels == 2 * one_language.max_example_labels);
    CHECK(helpdex::classifier::for_languages(one_language, 6).max_per_category == 6 * 40);
    CHECK(widened.max_weights == 2 * one_language.max_weights);
    CHECK(widened.min_per_category == one_language.min_per_category);  // a floor, not a budget
    CHECK(helpdex::classifier::for_languages(one_language, 0).max_per_category == 40);

    helpdex::classifier::TrainingReport report;
    train_classifier(documents, report, one_language);
    CHECK(report.trained_on > 2 * 50);  // more than one language's budget
    CHECK(report.trained_on <= 2 * 100);
}
