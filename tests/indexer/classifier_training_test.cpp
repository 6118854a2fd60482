#include "indexer/classifier_training.h"

#include <catch2/catch.hpp>

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
