// Proves indexer/check/content_check: empty articles, guides without steps, stale dates.
#include <catch2/catch.hpp>

#include "indexer/check/content_check.h"
#include "indexer/markdown.h"

using namespace helpdex;
using namespace helpdex::indexer;
using std::chrono::sys_days;

namespace {

const sys_days kToday = sys_days(std::chrono::year(2026) / 12 / 6);

struct Article {
    KbDocument document;
    DocumentKey key{"a", "", "a.md", "a.md", "en", "published"};

    Article(const std::string& type, const std::string& body, const std::string& updated = "2026-11-01") {
        document.type = type;
        document.body_markdown = body;
        document.steps = render_markdown(body).steps;
        document.updated = updated;
        key.updated_line = 7;
        key.body_line = 9;
    }

    std::vector<std::string> findings(int max_age_days = 365) const {
        CheckOptions options;
        options.today = kToday;
        options.max_age_days = max_age_days;
        Diagnostics diagnostics;
        check_article_content(document, key, outline_article(document.body_markdown), options, diagnostics);
        std::vector<std::string> lines;
        for (const auto& d : diagnostics.all()) lines.push_back(d.code + " " + d.to_string());
        return lines;
    }
};

}  // namespace

TEST_CASE("an article with text, steps and a recent date has no findings", "[check]") {
    CHECK(Article("troubleshooting", "Why.\n\n## Resolution\n1. Do this.\n2. Then that.\n").findings().empty());
    CHECK(Article("faq", "Just an answer, no steps needed.").findings().empty());
}

TEST_CASE("an article without text, or with headings only, is empty", "[check]") {
    const std::string expected = "empty-article a.md: warning: the article has no text besides its headings: nothing to show an agent";
    CHECK(Article("faq", "").findings() == std::vector<std::string>{expected});
    CHECK(Article("faq", "\n\n   \n").findings() == std::vector<std::string>{expected});
    CHECK(Article("faq", "## Symptoms\n\n## Resolution\n").findings() == std::vector<std::string>{expected});
    // An empty guide is reported as empty, not also as lacking steps.
    CHECK(Article("sop", "# Title only").findings() == std::vector<std::string>{expected});
    CHECK(Article("faq", "[a link](https://example.com)").findings().empty());
}

TEST_CASE("a troubleshooting guide or an SOP without a numbered list of steps is reported", "[check]") {
    const std::string bullets = "Why.\n\n## Resolution\n- Do this.\n- Then that.\n";
    CHECK(Article("troubleshooting", bullets).findings() ==
          std::vector<std::string>{"missing-steps a.md:9: warning: a troubleshooting guide without resolution steps: write them "
                                   "as a numbered list (1. 2. 3.) under a \"## Resolution\" heading"});
    CHECK(Article("sop", bullets).findings().at(0).starts_with("missing-steps a.md:9: warning: an SOP without resolution steps"));
    CHECK(Article("faq", bullets).findings().empty());
    CHECK(Article("known-issue", bullets).findings().empty());
}

TEST_CASE("a guide whose steps are only its first numbered list, under no resolution heading, gets a notice", "[check]") {
    const std::string expected = "steps-without-heading a.md:9: notice: no section is headed \"Resolution\" (or a name for it "
                                 "in the article's language): the steps shown are the body's first numbered list";
    CHECK(Article("sop", "Why.\n\n## What we do\n1. Do this.\n2. Then that.\n").findings() == std::vector<std::string>{expected});
    CHECK(Article("troubleshooting", "1. Do this.\n").findings() == std::vector<std::string>{expected});
    CHECK(Article("sop", "Why.\n\n## 2. Vorgehensweise:\n1. Do this.\n").findings().empty());
    CHECK(Article("sop", "Why.\n\n### 対処法\n1. Do this.\n").findings().empty());
    CHECK(Article("faq", "Why.\n\n1. A list, no steps needed.\n").findings().empty());
}

TEST_CASE("an article is stale once its updated date is more than the allowed days old", "[check]") {
    CHECK(Article("faq", "Text.", "2025-12-06").findings().empty());  // 365 days: still fine
    CHECK(Article("faq", "Text.", "2025-12-05").findings() ==
          std::vector<std::string>{"stale-article a.md:7: warning: field 'updated': 2025-12-05 is 366 days ago, more than 365 "
                                   "(--max-age-days): review the article and update the date"});
    CHECK(Article("faq", "Text.", "2026-11-01").findings(30) ==
          std::vector<std::string>{"stale-article a.md:7: warning: field 'updated': 2026-11-01 is 35 days ago, more than 30 "
                                   "(--max-age-days): review the article and update the date"});
    CHECK(Article("faq", "Text.", "").findings().empty());            // no date: nothing to count
    CHECK(Article("faq", "Text.", "2027-01-01").findings().empty());  // ahead of today
}

TEST_CASE("cases and unpublished articles are not held to an article's standard", "[check]") {
    Article draft("sop", "", "2020-01-01");
    draft.key.status = "draft";
    CHECK(draft.findings().empty());
    Article archived("troubleshooting", "Old text.", "2020-01-01");
    archived.key.status = "archived";
    CHECK(archived.findings().empty());
    Article case_record("case", "", "2020-01-01");
    case_record.key.is_article = false;
    CHECK(case_record.findings().empty());
}

TEST_CASE("a date is a day of the calendar", "[check]") {
    CHECK(calendar_day("2026-12-06") == kToday);
    CHECK(calendar_day("2024-02-29"));
    CHECK_FALSE(calendar_day("2026-02-29"));
    CHECK_FALSE(calendar_day("2026-13-01"));
    CHECK_FALSE(calendar_day("2026-1-01"));
    CHECK_FALSE(calendar_day("yesterday"));
}
