// Proves search/analysis/language_profile: one profile per language, a neutral one for the rest.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include <xapian.h>

#include "search/analysis/language.h"
#include "search/analysis/language_profile.h"

using helpdex::analysis::find_language_profile;
using helpdex::analysis::language_profile;
using helpdex::analysis::language_profiles;
using helpdex::analysis::all_resolution_headings;
using helpdex::analysis::all_signature_line_prefixes;
using helpdex::analysis::CueLevel;
using helpdex::analysis::LanguageProfile;
using helpdex::analysis::RawUrgencyCue;

namespace {

const RawUrgencyCue* find_cue(const LanguageProfile& profile, std::string_view phrase) {
    const auto& cues = profile.urgency_cues;
    const auto it = std::find_if(cues.begin(), cues.end(), [&](const RawUrgencyCue& c) { return c.phrase == phrase; });
    return it == cues.end() ? nullptr : &*it;
}

bool has_heading(const LanguageProfile& profile, std::string_view heading) {
    const auto& headings = profile.resolution_headings;
    return std::find(headings.begin(), headings.end(), heading) != headings.end();
}

}  // namespace

TEST_CASE("each language's stopwords and greetings belong to that language only", "[language_profile]") {
    auto [lang, stopword, greeting, other_lang] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"en", "the", "regards", "nl"},
        {"en", "i've", "thanks", "de"},
        {"nl", "het", "bedankt", "en"},
        {"nl", "omdat", "mvg", "de"},
        {"de", "und", "grüsse", "nl"},
        {"de", "für", "mfg", "en"},
        {"fr", "qu", "cordialement", "es"},
        {"fr", "déjà", "plaît", "en"},
        {"es", "también", "saludos", "fr"},
        {"es", "qué", "antemano", "pt"},
        {"ja", "について", "よろしく", "en"},
        {"ja", "ください", "御中", "fr"},
    }));
    INFO(lang << ": " << stopword << " / " << greeting);
    const LanguageProfile& profile = language_profile(lang);
    CHECK(profile.is_stopword(stopword));
    CHECK(profile.is_greeting(greeting));
    CHECK_FALSE(profile.is_stopword(greeting));
    CHECK_FALSE(language_profile(other_lang).is_stopword(stopword));
    CHECK_FALSE(language_profile(other_lang).is_greeting(greeting));
}

TEST_CASE("Italian and Portuguese have stopwords but no greetings", "[language_profile]") {
    auto [lang, stopword] = GENERATE(table<std::string, std::string>({
        {"it", "della"}, {"it", "già"}, {"pt", "você"}, {"pt", "não"},
    }));
    INFO(lang << ": " << stopword);
    CHECK(language_profile(lang).is_stopword(stopword));
    CHECK(language_profile(lang).greetings.empty());
}

TEST_CASE("each language's urgency cues are in its own profile, with level and reason", "[language_profile]") {
    auto [lang, phrase, level, reason] = GENERATE(table<std::string, std::string, CueLevel, std::string>({
        {"en", "someone logged into my account", CueLevel::urgent, "security"},
        {"en", "trading standards", CueLevel::high, "legal"},
        {"nl", "ligt eruit", CueLevel::urgent, "outage"},
        {"nl", "geen verwarming", CueLevel::high, "time"},
        {"de", "überhitzung", CueLevel::urgent, "safety"},
        {"de", "abmahnung", CueLevel::high, "legal"},
        {"fr", "panne générale", CueLevel::urgent, "outage"},
        {"fr", "panne", CueLevel::high, "outage"},
        {"es", "brecha de datos", CueLevel::urgent, "security"},
        {"es", "sin calefacción", CueLevel::high, "time"},
        {"ja", "不正アクセス", CueLevel::urgent, "security"},
        {"ja", "至急", CueLevel::high, "time"},
    }));
    INFO(lang << ": " << phrase);
    const RawUrgencyCue* cue = find_cue(language_profile(lang), phrase);
    REQUIRE(cue);
    CHECK(cue->level == level);
    CHECK(cue->reason == reason);
    CHECK_FALSE(find_cue(language_profile(lang == "en" ? "nl" : "en"), phrase));
}

TEST_CASE("urgency cues keep their table order in each language", "[language_profile]") {
    auto [lang, count, first, last] = GENERATE(table<std::string, size_t, std::string, std::string>({
        // The raising cues, then the calm ones ("no rush").
        {"en", 45, "outage", "low priority"},
        {"nl", 35, "storing", "als jullie tijd hebben"},
        {"de", 34, "störung", "wenn sie zeit haben"},
        {"fr", 35, "panne générale", "quand vous aurez le temps"},
        {"es", 36, "caída", "cuando puedan"},
        {"ja", 22, "障害", "お時間のある時"},
    }));
    INFO(lang);
    const auto& cues = language_profile(lang).urgency_cues;
    REQUIRE(cues.size() == count);
    CHECK(cues.front().phrase == first);
    CHECK(cues.back().phrase == last);
}

TEST_CASE("languages without a cue table have no cues", "[language_profile]") {
    const std::string code = GENERATE("it", "pt", "ca", "bg", "zh", "xx");
    INFO(code);
    CHECK(language_profile(code).urgency_cues.empty());
}

TEST_CASE("each language names its resolution section, in normalised form", "[language_profile]") {
    auto [lang, heading] = GENERATE(table<std::string, std::string>({
        {"en", "how to fix"}, {"en", "workaround"}, {"nl", "oplossing"}, {"nl", "stappen"},
        {"de", "lösung"}, {"de", "loesung"}, {"fr", "résolution"}, {"fr", "étapes"},
        {"es", "solución"}, {"es", "pasos"}, {"it", "risoluzione"}, {"pt", "resolução"},
        {"ja", "解決方法"}, {"ja", "手順"},
    }));
    INFO(lang << ": " << heading);
    CHECK(has_heading(language_profile(lang), heading));
    const auto& all = all_resolution_headings();
    CHECK(std::count(all.begin(), all.end(), heading) == 1);
}

TEST_CASE("the resolution headings of all languages are their union, each name once", "[language_profile]") {
    std::set<std::string_view> expected;
    for (const LanguageProfile& profile : language_profiles()) expected.insert(profile.resolution_headings.begin(), profile.resolution_headings.end());
    const auto& all = all_resolution_headings();
    CHECK(std::set<std::string_view>(all.begin(), all.end()) == expected);
    CHECK(all.size() == expected.size());  // each once, though en and fr share "solution", en and nl "procedure"
    for (std::string_view name : {"resolution", "procedure", "steps to resolve", "oplossing", "vorgehensweise", "marche à suivre",
                                  "pasos a seguir", "解決方法", "対処法"}) {
        CHECK(expected.contains(name));
    }
}

TEST_CASE("each language knows its mail clients' signature and quoted-header lines", "[language_profile]") {
    auto [lang, prefix] = GENERATE(table<std::string, std::string>({
        {"en", "Sent from my"}, {"en", "-----Original Message"}, {"nl", "Verzonden vanaf mijn"},
        {"nl", "-----Oorspronkelijk bericht"}, {"de", "Von meinem"}, {"de", "-----Ursprüngliche Nachricht"},
        {"fr", "Envoyé depuis"}, {"fr", "-------- Message d'origine"}, {"es", "Enviado desde mi"},
        {"es", "-----Mensaje original"},
    }));
    INFO(lang << ": " << prefix);
    const auto& lines = language_profile(lang).signature_lines;
    CHECK(std::find(lines.begin(), lines.end(), prefix) != lines.end());
}

TEST_CASE("the signature line prefixes of all languages are exactly those the suggester strips", "[language_profile]") {
    // The prefixes strip_quoted_and_signature still lists itself (search/suggester.cpp; on
    // main since bb0220c, ends_message() in search/inquiry_cleaning.cpp).
    const std::multiset<std::string_view> suggester{
        "Sent from my", "Verstuurd vanaf mijn", "Verzonden vanaf mijn", "Von meinem",
        "Gesendet von", "Envoyé de mon", "Envoyé depuis", "Enviado desde mi",
        "-----Original Message", "-----Oorspronkelijk bericht", "-----Ursprüngliche Nachricht",
        "-------- Message d'origine", "-----Mensaje original"};
    const auto& all = all_signature_line_prefixes();
    CHECK(std::multiset<std::string_view>(all.begin(), all.end()) == suggester);
}

TEST_CASE("unknown codes get the neutral profile, never English's", "[language_profile]") {
    const std::string code = GENERATE("xx", "", "EN", "english", "en-GB");
    INFO("code '" << code << "'");
    CHECK(find_language_profile(code) == nullptr);
    const LanguageProfile& profile = language_profile(code);
    CHECK(profile.code.empty());
    CHECK_FALSE(profile.stemmed());
    CHECK_FALSE(profile.spaceless);
    CHECK_FALSE(profile.elision.elides_articles);
    CHECK(profile.stopwords.empty());
    CHECK(profile.greetings.empty());
    CHECK(profile.urgency_cues.empty());
    CHECK(profile.resolution_headings.empty());
    CHECK(profile.signature_lines.empty());
    CHECK_FALSE(profile.is_stopword("the"));
    CHECK_FALSE(profile.is_greeting("hello"));
}

TEST_CASE("a language known only by its basic facts has no word lists", "[language_profile]") {
    const std::string code = GENERATE("bg", "ca", "ko", "nb", "th", "zh");
    INFO(code);
    const LanguageProfile& profile = language_profile(code);
    CHECK(profile.code == code);
    CHECK(profile.stopwords.empty());
    CHECK(profile.greetings.empty());
}

TEST_CASE("French, Italian and Catalan elide articles, English only drops possessives", "[language_profile]") {
    auto [lang, head, elided] = GENERATE(table<std::string, std::string, bool>({
        {"fr", "l", true}, {"fr", "qu", true}, {"fr", "jusqu", true}, {"fr", "lorsqu", true},
        {"fr", "puisqu", true}, {"fr", "aujourd", false}, {"it", "dell", false}, {"it", "un", true},
        {"ca", "d", true}, {"ca", "puisqu", true}, {"en", "l", false}, {"xx", "l", false},
    }));
    INFO(lang << ": " << head);
    CHECK(language_profile(lang).elision.elides(head) == elided);
}

TEST_CASE("every registered language has a unique code and a name", "[language_profile]") {
    std::set<std::string_view> codes;
    for (const LanguageProfile& profile : language_profiles()) {
        INFO(profile.code);
        CHECK(codes.insert(profile.code).second);
        CHECK_FALSE(profile.name.empty());
        CHECK(find_language_profile(profile.code) == &profile);
    }
}

TEST_CASE("a profile's stemmer is the one Xapian picks for its code", "[language_profile]") {
    for (const LanguageProfile& profile : language_profiles()) {
        if (!profile.stemmed()) continue;
        INFO(profile.code << " → " << profile.snowball_stemmer);
        CHECK(Xapian::Stem(std::string(profile.snowball_stemmer)).get_description() ==
              Xapian::Stem(std::string(profile.code)).get_description());
    }
}

TEST_CASE("the language table is unchanged: 40 codes, in code order, with their facts", "[language_profile]") {
    const std::vector<std::string> expected{
        "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fi", "fr", "ga",
        "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ko", "lt", "lv", "nb", "ne",
        "nl", "no", "pl", "pt", "ro", "ru", "sk", "sv", "ta", "th", "tr", "zh"};
    CHECK(helpdex::analysis::known_language_codes() == expected);
    const std::set<std::string> unstemmed{"bg", "cs", "el", "et", "he", "hi", "hr", "is", "ja", "ko", "lv", "pl", "sk", "th", "zh"};
    const std::set<std::string> spaceless{"ja", "th", "zh"};
    for (const auto& code : expected) {
        INFO(code);
        const auto info = helpdex::analysis::find_language(code);
        REQUIRE(info);
        CHECK(info->code == code);
        CHECK(info->stemmed == (unstemmed.count(code) == 0));
        CHECK(info->spaceless == (spaceless.count(code) == 1));
    }
    CHECK(helpdex::analysis::find_language("nb")->name == "Norwegian Bokmål");
    CHECK_FALSE(helpdex::analysis::find_language("xx"));
}
