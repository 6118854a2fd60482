// Proves search/snippet: highlighted, HTML-safe excerpts.
#include <catch2/catch.hpp>

#include "search/snippet.h"

using namespace helpdex;

TEST_CASE("the snippet shows the passage with the query's words, marked", "[snippet]") {
    analysis::Analyzer analyzer;
    std::string text;
    for (int i = 0; i < 40; ++i) text += "filler" + std::to_string(i) + " ";
    text += "the refund arrives within five days ";
    for (int i = 0; i < 40; ++i) text += "tail" + std::to_string(i) + " ";
    const std::string snippet = make_snippet(text, "en", {analyzer.stem("refund", "en")}, analyzer, 12);
    CHECK(snippet.find("<mark>refund</mark>") != std::string::npos);
    CHECK(snippet.rfind("… ", 0) == 0);
    CHECK(snippet.find("filler0 ") == std::string::npos);
}

TEST_CASE("snippets are HTML-escaped", "[snippet]") {
    analysis::Analyzer analyzer;
    const std::string snippet = make_snippet("<script>alert(1)</script> refund & co", "en", {"refund"}, analyzer);
    CHECK(snippet.find("<script>") == std::string::npos);
    CHECK(snippet.find("&lt;/script&gt;") != std::string::npos);
    CHECK(snippet.find("&amp;") != std::string::npos);
}

TEST_CASE("without a match the snippet starts at the beginning", "[snippet]") {
    analysis::Analyzer analyzer;
    CHECK(make_snippet("First words of the text.", "en", {"zzz"}, analyzer).rfind("First words", 0) == 0);
}

TEST_CASE("a text analysed once gives the same snippets as one analysed per query", "[snippet]") {
    analysis::Analyzer analyzer;
    const std::string text = "Unplug the hub, wait ten seconds, then plug it back in. If the light stays amber, "
                             "reset the router and pair the hub again from the app.";
    TermIds ids;
    const std::vector<SnippetWord> words = analyse_for_snippet(text, "en", analyzer, ids);
    REQUIRE(words.size() == analyzer.analyze(text, "en").size());
    // The same word is the same term id; an unknown term has none.
    CHECK(ids.find(analyzer.stem("hub", "en")) == std::optional<uint32_t>(words[2].term));
    CHECK_FALSE(ids.find("zzz"));

    for (const std::vector<std::string>& query : {std::vector<std::string>{"router", "amber"}, {"pair", "app"}, {"zzz"}}) {
        std::unordered_set<std::string> terms;
        std::unordered_set<uint32_t> term_ids;
        for (const auto& word : query) {
            terms.insert(analyzer.stem(word, "en"));
            if (const auto id = ids.find(analyzer.stem(word, "en"))) term_ids.insert(*id);
        }
        CHECK(make_snippet(text, words, term_ids, 8) == make_snippet(text, "en", terms, analyzer, 8));
    }
    CHECK(make_snippet(text, words, {*ids.find(analyzer.stem("router", "en"))}, 8).find("<mark>router</mark>") !=
          std::string::npos);
}

TEST_CASE("a snippet analysed for the query alone is the one a fully analysed text gives", "[snippet]") {
    // Stemming only the words that open like a query term must not change what is marked.
    const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> cases = {
        {"en", "The printers were printing blank pages; reprinting did not help. Printing again after a restart worked.",
         {"printing", "pages", "restart"}},
        {"de", "Die Kameras verbinden sich nicht mehr. Nach dem Neustart der Kamera funktionierte die Verbindung.",
         {"Kamera", "Verbindung", "Neustart"}},
        {"fr", "Les paiements refusés apparaissent deux fois ; le paiement a été remboursé.", {"paiement", "remboursé"}},
        {"nl", "Mijn betalingen zijn geweigerd en de betaling is twee keer afgeschreven.", {"betaling", "geweigerd"}},
        {"es", "Las facturas duplicadas se corrigieron; la factura nueva llegó el lunes.", {"factura", "duplicadas"}},
    };
    analysis::Analyzer analyzer;
    for (const auto& [lang, text, query] : cases) {
        INFO(lang << ": " << text);
        std::unordered_set<std::string> terms;
        for (const auto& word : query) terms.insert(analyzer.analyze(word, lang).at(0).term);
        REQUIRE(terms.size() >= 2);
        TermIds ids;
        const auto words = analyse_for_snippet(text, lang, analyzer, ids);
        std::unordered_set<uint32_t> query_ids;
        for (const auto& term : terms) {
            if (const auto id = ids.find(term)) query_ids.insert(*id);
        }
        const std::string full = make_snippet(text, words, query_ids, 12);
        CHECK(make_snippet(text, lang, terms, analyzer, 12) == full);
        CHECK(query_ids.size() >= 2);  // the text holds the query's words
    }
}

TEST_CASE("words whose stem rewrites their opening are still marked", "[snippet]") {
    // Porter2 writes "try" as "tri"; German and Spanish stems drop umlauts and accents.
    analysis::Analyzer analyzer;
    const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
        {"en", "Trying again did not help, I tried twice.", "try"},
        {"de", "Die Überweisung ist nicht angekommen.", "überweisung"},
        {"es", "El área de facturación no responde.", "área"},
        {"nl", "Één betaling is mislukt.", "één"},
    };
    for (const auto& [lang, text, word] : cases) {
        INFO(lang << ": " << text);
        const std::string term = analyzer.analyze(word, lang).at(0).term;
        CHECK(make_snippet(text, lang, {term}, analyzer).find("<mark>") != std::string::npos);
    }
}
