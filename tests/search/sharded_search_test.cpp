// Proves that a generation indexed into shards (search/generation, search/index_layout)
// answers suggest and search exactly as the single database of the same corpus: Xapian
// merges the shards' statistics, so ids, order and scores all agree.
#include <catch2/catch.hpp>

#include "search/search.h"
#include "search/suggester.h"
#include "support/inquiries.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

// The bundled corpus indexed twice, once into one database and once into three shards.
struct TwoIndexes {
    test::TempDir dir;
    TwoIndexes() {
        test::index_corpus(test::bundled_corpus(), dir / "single");
        test::index_corpus(test::bundled_corpus(), dir / "sharded", 3);
    }
    static TwoIndexes& get() {
        static TwoIndexes instance;
        return instance;
    }
};

void check_same_hits(const std::vector<Hit>& expected, const std::vector<Hit>& actual) {
    REQUIRE(actual.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO("rank " << i);
        CHECK(actual[i].id == expected[i].id);
        // Not exactly: a term bridge synonym group's frequency is estimated per shard, and
        // that estimate reaches the score through the bridge weight and the category belief.
        CHECK(actual[i].score == Approx(expected[i].score).epsilon(5e-3));
        CHECK(actual[i].snippet == expected[i].snippet);
        CHECK(actual[i].matched_terms == expected[i].matched_terms);
    }
}

void check_same_suggestion(const Suggestion& expected, const Suggestion& actual) {
    CHECK(actual.inquiry.language == expected.inquiry.language);
    CHECK(actual.inquiry.category == expected.inquiry.category);
    CHECK(actual.inquiry.category_confidence == Approx(expected.inquiry.category_confidence).epsilon(1e-6));
    CHECK(actual.inquiry.urgency == expected.inquiry.urgency);
    CHECK(actual.inquiry.terms == expected.inquiry.terms);
    check_same_hits(expected.solutions, actual.solutions);
    check_same_hits(expected.similar_issues, actual.similar_issues);
    CHECK(actual.escalation.team == expected.escalation.team);
    CHECK(actual.escalation.source == expected.escalation.source);
}

}  // namespace

TEST_CASE("three shards hold the one database's documents and open as one", "[shards]") {
    const auto single = Generation::open_current(TwoIndexes::get().dir / "single");
    const auto sharded = Generation::open_current(TwoIndexes::get().dir / "sharded");
    CHECK(single->shard_count() == 1);
    CHECK(sharded->shard_count() == 3);
    CHECK(sharded->document_count() == single->document_count());
    CHECK(sharded->open_database().get_doccount() == single->open_database().get_doccount());
    Searcher searcher(sharded);
    CHECK(searcher.find_document("kb-billing-card-declined"));
}

TEST_CASE("three shards suggest exactly what the one database suggests", "[shards]") {
    const bool preloaded = GENERATE(true, false);
    const Preload preload = preloaded ? Preload::for_serving : Preload::nothing;
    Searcher single(Generation::open_current(TwoIndexes::get().dir / "single", preload));
    Searcher sharded(Generation::open_current(TwoIndexes::get().dir / "sharded", preload));
    for (const std::string& text : test::bundled_inquiries()) {
        INFO(text << (preloaded ? " (preloaded)" : " (from disk)"));
        SuggestRequest request;
        request.text = text;
        check_same_suggestion(suggest(single, request), suggest(sharded, request));
    }
}

TEST_CASE("three shards search exactly as the one database searches, facets and totals too", "[shards]") {
    Searcher single(Generation::open_current(TwoIndexes::get().dir / "single"));
    Searcher sharded(Generation::open_current(TwoIndexes::get().dir / "sharded"));
    for (const std::string& text : test::bundled_inquiries()) {
        INFO(text);
        SearchRequest request;
        request.q = text;
        request.limit = 20;
        const SearchResponse expected = search(single, request);
        const SearchResponse actual = search(sharded, request);
        CHECK(actual.total == expected.total);
        CHECK(actual.facets == expected.facets);
        check_same_hits(expected.results, actual.results);
    }
}
