// Proves search/inquiry: what of an inquiry is read, in which language, and which terms it searches for.
#include <catch2/catch.hpp>

#include "search/generation.h"
#include "search/inquiry.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct Fixture {
    test::TempDir dir;
    std::shared_ptr<const Generation> generation;
    analysis::Analyzer analyzer;
    Fixture() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        generation = Generation::open_current(dir / "idx", Preload::nothing);
    }
    Inquiry read(const std::string& text, const std::string& subject = "", const std::string& lang = "") {
        SuggestRequest request;
        request.text = text;
        request.subject = subject;
        request.lang = lang;
        return read_inquiry(request, *generation, analyzer);
    }
};

using Terms = std::vector<std::string>;

}  // namespace

TEST_CASE("quoted lines and the signature are not read", "[inquiry]") {
    Fixture f;
    const std::string text =
        "my camera is offline\n"
        "> Please refund my subscription\n"
        "again today\n"
        "-- \n"
        "John Refund\n"
        "Billing Street 1\n";
    const Inquiry inquiry = f.read(text, "", "en");
    CHECK(inquiry.text == "my camera is offline\nagain today\n");
    CHECK(inquiry.terms.terms == Terms{"camera", "offlin", "today"});
    CHECK_FALSE(inquiry.terms.contains("refund"));
    for (const auto& word : inquiry.words) CHECK(word.word != "john");
}

TEST_CASE("the subject is part of the text and its words count double", "[inquiry]") {
    Fixture f;
    const Inquiry inquiry = f.read("I was charged twice", "Refund", "en");
    CHECK(inquiry.text == "Refund\nI was charged twice\n");
    CHECK(inquiry.terms.terms == Terms{"refund", "charg", "twice"});
    CHECK(inquiry.terms.frequency.at("refund") == 2);
    CHECK(inquiry.terms.frequency.at("charg") == 1);
    CHECK(inquiry.terms.frequency.at("twice") == 1);
    CHECK(inquiry.terms.surface.at("refund") == "refund");
    REQUIRE_FALSE(inquiry.words.empty());
    CHECK(inquiry.words.front().word == "refund");
}

TEST_CASE("a subject word the body repeats counts once more than in the text", "[inquiry]") {
    Fixture f;
    const Inquiry inquiry = f.read("The refund for my refund request", "Refund request", "en");
    CHECK(inquiry.terms.terms == Terms{"refund", "request"});
    CHECK(inquiry.terms.frequency.at("refund") == 4);   // 3 in the text, +1 for the subject
    CHECK(inquiry.terms.frequency.at("request") == 3);  // 2 in the text, +1
}

TEST_CASE("a subject's greetings and stopwords do not become query terms", "[inquiry]") {
    Fixture f;
    const Inquiry inquiry = f.read("charged twice", "Hello, the refund", "en");
    CHECK(inquiry.terms.terms == Terms{"refund", "charg", "twice"});
    CHECK(inquiry.terms.frequency.at("refund") == 2);
}

TEST_CASE("greetings are read but are not query terms", "[inquiry]") {
    Fixture f;
    const Inquiry inquiry = f.read("Hello, thanks! My camera is offline.\nKind regards", "", "en");
    CHECK(inquiry.terms.terms == Terms{"camera", "offlin"});
    CHECK(inquiry.terms.surface.at("offlin") == "offline");
    bool read_hello = false;
    for (const auto& word : inquiry.words) read_hello = read_hello || (word.word == "hello" && word.greeting);
    CHECK(read_hello);
}

TEST_CASE("the language hint decides an ambiguous inquiry, and the inquiry is read in it", "[inquiry]") {
    Fixture f;
    for (const std::string hint : {"nl", "de", "en"}) {
        const Inquiry hinted = f.read("camera offline", "", hint);
        CHECK(hinted.language.language == hint);
        CHECK(hinted.language_source != LanguageSource::hint_overruled);
    }
}

TEST_CASE("a language hint loses against a clear text in another language", "[inquiry]") {
    Fixture f;
    const Inquiry hinted = f.read("Meine Kamera ist ständig offline, seit gestern Abend schon", "", "nl");
    CHECK(hinted.language.language == "de");
    CHECK(hinted.language_source == LanguageSource::hint_overruled);
    CHECK_FALSE(hinted.terms.contains("ist"));  // read as German: "ist" is a German stopword
}

TEST_CASE("without a hint the inquiry's language is detected", "[inquiry]") {
    Fixture f;
    auto [text, lang] = GENERATE(table<std::string, std::string>({
        {"Meine Kamera ist ständig offline", "de"},
        {"Er is twee keer geld afgeschreven", "nl"},
        {"I want my money back, please refund my subscription", "en"},
    }));
    const Inquiry inquiry = f.read(text);
    CHECK(inquiry.language.language == lang);
    CHECK(inquiry.language.confidence > 0.5);
    CHECK(inquiry.language.confidence <= 1.0);
}
