// Proves indexer/corpus_reader: a whole corpus folder, every problem reported at once.
#include <catch2/catch.hpp>

#include <algorithm>

#include "indexer/corpus_reader.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::indexer;

TEST_CASE("a broken corpus reports every error with file, line and field", "[corpus]") {
    Diagnostics diagnostics;
    const Corpus corpus = read_corpus(test::fixture("broken-corpus"), diagnostics);
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.to_string());
    std::sort(lines.begin(), lines.end());
    const std::vector<std::string> expected = {
        "articles/bad-escalation.md:7: error: field 'escalation': sla \"soon\" is not a duration such as 30m, 4h, 1d or 2w",
        "articles/bad-translation.md:7: error: field 'translation_of': \"no-such-article\" is not the id of any document",
        "articles/bad-values.md:3: error: field 'type': \"tutorial\" is not one of known-issue, troubleshooting, sop, faq, case",
        "articles/bad-values.md:5: error: field 'lang': \"xx\" is not a supported language (use a lower-case ISO 639-1 code such as en, nl, de, fr, es, ja)",
        "articles/bad-values.md:6: error: field 'category': \"Billing/Refunds\" must be a slash path of lower-case segments such as billing/refunds",
        "articles/bad-values.md:7: error: field 'priority': \"asap\" is not one of low, normal, high, urgent",
        "articles/bad-values.md:8: error: field 'updated': \"2026-13-01\" is not a date YYYY-MM-DD",
        "articles/bad-values.md:9: error: field 'catgory': unknown field; did you mean 'category'?",
        "articles/bad-yaml.md:4: error: front matter is not valid YAML: end of sequence flow not found",
        "articles/missing-fields.md:1: error: field 'category': is required",
        "articles/missing-fields.md:1: error: field 'lang': is required",
        "articles/no-front-matter.md:1: error: missing front matter: the file must start with a line '---'",
        "cases/cases.jsonl:2: error: not valid JSON: parse error at line 1, column 37: syntax error while parsing object key - unexpected end of input; expected string literal",
        "cases/cases.jsonl:3: error: field 'type': must be \"case\" in cases/*.jsonl, not \"faq\"",
        "cases/cases.jsonl:4: error: field 'id': \"good-article\" is already used by articles/good.md",
        "cases/cases.jsonl:5: error: field 'body': is required",
        "routing.yaml:5: error: field 'categories.billing.sla.urgent': \"soon\" is not a duration such as 30m, 4h, 1d or 2w",
    };
    CHECK(lines == expected);
    // The valid documents survive next to the broken ones.
    std::vector<std::string> ids;
    for (const auto& d : corpus.documents) ids.push_back(d.id);
    CHECK(ids == std::vector<std::string>{"good-article", "case-ok"});
    CHECK(corpus.skipped == 10);
}

TEST_CASE("the fixture corpus reads cleanly, with its routing table", "[corpus]") {
    Diagnostics diagnostics;
    const Corpus corpus = read_corpus(test::fixture("small-corpus"), diagnostics);
    CHECK(diagnostics.all().empty());
    CHECK(corpus.documents.size() == 13);
    CHECK(corpus.skipped == 0);
    REQUIRE(corpus.routing.resolve("billing/refunds"));
    CHECK(corpus.routing.resolve("billing/refunds")->team == "Refund Desk");
}

TEST_CASE("hidden files and folders are ignored", "[corpus]") {
    test::TempDir dir;
    test::write_file(dir / "articles/_drafts/x.md", "not even front matter");
    test::write_file(dir / "articles/.notes.md", "nor this");
    test::write_file(dir / "articles/a.md", "---\nid: a\ntype: faq\ntitle: T\nlang: en\ncategory: x\n---\nBody\n");
    Diagnostics diagnostics;
    const Corpus corpus = read_corpus(dir.path(), diagnostics);
    CHECK(corpus.documents.size() == 1);
    // Only the missing routing table is mentioned, as a warning.
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].severity == Diagnostic::Severity::warning);
    CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("a translation must name an original, not another translation", "[corpus]") {
    test::TempDir dir;
    const std::string head = "---\ntype: faq\ntitle: T\ncategory: x\n";
    test::write_file(dir / "articles/a.md", head + "id: a\nlang: en\n---\n");
    test::write_file(dir / "articles/b.md", head + "id: b\nlang: nl\ntranslation_of: a\n---\n");
    test::write_file(dir / "articles/c.md", head + "id: c\nlang: de\ntranslation_of: b\n---\n");
    Diagnostics diagnostics;
    const Corpus corpus = read_corpus(dir.path(), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].to_string() ==
          "articles/c.md:7: error: field 'translation_of': \"b\" is itself a translation; name the original (\"a\")");
    CHECK(corpus.documents.size() == 2);
}

TEST_CASE("a corpus path that is not a folder is an error", "[corpus]") {
    Diagnostics diagnostics;
    CHECK_THROWS_WITH(read_corpus("/nonexistent/helpdex", diagnostics), Catch::Contains("is not a folder"));
}

TEST_CASE("a misspelt routing key is named with the key it most likely means", "[corpus]") {
    Diagnostics diagnostics;
    CHECK_FALSE(parse_routing("default:\n  taem: Desk\n  team: Desk\n  phone: 112\ncatgories: {}\n", "routing.yaml", diagnostics));
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.code + " " + d.to_string());
    CHECK(lines == std::vector<std::string>{
                       "unknown-key routing.yaml:2: error: field 'default.taem': unknown key; did you mean 'team'?",
                       "unknown-key routing.yaml:4: error: field 'default.phone': unknown key (expected team, path, sla)",
                       "unknown-key routing.yaml:5: error: field 'catgories': unknown key; did you mean 'categories'?"});
}
