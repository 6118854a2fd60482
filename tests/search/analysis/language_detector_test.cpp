// Proves search/analysis/language_detector: per-index language identification.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "search/analysis/language_detector.h"

using helpdex::analysis::LanguageDetector;

namespace {

LanguageDetector small_detector() {
    LanguageDetector::Trainer trainer;
    trainer.add("en", "My camera keeps going offline and the app says the device is not connected to the internet. "
                      "I was charged twice for my subscription this month, please refund the payment.");
    trainer.add("nl", "Mijn camera gaat steeds offline en de app zegt dat het apparaat niet met internet verbonden is. "
                      "Er is deze maand twee keer afgeschreven voor mijn abonnement, graag het geld terug.");
    trainer.add("de", "Meine Kamera geht ständig offline und die App sagt, dass das Gerät nicht mit dem Internet verbunden ist. "
                      "Mir wurde diesen Monat zweimal das Abonnement berechnet, bitte erstatten Sie die Zahlung.");
    trainer.add("ja", "カメラが何度もオフラインになります。アプリではデバイスがインターネットに接続されていないと表示されます。"
                      "今月サブスクリプションが二重に請求されました。返金してください。");
    return trainer.finish();
}

}  // namespace

TEST_CASE("short inquiries are recognised among the trained languages", "[langid]") {
    const LanguageDetector detector = small_detector();
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"my camera is offline", "en"},
        {"twee keer afgeschreven", "nl"},
        {"Kamera ist offline", "de"},
        {"返金してください", "ja"},
        {"charged twice", "en"},
    }));
    INFO(text);
    const auto guess = detector.detect(text);
    CHECK(guess.language == expected);
    CHECK(guess.confidence > 0.5);
    CHECK(guess.confidence <= 1.0);
}

TEST_CASE("text without words has zero confidence", "[langid]") {
    const auto guess = small_detector().detect("12345 !!!");
    CHECK(guess.confidence == 0.0);
}

TEST_CASE("a saved model detects exactly as the trained one", "[langid]") {
    const LanguageDetector detector = small_detector();
    const LanguageDetector loaded = LanguageDetector::from_json(nlohmann::json::parse(detector.to_json().dump()));
    CHECK(loaded.languages() == detector.languages());
    for (const char* text : {"mijn abonnement", "App sagt Gerät", "refund please", "カメラ"}) {
        CHECK(loaded.detect(text).language == detector.detect(text).language);
        CHECK(loaded.detect(text).confidence == Approx(detector.detect(text).confidence).epsilon(1e-5));
    }
}

TEST_CASE("a malformed model is refused", "[langid]") {
    CHECK_THROWS(LanguageDetector::from_json(nlohmann::json{{"format", "other"}}));
}

namespace {

std::string counts_of(const LanguageDetector::Trainer& trainer) {
    std::ostringstream out;
    trainer.write_counts(out);
    std::vector<std::string> lines;
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    std::string sorted;
    for (const auto& line : lines) sorted += line + "\n";
    return sorted;
}

}  // namespace

TEST_CASE("a trainer takes back a text exactly, and its counts read back as they were written", "[language]") {
    LanguageDetector::Trainer once, twice;
    once.add("en", "My camera keeps going offline");
    twice.add("en", "My camera keeps going offline");
    twice.add("en", "the payment was refused");
    twice.add("nl", "de betaling is geweigerd");
    twice.remove("en", "the payment was refused");
    twice.remove("nl", "de betaling is geweigerd");
    CHECK(counts_of(twice) == counts_of(once));
    CHECK(counts_of(twice).find("nl\t") == std::string::npos);  // a language with nothing left is gone

    std::istringstream written(counts_of(once));
    CHECK(counts_of(LanguageDetector::Trainer::read_counts(written)) == counts_of(once));
    std::istringstream broken("en\tw:camera\tmany\n");
    CHECK_THROWS_WITH(LanguageDetector::Trainer::read_counts(broken), Catch::Contains("line 1"));
}
