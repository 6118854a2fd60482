// Proves cli/check_command by running `helpdex check` and `helpdex index`: exit codes, the
// compiler-style and JSON outputs, the flags, and the check's findings in index output.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/run_helpdex.h"
#include "support/test_support.h"

using namespace helpdex;
using test::run_helpdex;

namespace {

std::string lint_corpus() { return "'" + test::fixture("lint-corpus").string() + "'"; }

// A corpus of one article, published, with what `front_matter` adds and `body`.
void write_article(const std::filesystem::path& corpus, const std::string& front_matter, const std::string& body) {
    test::write_file(corpus / "articles/a.md", "---\nid: a\ntype: faq\ntitle: A\nlang: en\ncategory: billing\n" + front_matter +
                                                   "---\n" + body);
    test::write_file(corpus / "routing.yaml", "default:\n  team: Desk\ncategories:\n  billing:\n    team: Billing\n");
}

}  // namespace

TEST_CASE("check exits 0 without errors, 1 with errors, 1 with warnings only under --warnings-as-errors", "[cli][check]") {
    test::TempDir dir;
    write_article(dir / "clean", "updated: 2026-11-01\n", "Text.\n");
    write_article(dir / "stale", "updated: 2020-01-01\n", "Text.\n");
    write_article(dir / "broken", "updated: 2026-11-01\ncatgory: billing\n", "Text.\n");
    const std::string today = " --today 2026-12-06";

    const auto clean = run_helpdex("check '" + (dir / "clean").string() + "'" + today);
    CHECK(clean.exit_code == 0);
    CHECK(clean.output == (dir / "clean").string() + ": 0 errors, 0 warnings, 0 notices\n");

    const auto stale = run_helpdex("check '" + (dir / "stale").string() + "'" + today);
    CHECK(stale.exit_code == 0);
    CHECK(stale.output == (dir / "stale").string() +
                              "/articles/a.md:7: warning: field 'updated': 2020-01-01 is 2531 days ago, more than 365 "
                              "(--max-age-days): review the article and update the date\n" +
                              (dir / "stale").string() + ": 0 errors, 1 warning, 0 notices\n");
    CHECK(run_helpdex("check '" + (dir / "stale").string() + "'" + today + " --warnings-as-errors").exit_code == 1);
    CHECK(run_helpdex("check '" + (dir / "stale").string() + "'" + today + " --max-age-days 3000").output.ends_with(
        ": 0 errors, 0 warnings, 0 notices\n"));

    const auto broken = run_helpdex("check '" + (dir / "broken").string() + "/'" + today);
    CHECK(broken.exit_code == 1);
    CHECK(broken.output == (dir / "broken").string() +
                               "/articles/a.md:8: error: field 'catgory': unknown field; did you mean 'category'?\n" +
                               (dir / "broken").string() + ": 1 error, 0 warnings, 0 notices\n");
}

TEST_CASE("check exits 2 on a usage error or a corpus it cannot read", "[cli][check]") {
    for (const std::string arguments :
         {"check /nonexistent/helpdex", "check", "check . --format xml", "check . --today 2026-02-30", "check . --max-age-days 0",
          "check . --near-duplicate-similarity 1.5", "check . --no-such-flag"}) {
        INFO(arguments);
        CHECK(run_helpdex(arguments).exit_code == 2);
    }
    test::TempDir dir;
    test::write_file(dir / "corpus/articles/a.md", "---\nid: a\n---\n");
    std::filesystem::permissions(dir / "corpus/articles/a.md", std::filesystem::perms::none);
    if (std::FILE* readable = std::fopen((dir / "corpus/articles/a.md").c_str(), "r")) {
        std::fclose(readable);  // running as root: every file is readable
    } else {
        const auto unreadable = run_helpdex("check '" + (dir / "corpus").string() + "'");
        CHECK(unreadable.exit_code == 2);
        CHECK(unreadable.output.starts_with("helpdex check: "));
    }
}

TEST_CASE("check --format json prints one document with every diagnostic and the counts", "[cli][check]") {
    const auto run = run_helpdex("check " + lint_corpus() + " --today 2026-12-06 --format json");
    CHECK(run.exit_code == 1);
    const auto report = nlohmann::json::parse(run.output);
    CHECK(report["errors"] == 11);
    CHECK(report["warnings"] == 8);
    CHECK(report["notices"] == 4);
    REQUIRE(report["diagnostics"].size() == 23);
    CHECK(report["diagnostics"][0] == nlohmann::json::parse(R"({"severity": "error", "file": "articles/billing/bad-keys.en.md",
        "line": 7, "field": "catgory", "code": "unknown-key", "message": "unknown field; did you mean 'category'?"})"));
    CHECK(report["diagnostics"][2] == nlohmann::json::parse(R"({"severity": "warning", "file": "articles/billing/card-declined.nl.md",
        "line": null, "field": null, "code": "empty-article",
        "message": "the article has no text besides its headings: nothing to show an agent"})"));
}

TEST_CASE("index prints the check's warnings, counts its notices, and fails under --strict for errors only", "[cli][check]") {
    test::TempDir dir;
    write_article(dir / "corpus", "updated: 2020-01-01\n", "Text.\n");
    test::write_file(dir / "corpus/articles/a.nl.md", "---\nid: a-nl\ntype: faq\ntitle: A\nlang: nl\ncategory: billing\n"
                                                      "translation_of: a\n---\nTekst.\n");
    test::write_file(dir / "corpus/articles/b.md", "---\nid: b\ntype: faq\ntitle: B\nlang: en\ncategory: billing\n---\nOther text.\n");
    const std::string corpus = (dir / "corpus").string();
    const auto run = run_helpdex("index '" + corpus + "' --db '" + (dir / "index").string() + "' --strict --today 2026-12-06");
    CHECK(run.exit_code == 0);
    CHECK(run.output.starts_with(corpus + "/articles/a.md:7: warning: field 'updated': 2020-01-01 is 2531 days ago, more than 365 "
                                          "(--max-age-days): review the article and update the date\n" +
                                 corpus + ": 1 notice (helpdex check " + corpus + " lists them)\n" + "indexed 3 documents"));
}
