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

TEST_CASE("an inquiry that says it can wait is low, in every bundled language, and \"not urgent\" is no urgent cue",
          "[urgency]") {
    auto [lang, text] = GENERATE(table<std::string, std::string>({
        {"en", "How do I download an invoice? Not urgent at all."},
        {"nl", "Hoe download ik een factuur? Geen haast hoor."},
        {"de", "Wie lade ich eine Rechnung herunter? Keine Eile."},
        {"fr", "Comment télécharger une facture ? Rien d'urgent."},
        {"es", "¿Cómo descargo una factura? No es urgente."},
        {"ja", "請求書のダウンロード方法を教えてください。急ぎではありません。"},
    }));
    INFO(lang << ": " << text);
    const auto cues = cues_in(text, lang);
    CHECK(assess_urgency(cues, nullptr, 0.6) == "low");
}

TEST_CASE("urgency reads the text first; a matched article's priority raises it only when it is likely the answer",
          "[urgency]") {
    Hit high_priority;
    high_priority.priority = 2;
    high_priority.confidence = 0.9;
    CHECK(assess_urgency({}, nullptr, 0.6) == "normal");
    CHECK(assess_urgency({}, &high_priority, 0.6) == "high");
    Hit faq;  // a confident how-to answer: low
    faq.priority = 0;
    faq.confidence = 0.95;
    CHECK(assess_urgency({}, &faq, 0.6) == "low");
    CHECK(assess_urgency(cues_in("the battery is swollen", "en"), &faq, 0.6) == "urgent");
    high_priority.confidence = 0.3;  // a guess lends nothing
    CHECK(assess_urgency({}, &high_priority, 0.6) == "normal");
    high_priority.confidence = 0.9;
    // The customer said it can wait: the article does not overrule them, but a hazard does.
    CHECK(assess_urgency(cues_in("charged twice, no rush", "en"), &high_priority, 0.6) == "low");
    CHECK(assess_urgency(cues_in("no rush, but the battery is swollen", "en"), &high_priority, 0.6) == "urgent");
}
