// Proves search/shown_document: what a hit shows, built from the indexer's analysis and packed.
#include <catch2/catch.hpp>

#include <set>

#include "search/shown_document.h"

using namespace helpdex;

namespace {

// A document's shown form as the indexer builds it: its snippet source analysed, its terms
// every non-stopword term of that analysis (here the only field).
ShownDocument shown_of(const KbDocument& d, analysis::Analyzer& analyzer) {
    const auto words = analyzer.analyze(d.snippet_source(), d.lang);
    std::set<std::string> terms;
    for (const auto& word : words) {
        if (!word.stopword) terms.insert(word.term);
    }
    return make_shown_document(d, words, {terms.begin(), terms.end()});
}

KbDocument document(const std::string& lang, const std::string& body) {
    KbDocument d;
    d.id = "kb-1";
    d.title = "A title";
    d.lang = lang;
    d.body_text = body;
    d.steps = {"Open the payment history.", "Refund the second charge."};
    d.escalation = Escalation{"Billing", "L2", "4h", "when the refund fails", ""};
    d.updated = "2026-08-02";
    d.resolution = "Refunded the duplicate charge; explained proration.";
    return d;
}

std::string snippet_for(const ShownDocument& shown, const std::vector<std::string>& query_terms) {
    std::unordered_set<uint32_t> ids;
    for (const auto& term : query_terms) {
        if (auto id = shown.find_term(term)) ids.insert(*id);
    }
    return make_snippet(shown.snippet_source, shown.words, ids);
}

}  // namespace

TEST_CASE("a shown document keeps the steps, the escalation and the snippet source", "[shown]") {
    analysis::Analyzer analyzer;
    const ShownDocument shown = shown_of(document("en", "The refund was charged twice."), analyzer);
    CHECK(shown.steps == std::vector<std::string>{"Open the payment history.", "Refund the second charge."});
    REQUIRE(shown.escalation);
    CHECK(shown.escalation->when == "when the refund fails");
    CHECK(shown.snippet_source == "The refund was charged twice.");
    CHECK(shown.words.size() == 5);
    CHECK(shown.words[0].term == SnippetWord::kNoTerm);  // "the": a stopword, never marked
    REQUIRE(shown.find_term("refund"));
    CHECK(shown.words[1].term == *shown.find_term("refund"));
    CHECK_FALSE(shown.find_term("zebra"));
}

TEST_CASE("a document without a body shows its title", "[shown]") {
    analysis::Analyzer analyzer;
    const ShownDocument shown = shown_of(document("en", ""), analyzer);
    CHECK(shown.snippet_source == "A title");
    CHECK(snippet_for(shown, {"titl"}) == "A <mark>title</mark>");
}

TEST_CASE("packing and unpacking give the same shown document", "[shown]") {
    analysis::Analyzer analyzer;
    const auto [lang, body] = GENERATE(table<std::string, std::string>({
        {"en", "The printers were printing blank pages; reprinting did not help."},
        {"de", "Die Überweisung ist nicht angekommen, die Kamera verbindet sich nicht."},
        {"ja", "パスワードのリセットメールが届きません"},
        {"en", ""},
    }));
    KbDocument d = document(lang, body);
    const ShownDocument original = shown_of(d, analyzer);
    const ShownDocument read = unpack_shown(pack_shown(original));
    CHECK(read.steps == original.steps);
    REQUIRE(read.escalation);
    CHECK(read.escalation->team == "Billing");
    CHECK(read.escalation->contact.empty());
    CHECK(read.updated == "2026-08-02");
    CHECK(read.resolution == "Refunded the duplicate charge; explained proration.");
    CHECK(read.snippet_source == original.snippet_source);
    CHECK(read.words == original.words);
    CHECK(read.terms == original.terms);
    d.escalation.reset();
    d.steps.clear();
    d.updated.clear();
    d.resolution.clear();
    const ShownDocument bare = unpack_shown(pack_shown(shown_of(d, analyzer)));
    CHECK_FALSE(bare.escalation);
    CHECK(bare.steps.empty());
    CHECK(bare.updated.empty());
    CHECK(bare.resolution.empty());
}

TEST_CASE("every form of the query's words is marked, in each language", "[shown]") {
    // The words are analysed as the index analysed them, so a stem that rewrites a word's
    // opening (Porter2's y → i, dropped umlauts and accents) still marks it.
    analysis::Analyzer analyzer;
    const auto [lang, body, word, marked] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"en", "Trying again did not help, I tried twice.", "try", "<mark>Trying</mark>"},
        {"de", "Die Überweisung ist nicht angekommen.", "überweisung", "<mark>Überweisung</mark>"},
        {"es", "El área de facturación no responde.", "área", "<mark>área</mark>"},
        {"nl", "Mijn betalingen zijn geweigerd.", "betaling", "<mark>betalingen</mark>"},
        {"fr", "Les paiements refusés apparaissent deux fois.", "paiement", "<mark>paiements</mark>"},
    }));
    INFO(lang << ": " << body);
    const ShownDocument shown = shown_of(document(lang, body), analyzer);
    const std::string term = analyzer.analyze(word, lang).at(0).term;
    CHECK(snippet_for(shown, {term}).find(marked) != std::string::npos);
}

TEST_CASE("a corrupt shown document is refused, never read past its end", "[shown]") {
    analysis::Analyzer analyzer;
    const std::string packed = pack_shown(shown_of(document("en", "The refund was charged twice."), analyzer));
    CHECK_THROWS_AS(unpack_shown(""), std::runtime_error);
    CHECK_THROWS_AS(unpack_shown("\x02"), std::runtime_error);  // another format
    for (size_t cut = 0; cut < packed.size(); ++cut) {
        INFO("cut at " << cut);
        CHECK_THROWS_AS(unpack_shown(packed.substr(0, cut)), std::runtime_error);
    }
    CHECK_THROWS_AS(unpack_shown(packed + "x"), std::runtime_error);
    std::string huge_count = packed.substr(0, 1) + "\xff\xff\xff\xff\x0f";
    CHECK_THROWS_AS(unpack_shown(huge_count), std::runtime_error);
}
