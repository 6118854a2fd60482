// Proves search/analysis/analyzer: the one analysis shared by documents and inquiries.
#include <catch2/catch.hpp>

#include <algorithm>

#include "search/analysis/analyzer.h"

using helpdex::analysis::AnalyzedWord;
using helpdex::analysis::Analyzer;

namespace {

std::vector<std::string> terms_of(const std::vector<AnalyzedWord>& words, bool skip_stopwords = true) {
    std::vector<std::string> terms;
    for (const auto& w : words) {
        if (!skip_stopwords || !w.stopword) terms.push_back(w.term);
    }
    return terms;
}

bool same_term(Analyzer& analyzer, const std::string& a, const std::string& b, const std::string& lang) {
    auto ta = terms_of(analyzer.analyze(a, lang));
    auto tb = terms_of(analyzer.analyze(b, lang));
    return ta.size() == 1 && ta == tb;
}

}  // namespace

TEST_CASE("each language is stemmed with its own stemmer", "[analyzer]") {
    Analyzer analyzer;
    auto [lang, a, b] = GENERATE(table<std::string, std::string, std::string>({
        {"en", "charged", "charges"},
        {"en", "Refunds", "refunding"},
        {"nl", "afschrijvingen", "afschrijving"},
        {"nl", "betalingen", "betaling"},
        {"de", "Rechnungen", "Rechnung"},
        {"de", "Verbindungen", "Verbindung"},
        {"fr", "remboursements", "remboursement"},
        {"es", "facturas", "factura"},
    }));
    INFO(lang << ": " << a << " / " << b);
    CHECK(same_term(analyzer, a, b, lang));
}

TEST_CASE("stopwords are flagged per language, not across languages", "[analyzer]") {
    Analyzer analyzer;
    auto en = analyzer.analyze("the camera is offline", "en");
    REQUIRE(en.size() == 4);
    CHECK(en[0].stopword);
    CHECK_FALSE(en[1].stopword);
    // "die" is a Dutch/German article but an English verb.
    CHECK(analyzer.analyze("die", "de")[0].stopword);
    CHECK_FALSE(analyzer.analyze("die", "en")[0].stopword);
}

TEST_CASE("greetings are flagged so inquiries can drop them", "[analyzer]") {
    Analyzer analyzer;
    auto words = analyzer.analyze("Bonjour, merci d'avance. Cordialement", "fr");
    CHECK(std::all_of(words.begin(), words.end(), [](const AnalyzedWord& w) { return w.greeting || w.stopword; }));
}

TEST_CASE("French elisions keep the noun", "[analyzer]") {
    Analyzer analyzer;
    auto words = analyzer.analyze("l'écran d’accueil", "fr");
    REQUIRE(words.size() == 2);
    CHECK(words[0].word == "écran");
    CHECK(words[1].word == "accueil");
}

TEST_CASE("error codes are one term whether or not the hyphen is typed", "[analyzer]") {
    Analyzer analyzer;
    CHECK(terms_of(analyzer.analyze("Error E-104 on my thermostat", "en")) ==
          terms_of(analyzer.analyze("error e104 on my thermostat", "en")));
    auto words = analyzer.analyze("code E-104", "en");
    REQUIRE(words.size() == 2);
    CHECK(words[1].word == "e104");
    CHECK(words[1].begin == 5);
    CHECK(words[1].end == 10);
}

TEST_CASE("Japanese text is broken into words, not kept as one run", "[analyzer]") {
    Analyzer analyzer;
    auto words = analyzer.analyze("パスワードをリセットできません", "ja");
    auto terms = terms_of(words);
    CHECK(std::find(terms.begin(), terms.end(), "パスワード") != terms.end());
    CHECK(std::find(terms.begin(), terms.end(), "リセット") != terms.end());
    // Particles are stopwords.
    CHECK(std::any_of(words.begin(), words.end(), [](const AnalyzedWord& w) { return w.word == "を" && w.stopword; }));
}

TEST_CASE("Cyrillic and Greek words are tokenised and folded", "[analyzer]") {
    Analyzer analyzer;
    auto ru = analyzer.analyze("Камера не работает", "ru");
    REQUIRE(ru.size() == 3);
    CHECK(ru[0].word == "камера");
    auto el = analyzer.analyze("Η ΚΆΜΕΡΑ", "el");
    REQUIRE(el.size() == 2);
    CHECK(el[1].term == "κάμερα");  // Greek has no stemmer: the folded word is the term
}

TEST_CASE("word offsets point into the original text", "[analyzer]") {
    Analyzer analyzer;
    const std::string text = "Héllo, wörld!";
    auto words = analyzer.analyze(text, "en");
    REQUIRE(words.size() == 2);
    CHECK(text.substr(words[1].begin, words[1].end - words[1].begin) == "wörld");
    CHECK(words[0].position == 1);
    CHECK(words[1].position == 2);
}

TEST_CASE("unknown languages are analysed without stemming rather than refused", "[analyzer]") {
    Analyzer analyzer;
    auto words = analyzer.analyze("Charges", "xx");
    REQUIRE(words.size() == 1);
    CHECK(words[0].term == "charges");
}
