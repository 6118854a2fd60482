// Proves indexer/check/translation_check (through cross_check, which runs its errors): ids and
// translation groups, over documents' keys.
#include <catch2/catch.hpp>

#include "indexer/check/translation_check.h"
#include "indexer/corpus_reader.h"

using namespace helpdex::indexer;

namespace {

// An article in `lang`, translating `original` ("" for an original), with its fields on
// lines 2 (id), 3 (lang) and 4 (translation_of).
DocumentKey article(const std::string& id, const std::string& lang, const std::string& original = "",
                    const std::string& status = "published") {
    DocumentKey key{id, original, id + ".md", id + ".md", lang, status};
    key.id_line = 2;
    key.lang_line = 3;
    key.translation_line = 4;
    return key;
}

std::vector<std::string> lines_of(const Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.code + " " + d.to_string());
    return lines;
}

// What the indexer's cross-document checks make of `keys`: the errors, and which pass.
std::vector<bool> checked(const std::vector<DocumentKey>& keys, Diagnostics& diagnostics) { return cross_check(keys, diagnostics); }

}  // namespace

TEST_CASE("a well-formed translation group passes", "[check]") {
    Diagnostics diagnostics;
    const auto keep = checked({article("a", "en"), article("a-nl", "nl", "a"), article("a-de", "de", "a")}, diagnostics);
    CHECK(diagnostics.all().empty());
    CHECK(keep == std::vector<bool>{true, true, true});
}

TEST_CASE("a second document with an id is an error; the first keeps it", "[check]") {
    Diagnostics diagnostics;
    const auto keep = checked({article("a", "en"), article("b", "en"), article("a", "nl")}, diagnostics);
    CHECK(lines_of(diagnostics) == std::vector<std::string>{"duplicate-id a.md:2: error: field 'id': \"a\" is already used by a.md"});
    CHECK(keep == std::vector<bool>{true, true, false});
}

TEST_CASE("a translation of no document is an error", "[check]") {
    Diagnostics diagnostics;
    const auto keep = checked({article("a-nl", "nl", "a")}, diagnostics);
    CHECK(lines_of(diagnostics) == std::vector<std::string>{
                                       "translation-missing-target a-nl.md:4: error: field 'translation_of': \"a\" is not the id of any document"});
    CHECK(keep == std::vector<bool>{false});
}

TEST_CASE("a translation of a translation is a chain, named to its original", "[check]") {
    Diagnostics diagnostics;
    const auto keep = checked({article("a", "en"), article("b", "nl", "a"), article("c", "de", "b"), article("d", "fr", "c")}, diagnostics);
    CHECK(lines_of(diagnostics) ==
          std::vector<std::string>{
              "translation-chain c.md:4: error: field 'translation_of': \"b\" is itself a translation; name the original (\"a\")",
              "translation-chain d.md:4: error: field 'translation_of': \"c\" is itself a translation; name the original (\"a\")"});
    CHECK(keep == std::vector<bool>{true, true, false, false});
}

TEST_CASE("two documents translating each other are a cycle, both reported", "[check]") {
    Diagnostics diagnostics;
    const auto keep = checked({article("a", "en", "b"), article("b", "nl", "a")}, diagnostics);
    CHECK(lines_of(diagnostics) ==
          std::vector<std::string>{"translation-cycle a.md:4: error: field 'translation_of': the translations form a cycle "
                                   "(a → b → a); the original is the one without translation_of",
                                   "translation-cycle b.md:4: error: field 'translation_of': the translations form a cycle "
                                   "(b → a → b); the original is the one without translation_of"});
    CHECK(keep == std::vector<bool>{false, false});
}

TEST_CASE("a cycle of three is reported on each member, and one leading into it as a chain", "[check]") {
    Diagnostics diagnostics;
    checked({article("a", "en", "c"), article("b", "nl", "a"), article("c", "de", "b"), article("x", "fr", "a")}, diagnostics);
    const auto lines = lines_of(diagnostics);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "translation-cycle a.md:4: error: field 'translation_of': the translations form a cycle (a → c → b → a); "
                      "the original is the one without translation_of");
    CHECK(lines[3] == "translation-chain x.md:4: error: field 'translation_of': \"a\" is itself a translation; name the original");
}

TEST_CASE("a published translation of a draft is an error; a draft translation of one is not", "[check]") {
    Diagnostics diagnostics;
    const auto keep = checked({article("a", "en", "", "draft"), article("a-nl", "nl", "a"), article("a-de", "de", "a", "draft")},
                              diagnostics);
    CHECK(lines_of(diagnostics) ==
          std::vector<std::string>{"translation-of-draft a-nl.md:4: error: field 'translation_of': \"a\" is a draft, never "
                                   "served: publish it first, or keep this translation a draft too"});
    CHECK(keep == std::vector<bool>{true, false, true});
}

TEST_CASE("a second published version in one language is an error, whatever the corpus order", "[check]") {
    Diagnostics diagnostics;
    // The second English version comes first in the corpus: the original still keeps English.
    const auto keep = checked({article("a-en2", "en", "a"), article("a", "en"), article("a-nl", "nl", "a"), article("a-nl2", "nl", "a")},
                              diagnostics);
    CHECK(lines_of(diagnostics) ==
          std::vector<std::string>{"translation-duplicate-language a-en2.md:3: error: field 'lang': the translation group of \"a\" "
                                   "already has a version in en: \"a\" (a.md)",
                                   "translation-duplicate-language a-nl2.md:3: error: field 'lang': the translation group of \"a\" "
                                   "already has a version in nl: \"a-nl\" (a-nl.md)"});
    CHECK(keep == std::vector<bool>{false, true, true, false});
}

TEST_CASE("a draft or archived version beside a published one in its language is no conflict", "[check]") {
    Diagnostics diagnostics;
    checked({article("a", "en"), article("a-nl", "nl", "a"), article("a-nl-next", "nl", "a", "draft"),
             article("a-nl-old", "nl", "a", "archived")},
            diagnostics);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a group lacking a language other articles are translated into gets a notice on its original", "[check]") {
    std::vector<DocumentKey> keys = {article("a", "en"), article("a-nl", "nl", "a"), article("a-ja", "ja", "a"),
                                     article("b", "en"), article("b-nl", "nl", "b"), article("c", "en"),
                                     article("d", "de", "", "draft"), article("e-fr", "fr", "e")};
    keys.push_back(article("case-1", "es"));
    keys.back().is_article = false;  // a case's language is not an article language
    Diagnostics diagnostics;
    report_missing_translations(keys, std::vector<bool>(keys.size(), true), diagnostics);
    // a has every language; fr is only in a translation of no document, which the keep
    // below would leave out: here it counts, and e has no original to report on.
    CHECK(lines_of(diagnostics) ==
          std::vector<std::string>{
              "translation-missing-language a.md: notice: its translation group has no version in fr, a language other articles are translated into",
              "translation-missing-language b.md: notice: its translation group has no version in fr, ja, languages other articles are translated into",
              "translation-missing-language c.md: notice: its translation group has no version in fr, ja, nl, languages other articles are translated into"});

    Diagnostics kept_only;
    std::vector<bool> keep(keys.size(), true);
    keep[7] = false;  // e-fr, refused for translating nothing
    report_missing_translations(keys, keep, kept_only);
    REQUIRE(kept_only.all().size() == 2);
    CHECK(kept_only.all()[0].message == "its translation group has no version in ja, a language other articles are translated into");
}

TEST_CASE("a corpus that translates nothing has no translation gaps, whatever its languages", "[check]") {
    Diagnostics diagnostics;
    report_missing_translations({article("a", "en"), article("b", "en")}, {true, true}, diagnostics);
    report_missing_translations({article("a", "en"), article("b", "de"), article("c", "fr")}, {true, true, true}, diagnostics);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a language only originals are written in is no gap of the others' groups", "[check]") {
    Diagnostics diagnostics;
    report_missing_translations({article("a", "en"), article("a-nl", "nl", "a"), article("b", "de"), article("b-nl", "nl", "b")},
                                {true, true, true, true}, diagnostics);
    CHECK(diagnostics.all().empty());
}
