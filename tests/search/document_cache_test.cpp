// Proves search/document_cache: what a server keeps of a generation in memory, within its budgets.
#include <catch2/catch.hpp>

#include "search/document_cache.h"
#include "search/generation.h"
#include "search/schema.h"
#include "search/shown_document.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct Fixture {
    test::TempDir dir;
    std::shared_ptr<const Generation> generation;
    Xapian::Database db;
    Fixture() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        generation = Generation::open_current(dir / "idx", Preload::nothing);
        db = generation->open_database();
        REQUIRE(db.get_doccount() == 10);
        REQUIRE(db.get_lastdocid() == 10);
    }
    DocumentCache load(const PreloadBudget& budget = {}) const { return DocumentCache::load(generation->open_database(), budget); }

    size_t shown_bytes() const {
        size_t bytes = 0;
        for (Xapian::docid docid = 1; docid <= 10; ++docid) bytes += db.get_document(docid).get_value(schema::kSlotShown).size();
        return bytes;
    }
};

bool keeps_nothing_of(const DocumentCache& cache, Xapian::docid docid) {
    return !cache.summary(docid) && !cache.shown(docid);
}

}  // namespace

TEST_CASE("with the default budget every summary and shown document is kept, as stored", "[cache]") {
    Fixture f;
    const DocumentCache cache = f.load();
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        INFO("docid " << docid);
        const Xapian::Document stored = f.db.get_document(docid);
        REQUIRE(cache.summary(docid));
        CHECK(*cache.summary(docid) == stored.get_value(schema::kSlotSummary));
        REQUIRE(cache.shown(docid));
        CHECK(*cache.shown(docid) == stored.get_value(schema::kSlotShown));
        CHECK_FALSE(unpack_shown(*cache.shown(docid)).words.empty());
    }
}

TEST_CASE("a docid beyond the index or an empty cache keeps nothing", "[cache]") {
    Fixture f;
    CHECK(keeps_nothing_of(f.load(), 11));
    CHECK(keeps_nothing_of(f.load(), 1000));
    const DocumentCache empty;
    CHECK(keeps_nothing_of(empty, 0));
    CHECK(keeps_nothing_of(empty, 1));
}

TEST_CASE("above the summary budget nothing is kept", "[cache]") {
    Fixture f;
    auto [max_summaries, kept] = GENERATE(table<Xapian::doccount, bool>({{0, false}, {9, false}, {10, true}, {11, true}}));
    PreloadBudget budget;
    budget.max_summaries = max_summaries;
    const DocumentCache cache = f.load(budget);
    INFO("max_summaries " << max_summaries);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        if (kept) {
            CHECK(cache.summary(docid));
            CHECK(cache.shown(docid));
        } else {
            CHECK(keeps_nothing_of(cache, docid));
        }
    }
}

TEST_CASE("shown documents larger together than the byte budget are not kept, their summaries are", "[cache]") {
    Fixture f;
    const size_t total = f.shown_bytes();
    auto [max_bytes, shown_kept] = GENERATE_COPY(table<size_t, bool>({
        {0, false},
        {100, false},  // smaller than the first document
        {total - 1, false},
        {total, true},
    }));
    PreloadBudget budget;
    budget.max_shown_bytes = max_bytes;
    const DocumentCache cache = f.load(budget);
    INFO("max_shown_bytes " << max_bytes << " of " << total);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        CHECK(cache.summary(docid));
        CHECK(cache.shown(docid).has_value() == shown_kept);
    }
}

TEST_CASE("packed values by docid: skipped docids are empty, later ones absent", "[document_cache]") {
    PackedByDocid values;
    values.add(2, "two");
    values.add(5, "five");
    REQUIRE(values.get(2));
    CHECK(*values.get(2) == "two");
    CHECK(*values.get(5) == "five");
    REQUIRE(values.get(3));
    CHECK(values.get(3)->empty());
    CHECK_FALSE(values.get(6));
    CHECK_FALSE(values.get(UINT32_MAX));
    CHECK(values.bytes() == 7);
    CHECK_FALSE(PackedByDocid().get(1));
}
