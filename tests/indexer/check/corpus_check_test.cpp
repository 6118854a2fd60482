// Proves indexer/check/corpus_check through check_folder: a fixture corpus with every
// problem the check knows, reported exactly and in order, and the bundled corpus clean.
#include <catch2/catch.hpp>

#include "indexer/index_folder.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::indexer;

namespace {

CheckOptions as_of_2026_12_06() {
    CheckOptions options;
    options.today = std::chrono::sys_days(std::chrono::year(2026) / 12 / 6);
    return options;
}

std::vector<std::string> lines_of(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> lines;
    for (const auto& d : diagnostics) lines.push_back(d.code + " " + d.to_string());
    return lines;
}

}  // namespace

TEST_CASE("a corpus with every problem the check knows reports each, by file and line", "[check]") {
    const std::vector<std::string> expected = {
        "unknown-key articles/billing/bad-keys.en.md:7: error: field 'catgory': unknown field; did you mean 'category'?",
        "unknown-key articles/billing/bad-keys.en.md:8: error: field 'colour': unknown field (check its spelling; see docs/corpus-format.md)",
        "empty-article articles/billing/card-declined.nl.md: warning: the article has no text besides its headings: nothing to show an agent",
        "translation-missing-language articles/billing/invoice-copy.en.md: notice: its translation group has no version in nl, a language other articles are translated into",
        "stale-article articles/billing/invoice-copy.en.md:7: warning: field 'updated': 2024-06-30 is 889 days ago, more than 365 (--max-age-days): review the article and update the date",
        "translation-missing-target articles/billing/refund.de.md:7: error: field 'translation_of': \"lc-refund-policy\" is not the id of any document",
        "broken-link articles/billing/refund.en.md:16: warning: link \"refund-old.en.md\" leads to no article (articles/billing/refund-old.en.md)",
        "broken-link articles/billing/refund.en.md:17: warning: link \"lc-chargebacks\" leads to no document: no id is \"lc-chargebacks\"",
        "broken-link articles/billing/refund.en.md:18: warning: link \"../devices/chime.en.md\" leads to \"lc-chime\", which is a draft: never served",
        "translation-duplicate-language articles/billing/refund.nl.old.md:5: error: field 'lang': the translation group of \"lc-refund\" already has a version in nl: \"lc-refund-nl\" (articles/billing/refund.nl.md)",
        "translation-missing-language articles/devices/camera-disconnects.en.md: notice: its translation group has no version in nl, a language other articles are translated into",
        "translation-chain articles/devices/camera-offline.de.md:7: error: field 'translation_of': \"lc-camera-offline-nl\" is itself a translation; name the original (\"lc-camera-offline\")",
        "near-duplicate articles/devices/camera-offline.en.md: warning: near-duplicate of \"lc-camera-disconnects\" (articles/devices/camera-disconnects.en.md): word 3-shingle similarity 0.94, at least 0.90; merge them or tell them apart",
        "translation-of-draft articles/devices/chime.nl.md:7: error: field 'translation_of': \"lc-chime\" is a draft, never served: publish it first, or keep this translation a draft too",
        "translation-cycle articles/devices/hub-reset.en.md:7: error: field 'translation_of': the translations form a cycle (lc-hub-reset → lc-hub-reset-nl → lc-hub-reset); the original is the one without translation_of",
        "translation-cycle articles/devices/hub-reset.nl.md:7: error: field 'translation_of': the translations form a cycle (lc-hub-reset-nl → lc-hub-reset → lc-hub-reset-nl); the original is the one without translation_of",
        "translation-missing-language articles/devices/motion-alerts.en.md: notice: its translation group has no version in nl, a language other articles are translated into",
        "missing-steps articles/devices/motion-alerts.en.md:9: warning: a troubleshooting guide without resolution steps: write them as a numbered list (1. 2. 3.) under a \"## Resolution\" heading",
        "translation-cycle articles/devices/sensor.en.md:7: error: field 'translation_of': a document cannot translate itself",
        "duplicate-id articles/shipping/card-declined-copy.en.md:2: error: field 'id': \"lc-card-declined\" is already used by articles/billing/card-declined.en.md",
        "translation-missing-language articles/shipping/return-label.en.md: notice: its translation group has no version in nl, a language other articles are translated into",
        "unrouted-category articles/shipping/return-label.en.md:6: warning: field 'category': \"shipping/returns\" (2 documents) has no route in routing.yaml, nor has any parent category: it falls back to the default route",
        "unknown-key cases/cases.jsonl:3: error: field 'resolutoin': unknown field; did you mean 'resolution'?",
    };
    CHECK(lines_of(check_folder(test::fixture("lint-corpus"), as_of_2026_12_06())) == expected);
}

TEST_CASE("the age limit and the similarity threshold are the caller's", "[check]") {
    CheckOptions options = as_of_2026_12_06();
    options.max_age_days = 10000;
    options.near_duplicate_similarity = 0.95;
    for (const auto& d : check_folder(test::fixture("lint-corpus"), options)) {
        CHECK(d.code != "stale-article");
        CHECK(d.code != "near-duplicate");
    }
    options.today = std::chrono::sys_days(std::chrono::year(2060) / 1 / 1);
    size_t stale = 0;
    for (const auto& d : check_folder(test::fixture("lint-corpus"), options)) stale += d.code == "stale-article";
    CHECK(stale == 16);  // every published article with a date, now long past, refused ones too
}

TEST_CASE("the bundled corpus checks clean: no error, no warning, only its translation gaps noted", "[check][bundled]") {
    const auto diagnostics = check_folder(test::bundled_corpus(), as_of_2026_12_06());
    size_t notices = 0;
    for (const auto& d : diagnostics) {
        INFO(d.to_string());
        CHECK(d.severity == Diagnostic::Severity::notice);
        CHECK(d.code == "translation-missing-language");
        notices += d.severity == Diagnostic::Severity::notice;
    }
    // 14 topics only in English, 22 more translated into every language but Japanese (README).
    CHECK(notices == 36);
}

TEST_CASE("a fixture corpus that indexes cleanly has nothing to fix, only translations to consider", "[check]") {
    for (const auto& d : check_folder(test::fixture("small-corpus"), as_of_2026_12_06())) {
        INFO(d.to_string());
        CHECK(d.severity == Diagnostic::Severity::notice);
    }
}
