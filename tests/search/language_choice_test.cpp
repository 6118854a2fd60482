// Proves search/language_choice: the hint, the index's only language, or detection.
#include <catch2/catch.hpp>

#include "search/generation.h"
#include <algorithm>

#include "search/language_choice.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

std::shared_ptr<const Generation> fixture_generation(const test::TempDir& dir) {
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    return Generation::open_current(dir / "idx", Preload::nothing);
}

}  // namespace

TEST_CASE("a language hint wins with confidence 1", "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);
    auto [text, hint] = GENERATE(table<std::string, std::string>({
        {"Meine Kamera ist ständig offline", "en"},
        {"I want my money back", "nl"},
        {"", "de"},
        {"camera offline", "fr"},  // a language the index does not hold: still the caller's choice
    }));
    const analysis::LanguageGuess guess = choose_language(*generation, text, hint);
    CHECK(guess.language == hint);
    CHECK(guess.confidence == 1.0);
}

TEST_CASE("a one-language index answers in its language whatever the text looks like", "[language]") {
    test::TempDir dir;
    test::write_file(
        dir / "corpus" / "cases" / "cases.jsonl",
        R"({"id":"c1","type":"case","title":"Printer jams","lang":"en","category":"printing","body":"It jams."})" "\n"
        R"({"id":"c2","type":"case","title":"Late invoice","lang":"en","category":"billing","body":"It came late."})" "\n");
    test::index_corpus(dir / "corpus", dir / "idx");
    const auto generation = Generation::open_current(dir / "idx", Preload::nothing);
    REQUIRE(generation->languages() == std::vector<std::string>{"en"});
    const std::string text =
        GENERATE(as<std::string>{}, "Meine Kamera ist ständig offline", "Er is twee keer geld afgeschreven", "");
    const analysis::LanguageGuess guess = choose_language(*generation, text, "");
    CHECK(guess.language == "en");
    CHECK(guess.confidence == 1.0);
    CHECK(choose_language(*generation, text, "de").language == "de");  // a hint still wins
}

TEST_CASE("the language of a multi-language index is detected", "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"Meine Kamera ist ständig offline", "de"},
        {"Die Kamera verliert die Verbindung", "de"},
        {"Er is twee keer geld afgeschreven", "nl"},
        {"Dubbele betaling op mijn rekening", "nl"},
        {"I want my money back, please refund my subscription", "en"},
        {"The doorbell battery is swollen", "en"},
    }));
    const analysis::LanguageGuess guess = choose_language(*generation, text, "");
    CHECK(guess.language == expected);
    CHECK(guess.confidence > 0.5);
    CHECK(guess.confidence <= 1.0);
}

TEST_CASE("a text without words gets the index's first language, with confidence 0", "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);
    REQUIRE(generation->languages() == std::vector<std::string>{"de", "en", "nl"});
    const std::string text = GENERATE(as<std::string>{}, "", "   ", "?!", "\n\n");
    const analysis::LanguageGuess guess = choose_language(*generation, text, "");
    CHECK(guess.language == "de");
    CHECK(guess.confidence == 0.0);
}

TEST_CASE("an inquiry's language hint is a prior: it decides short text and loses to clear evidence", "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);
    const std::string clear_german =
        "Guten Tag, meine Kamera verliert seit dem Update ständig die Verbindung mit dem WLAN und ich "
        "muss sie jeden Morgen neu starten. Können Sie mir bitte helfen? Vielen Dank und freundliche Grüße";
    const LanguageChoice overruled = choose_inquiry_language(*generation, clear_german, {"en", ""});
    CHECK(overruled.guess.language == "de");
    CHECK(overruled.source == LanguageSource::hint_overruled);

    const LanguageChoice agreed = choose_inquiry_language(*generation, clear_german, {"de", ""});
    CHECK(agreed.guess.language == "de");
    CHECK(agreed.source == LanguageSource::detected);

    // Two words the index's languages share cannot overturn the caller's word.
    const std::string hint = GENERATE(as<std::string>{}, "en", "nl", "de");
    const LanguageChoice short_text = choose_inquiry_language(*generation, "camera offline", {hint, ""});
    CHECK(short_text.guess.language == hint);
    CHECK(short_text.source != LanguageSource::hint_overruled);

    const LanguageChoice no_words = choose_inquiry_language(*generation, "?!", {hint, ""});
    CHECK(no_words.guess.language == hint);
    CHECK(no_words.source == LanguageSource::hint);
}

TEST_CASE("Accept-Language tips an ambiguous inquiry but not a clear one", "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);
    CHECK(choose_inquiry_language(*generation, "camera", {"", "nl"}).guess.language == "nl");
    const LanguageChoice clear = choose_inquiry_language(
        *generation, "I want my money back, please refund my subscription because the camera never worked", {"", "nl"});
    CHECK(clear.guess.language == "en");
    CHECK(clear.source == LanguageSource::detected);
    // No priors: the text alone.
    const LanguageChoice plain = choose_inquiry_language(*generation, "Er is twee keer geld afgeschreven", {});
    CHECK(plain.guess.language == "nl");
    CHECK(plain.source == LanguageSource::detected);
}

TEST_CASE("a hint in a language the index lacks is taken as given", "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);
    const LanguageChoice choice = choose_inquiry_language(*generation, "Meine Kamera ist ständig offline", {"fr", ""});
    CHECK(choice.guess.language == "fr");
    CHECK(choice.source == LanguageSource::hint);
}

TEST_CASE("a clear text in a language the index lacks is that language, read as its closest index language",
          "[language]") {
    test::TempDir dir;
    const auto generation = fixture_generation(dir);  // de, en, nl
    const std::string portuguese =
        "Bom dia, a minha câmara está sempre a desligar-se da rede sem fios desde a última atualização. "
        "Já reiniciei o router e a aplicação mas continua igual. Podem ajudar-me, por favor? Obrigado";
    const LanguageChoice choice = choose_inquiry_language(*generation, portuguese, {});
    CHECK(choice.guess.language == "pt");
    CHECK_FALSE(choice.in_index);
    const auto& held = generation->languages();
    CHECK(std::find(held.begin(), held.end(), choice.read_as) != held.end());  // the index language it looks most like

    const std::string swedish =
        "Hej! Min kamera tappar anslutningen till wifi hela tiden sedan uppdateringen i förra veckan. "
        "Jag har startat om routern men det hjälper inte. Tack på förhand";
    const LanguageChoice swedish_choice = choose_inquiry_language(*generation, swedish, {});
    CHECK(swedish_choice.guess.language == "sv");
    CHECK_FALSE(swedish_choice.in_index);

    // A hint naming a language the index lacks: read as its closest relative the index holds.
    const LanguageChoice hinted = choose_inquiry_language(*generation, "câmara desligada", {"pt", ""});
    CHECK(hinted.guess.language == "pt");
    CHECK(hinted.read_as == "en");  // Portuguese's relatives (es, it, fr …) are not held: English
    CHECK(choose_inquiry_language(*generation, "kamera offline", {"sv", ""}).read_as == "de");  // sv → no, da, de …

    // Text in the index's languages stays in them, and says so.
    const LanguageChoice dutch = choose_inquiry_language(*generation, "Er is twee keer geld afgeschreven van mijn rekening", {});
    CHECK(dutch.guess.language == "nl");
    CHECK(dutch.in_index);
    CHECK(dutch.read_as == "nl");
}
