// Proves search/wording/spelling: dictionaries per language learnt from documents' words
// correct a customer's typo to the corpus's word in the inquiry's own language, and leave
// alone what is no typo (known words, words another language knows, short words, stems the
// index holds).
#include <catch2/catch.hpp>

#include <sstream>

#include "search/wording/lexicon.h"
#include "search/wording/spelling.h"
#include "support/test_support.h"

using namespace helpdex;
using helpdex::wording::Correction;
using helpdex::wording::SpellingCorrector;
using helpdex::wording::SpellingDictionaryWriter;

namespace {

// Each language's words, written twice over (words seen once are left out of a dictionary).
const std::vector<std::pair<std::string, std::string>> kDocuments = {
    {"en", "I forgot my password and cannot sign in to my subscription account"},
    {"nl", "Ik ben mijn wachtwoord vergeten en wil mijn abonnement opzeggen"},
    {"de", "Ich habe mein Passwort vergessen und möchte mein Abonnement kündigen"},
    {"fr", "J'ai oublié mon mot de passe et je veux résilier mon abonnement"},
    {"es", "Olvidé mi contraseña y quiero cancelar mi suscripción"},
    {"ja", "パスワードを忘れました"},
};

struct Dictionaries {
    test::TempDir dir;
    analysis::Analyzer analyzer;
    std::vector<std::string> languages;

    Dictionaries() {
        SpellingDictionaryWriter writer;
        for (int twice = 0; twice < 2; ++twice) {
            for (const auto& [lang, text] : kDocuments) writer.add(lang, analyzer.analyze(text, lang));
        }
        writer.add("en", analyzer.analyze("a single misspeled word", "en"));
        writer.write(dir.path());
        for (const auto& [lang, text] : kDocuments) languages.push_back(lang);
    }

    // The corrections of `text` read in `lang`, with an index that knows no term at all.
    std::vector<Correction> correct(const std::string& text, const std::string& lang) {
        SpellingCorrector corrector(dir.path());
        auto words = analyzer.analyze(text, lang);
        return corrector.correct(words, lang, languages, analyzer, [](const std::string&) { return false; });
    }
};

std::vector<std::pair<std::string, std::string>> pairs(const std::vector<Correction>& corrections) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& c : corrections) out.emplace_back(c.word, c.correction);
    return out;
}

}  // namespace

TEST_CASE("a typo is corrected to the corpus's word in the inquiry's language, for each spaced language", "[spelling]") {
    Dictionaries d;
    using P = std::vector<std::pair<std::string, std::string>>;
    CHECK(pairs(d.correct("forgot my pasword", "en")) == P{{"pasword", "password"}});
    CHECK(pairs(d.correct("abonement opzeggen", "nl")) == P{{"abonement", "abonnement"}});
    CHECK(pairs(d.correct("Passwort vergesen", "de")) == P{{"vergesen", "vergessen"}});
    CHECK(pairs(d.correct("resilier abonnement", "fr")) == P{{"resilier", "résilier"}});
    CHECK(pairs(d.correct("cancelar suscripcion", "es")) == P{{"suscripcion", "suscripción"}});
}

TEST_CASE("a corrected word is re-stemmed, so the query searches the corpus's term", "[spelling]") {
    Dictionaries d;
    SpellingCorrector corrector(d.dir.path());
    auto words = d.analyzer.analyze("abonement", "nl");
    corrector.correct(words, "nl", d.languages, d.analyzer, [](const std::string&) { return false; });
    REQUIRE(words.size() == 1);
    CHECK(words[0].word == "abonnement");
    CHECK(words[0].term == d.analyzer.stem("abonnement", "nl"));
}

TEST_CASE("what is no typo is left as written", "[spelling]") {
    Dictionaries d;
    SECTION("a word of the dictionary") { CHECK(d.correct("password subscription", "en").empty()); }
    SECTION("a word of another language of the index, by its word list (mixed-language inquiries)") {
        if (std::filesystem::exists(wording::word_list_directory() / "american-english")) {
            CHECK(d.correct("mijn password vergeten", "nl").empty());
        } else {
            WARN(test::kSkipped << "no /usr/share/dict/american-english: scripts/install-deps.sh installs wamerican");
        }
    }
    SECTION("words shorter than four letters, and words with digits") { CHECK(d.correct("pwd e401x", "en").empty()); }
    SECTION("a word too far from every known word") { CHECK(d.correct("xylophone", "en").empty()); }
    SECTION("a word whose stem the index holds") {
        SpellingCorrector corrector(d.dir.path());
        auto words = d.analyzer.analyze("pasword", "en");
        const auto known = [](const std::string& term) { return term == "pasword"; };
        CHECK(corrector.correct(words, "en", d.languages, d.analyzer, known).empty());
    }
    SECTION("a language written without spaces has no dictionary") {
        CHECK_FALSE(wording::corrects_spelling("ja"));
        CHECK_FALSE(std::filesystem::exists(wording::spelling_directory(d.dir.path(), "ja")));
        CHECK(d.correct("パスワド", "ja").empty());
    }
    SECTION("a language the index lacks") { CHECK(d.correct("senha esquecida", "pt").empty()); }
}

TEST_CASE("a word seen once in the documents is not a correction target", "[spelling]") {
    Dictionaries d;
    SpellingCorrector corrector(d.dir.path());
    CHECK(corrector.frequency("misspeled", "en") == 0);
    CHECK(corrector.frequency("password", "en") == 2);
    CHECK(corrector.frequency("password", "nl") == 0);
}

TEST_CASE("the corrected text replaces each corrected word where it was written", "[spelling]") {
    Dictionaries d;
    const std::string text = "Forgot my PASWORD, cancel my subscripton!";
    const auto corrections = d.correct(text, "en");
    REQUIRE(corrections.size() == 2);
    CHECK(wording::apply_corrections(text, corrections) == "Forgot my password, cancel my subscription!");
    CHECK(wording::apply_corrections(text, {}) == text);
}

TEST_CASE("a word typed without its accents gets the corpus's accented form, even far from it", "[spelling]") {
    Dictionaries d;
    using P = std::vector<std::pair<std::string, std::string>>;
    CHECK(pairs(d.correct("Passwort vergessen, Abonnement kundigen", "de")) == P{{"kundigen", "kündigen"}});
    CHECK(pairs(d.correct("olvide mi contrasena", "es")) == P{{"olvide", "olvidé"}, {"contrasena", "contraseña"}});
}

TEST_CASE("a real word of the language the corpus does not use is never corrected to a corpus word", "[spelling]") {
    if (!std::filesystem::exists(wording::word_list_directory() / "french")) {
        WARN(test::kSkipped << "no /usr/share/dict/french: scripts/install-deps.sh installs wfrench");
        return;
    }
    Dictionaries d;
    // "mon" and "passe" are corpus words; "mot" one letter from "mon" is a word of French.
    CHECK(d.correct("passe mot soir", "fr").empty());
}

TEST_CASE("spelling counts take back a document exactly, and read back as they were written", "[spelling]") {
    analysis::Analyzer analyzer;
    const auto counted = [](const SpellingDictionaryWriter& writer) {
        std::ostringstream out;
        writer.write_counts(out);
        return out.str();
    };
    SpellingDictionaryWriter once, twice;
    once.add("en", analyzer.analyze("password reset email", "en"));
    twice.add("en", analyzer.analyze("password reset email", "en"));
    twice.add("en", analyzer.analyze("refund email", "en"));
    twice.remove("en", analyzer.analyze("refund email", "en"));
    CHECK(counted(twice) == counted(once));
    CHECK(counted(once) == "en\temail\t1\nen\tpassword\t1\nen\treset\t1\n");

    std::istringstream written(counted(once));
    CHECK(counted(SpellingDictionaryWriter::read_counts(written)) == counted(once));
    std::istringstream broken("en\temail\n");
    CHECK_THROWS_WITH(SpellingDictionaryWriter::read_counts(broken), Catch::Contains("line 1"));
}
