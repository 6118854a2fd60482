// Proves indexer/glossary: glossary.yaml read with clear errors, and its concepts reaching
// the term bridge over what was learnt.
#include <catch2/catch.hpp>

#include <algorithm>

#include "indexer/glossary.h"

using namespace helpdex;
using namespace helpdex::indexer;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.to_string());
    return lines;
}

bool translates(const bridge::TermBridge& bridge, const std::string& from, const std::string& term, const std::string& to,
                const std::string& target) {
    const auto list = bridge.translate(from, term, to);
    return std::any_of(list.begin(), list.end(), [&](const bridge::Translation& t) { return t.term == target; });
}

}  // namespace

TEST_CASE("a glossary's concepts translate every language's words into every other's", "[glossary]") {
    Diagnostics diagnostics;
    const Glossary glossary = parse_glossary(R"(
refund:
  en: [refund, money back]
  nl: terugbetaling
  de: [Rückerstattung]
  ja: [返金]
)",
                                             "glossary.yaml", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(glossary.concepts.size() == 1);
    CHECK(glossary.concepts[0].phrases.at("nl") == std::vector<std::string>{"terugbetaling"});

    analysis::Analyzer analyzer;
    bridge::TermBridge bridge;
    bridge.set("en", analyzer.stem("refund", "en"), "nl", {{"learnt-wrong", 0.9f}});
    apply_glossary(glossary, analyzer, bridge);
    const std::string refund = analyzer.stem("refund", "en");
    const std::string terugbetaling = analyzer.stem("terugbetaling", "nl");
    CHECK(translates(bridge, "en", refund, "nl", terugbetaling));
    CHECK_FALSE(translates(bridge, "en", refund, "nl", "learnt-wrong"));  // the editor wins
    CHECK(translates(bridge, "nl", terugbetaling, "en", refund));
    CHECK(translates(bridge, "nl", terugbetaling, "en", analyzer.stem("money", "en")));
    CHECK(translates(bridge, "de", analyzer.stem("rückerstattung", "de"), "en", refund));
    CHECK_FALSE(bridge.translate("en", refund, "ja").empty());
    CHECK_FALSE(bridge.translate("ja", analyzer.analyze("返金", "ja").front().term, "en").empty());
}

TEST_CASE("a bad glossary is reported with file, line and key, and its good concepts kept", "[glossary]") {
    Diagnostics diagnostics;
    const Glossary glossary = parse_glossary(R"(
refund:
  en: refund
  xx: something
lonely:
  en: [alone]
empty:
  en: ""
  nl: leeg
listed: [a, b]
card:
  en: card
  nl: [kaart, {nested: map}]
)",
                                             "glossary.yaml", diagnostics);
    const std::vector<std::string> expected = {
        "glossary.yaml:4: error: field 'refund.xx': \"xx\" is not a known language code",
        "glossary.yaml:2: warning: field 'refund': names fewer than two languages: it translates nothing",
        "glossary.yaml:5: warning: field 'lonely': names fewer than two languages: it translates nothing",
        "glossary.yaml:8: error: field 'empty.en': must be a word or phrase (or a list of them)",
        "glossary.yaml:7: warning: field 'empty': names fewer than two languages: it translates nothing",
        "glossary.yaml:10: error: field 'listed': must map language codes to words (en: [refund, money back])",
        "glossary.yaml:13: error: field 'card.nl': must be a word or phrase (or a list of them)",
    };
    CHECK(messages(diagnostics) == expected);
    REQUIRE(glossary.concepts.size() == 1);
    CHECK(glossary.concepts[0].name == "card");
}

TEST_CASE("a glossary that is not YAML, or not a mapping, is one error", "[glossary]") {
    Diagnostics diagnostics;
    CHECK(parse_glossary("refund: [unclosed", "glossary.yaml", diagnostics).empty());
    CHECK(parse_glossary("- a\n- b\n", "glossary.yaml", diagnostics).empty());
    CHECK(parse_glossary("", "glossary.yaml", diagnostics).empty());
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(diagnostics.all()[1].to_string() == "glossary.yaml:1: error: must map concept names to their words in each language");
}
