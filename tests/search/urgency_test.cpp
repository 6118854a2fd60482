// Proves search/urgency: urgency cues in each bundled language.
#include <catch2/catch.hpp>

#include "search/document.h"
#include "search/urgency.h"

using namespace helpdex;

namespace {

std::vector<UrgencyCue> cues_in(const std::string& text, const std::string& lang) {
    analysis::Analyzer analyzer;
    UrgencyCues cues(analyzer);
    return cues.find(analyzer.analyze(text, lang), lang);
}

}  // namespace

TEST_CASE("urgency cues are found in every bundled language, in any inflection", "[urgency]") {
    auto [lang, text, reason, level] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"en", "I think my account was HACKED last night", "security", "urgent"},
        {"en", "the doorbell is smoking and very hot", "safety", "urgent"},
        {"en", "I will contact my lawyer", "legal", "high"},
        {"en", "Is there an outage? Nothing loads", "outage", "urgent"},
        {"nl", "Mijn account is gehackt", "security", "urgent"},
        {"nl", "de batterij is opgezwollen", "safety", "urgent"},
        {"nl", "ik schakel mijn advocaat in", "legal", "high"},
        {"de", "Es gibt eine Störung bei der App", "outage", "urgent"},
        {"de", "Der Akku ist überhitzt", "safety", "urgent"},
        {"fr", "mon compte a été piraté", "security", "urgent"},
        {"fr", "je vais saisir le tribunal", "legal", "high"},
        {"es", "mi cuenta fue hackeada", "security", "urgent"},
        {"es", "sale humo del timbre", "safety", "urgent"},
        {"ja", "アカウントに不正アクセスがありました", "security", "urgent"},
    }));
    INFO(lang << ": " << text);
    const auto cues = cues_in(text, lang);
    REQUIRE_FALSE(cues.empty());
    CHECK(cues.front().reason == reason);
    CHECK(priority_name(cues.front().level) == level);
}

TEST_CASE("ordinary inquiries carry no urgency cue", "[urgency]") {
    CHECK(cues_in("How do I download my invoice?", "en").empty());
    CHECK(cues_in("Hoe kan ik mijn factuur downloaden?", "nl").empty());
    // Cues are per language: the Dutch "brand" (fire) is no cue in English.
    CHECK(cues_in("which brand of router works best", "en").empty());
}

TEST_CASE("a longer cue hides the shorter one inside it", "[urgency]") {
    const auto cues = cues_in("we suspect a data breach", "en");
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].phrase == "data breach");
}
