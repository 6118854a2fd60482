// Proves search/wording/synonyms: an editor's synonyms.yaml is read with its problems named
// by line, its phrases are found in an inquiry and searched as one word with the inquiry's
// own, and the file is re-read when it changes — a broken edit keeps the synonyms in use.
#include <catch2/catch.hpp>

#include <fstream>
#include <thread>

#include "search/query_plan.h"
#include "search/wording/synonyms.h"
#include "support/test_support.h"

using namespace helpdex;
using helpdex::wording::SynonymProblem;
using helpdex::wording::Synonyms;
using helpdex::wording::SynonymsFile;

namespace {

constexpr const char* kFile = R"(# customers' words
nl:
  - [op slot, geblokkeerd, vergrendeld]
  - [wifi, wlan]
en:
  - [pw, password]
)";

Synonyms parse_ok(const std::string& yaml) {
    std::vector<SynonymProblem> problems;
    auto synonyms = Synonyms::parse(yaml, "synonyms.yaml", problems);
    REQUIRE(problems.empty());
    REQUIRE(synonyms);
    return *synonyms;
}

// The query terms of `text` in `lang`, with the synonyms' alternatives.
QueryTerms expanded(const Synonyms& synonyms, const std::string& text, const std::string& lang) {
    analysis::Analyzer analyzer;
    const auto words = analyzer.analyze(text, lang);
    QueryTerms terms = collect_query_terms(words, WordChoice::content_words);
    synonyms.expand(terms, words, lang);
    return terms;
}

}  // namespace

TEST_CASE("a phrase of a group found in the inquiry brings the group's other phrases", "[synonyms]") {
    const Synonyms synonyms = parse_ok(kFile);
    CHECK(synonyms.group_count() == 3);
    analysis::Analyzer analyzer;
    const std::string slot = analyzer.stem("slot", "nl");
    const QueryTerms terms = expanded(synonyms, "Mijn account zit op slot", "nl");
    REQUIRE(terms.alternatives.count(slot) == 1);
    CHECK(terms.alternatives.at(slot) ==
          std::vector<std::vector<std::string>>{{analyzer.stem("geblokkeerd", "nl")}, {analyzer.stem("vergrendeld", "nl")}});
    SECTION("the query searches the term and its alternatives as one synonym group") {
        const std::string query = build_text_query(terms).get_description();
        CHECK(query.find("SYNONYM") != std::string::npos);
        CHECK(query.find(analyzer.stem("geblokkeerd", "nl")) != std::string::npos);
    }
    SECTION("a single word brings the phrases of its group, in the inquiry's language only") {
        CHECK(expanded(synonyms, "geblokkeerd account", "nl").alternatives.size() == 1);
        CHECK(expanded(synonyms, "forgot my pw", "en").alternatives.at("pw") ==
              std::vector<std::vector<std::string>>{{"password"}});
        CHECK(expanded(synonyms, "forgot my pw", "nl").alternatives.empty());
        CHECK(expanded(synonyms, "slot machine", "nl").alternatives.empty());  // "slot" alone is not "op slot"
    }
}

TEST_CASE("problems in synonyms.yaml are named by line and skip only what they concern", "[synonyms]") {
    std::vector<SynonymProblem> problems;
    const auto synonyms = Synonyms::parse("nl:\n  - [op slot]\n  - [wifi, wlan]\nxx:\n  - [a, b]\nen: pw\n", "s.yaml", problems);
    REQUIRE(synonyms);
    CHECK(synonyms->group_count() == 1);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].to_string() == "s.yaml:2: nl: a group must list two or more words or phrases that analyse differently (words stemmed alike already match each other)");
    CHECK(problems[1].to_string() == "s.yaml:4: \"xx\" is not a known language code");
    CHECK(problems[2].line == 6);
    SECTION("a file that is not YAML, or not a map, gives nothing to use") {
        std::vector<SynonymProblem> bad;
        CHECK_FALSE(Synonyms::parse("nl: [unclosed", "s.yaml", bad));
        CHECK_FALSE(Synonyms::parse("- just a list", "s.yaml", bad));
        CHECK(bad.size() == 2);
        CHECK(Synonyms::parse("", "s.yaml", bad)->empty());  // an empty file is no synonyms, not an error
    }
}

TEST_CASE("the synonyms file is re-read when it changes, and a broken edit keeps the last good one", "[synonyms]") {
    test::TempDir dir;
    SynonymsFile file(dir / "synonyms.yaml");
    CHECK_FALSE(file.refresh().reread);  // absent, and still absent
    CHECK(file.current()->empty());

    test::write_file(dir / "synonyms.yaml", kFile);
    auto refresh = file.refresh();
    CHECK(refresh.reread);
    CHECK(refresh.problems.empty());
    CHECK(file.current()->group_count() == 3);
    CHECK_FALSE(file.refresh().reread);  // unchanged

    const auto in_use = file.current();
    test::write_file(dir / "synonyms.yaml", "nl: [unclosed");
    refresh = file.refresh();
    CHECK(refresh.reread);
    REQUIRE(refresh.problems.size() == 1);
    CHECK(file.current() == in_use);

    std::filesystem::remove(dir / "synonyms.yaml");
    CHECK(file.refresh().reread);
    CHECK(file.current()->empty());
}
