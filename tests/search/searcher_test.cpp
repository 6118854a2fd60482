// Proves search/searcher: retrieval, pages with facets, relevance feedback and look-ups by id.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "search/schema.h"
#include "search/searcher.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Searcher> searcher;
    explicit Fixture(Preload preload = Preload::for_serving) {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        searcher = std::make_unique<Searcher>(Generation::open_current(dir / "idx", preload));
    }
    Xapian::docid docid_of(const std::string& id) const {
        const Xapian::Database db = searcher->generation().open_database();
        const std::string term = schema::boolean_term(schema::kIdPrefix, id);
        REQUIRE(db.postlist_begin(term) != db.postlist_end(term));
        return *db.postlist_begin(term);
    }
};

std::vector<std::string> ids_of(const std::vector<Hit>& hits) {
    std::vector<std::string> ids;
    for (const Hit& hit : hits) ids.push_back(hit.id);
    return ids;
}

using Counts = std::map<std::string, Xapian::doccount>;

}  // namespace

TEST_CASE("retrieve ranks the matching documents by BM25 and reads their summaries", "[searcher]") {
    Fixture f;
    const std::vector<Hit> hits = f.searcher->retrieve(Xapian::Query("refund"), Xapian::Query(), 10);
    REQUIRE(ids_of(hits) == std::vector<std::string>{"fx-refund", "fx-double-charge", "fx-case-1"});
    CHECK(hits[0].score > hits[1].score);
    CHECK(hits[1].score > hits[2].score);
    CHECK(hits[2].score > 0.0);
    const Hit& refund = hits[0];
    CHECK(refund.docid == f.docid_of("fx-refund"));
    CHECK(refund.title == "Refund a subscription charge");
    CHECK(refund.type == "sop");
    CHECK(refund.lang == "en");
    CHECK(refund.category == "billing/refunds");
    CHECK(refund.group == "fx-refund");
    CHECK(refund.product.empty());
    CHECK(refund.priority == 1);
    CHECK(hits[1].product == "plus");
    CHECK(hits[1].priority == 2);  // "high"
    CHECK_FALSE(refund.shown);  // only presentation fills it
}

TEST_CASE("retrieve keeps only the best `count` documents", "[searcher]") {
    Fixture f;
    CHECK(ids_of(f.searcher->retrieve(Xapian::Query("refund"), Xapian::Query(), 2)) ==
          std::vector<std::string>{"fx-refund", "fx-double-charge"});
}

TEST_CASE("retrieve returns only documents the filter passes", "[searcher]") {
    Fixture f;
    const Xapian::Query cases(schema::boolean_term(schema::kTypePrefix, "case"));
    CHECK(ids_of(f.searcher->retrieve(Xapian::Query("refund"), cases, 10)) == std::vector<std::string>{"fx-case-1"});
    const Xapian::Query dutch(schema::boolean_term(schema::kLangPrefix, "nl"));
    CHECK(f.searcher->retrieve(Xapian::Query("refund"), dutch, 10).empty());
}

TEST_CASE("retrieve ranks by the weight it is given", "[searcher]") {
    Fixture f;
    // k1 = 0 ignores how often a term occurs: every document holding "refund" weighs the
    // same, so they come in docid order.
    const Xapian::BM25Weight flat(0.0, 0.0, 1.0, 0.5, 0.5);
    const std::vector<Hit> hits = f.searcher->retrieve(Xapian::Query("refund"), Xapian::Query(), 10, &flat);
    REQUIRE(ids_of(hits) == std::vector<std::string>{"fx-double-charge", "fx-refund", "fx-case-1"});
    CHECK(hits[0].score > 0.0);
    CHECK(hits[1].score == Approx(hits[0].score));
    CHECK(hits[2].score == Approx(hits[0].score));

    const Xapian::BoolWeight boolean;
    for (const Hit& hit : f.searcher->retrieve(Xapian::Query("refund"), Xapian::Query(), 10, &boolean)) CHECK(hit.score == 0.0);
}

TEST_CASE("retrieve of an empty query finds nothing", "[searcher]") {
    Fixture f;
    CHECK(f.searcher->retrieve(Xapian::Query(), Xapian::Query(), 10).empty());
}

TEST_CASE("a page counts every match and facets them by type, category and language", "[searcher]") {
    Fixture f;
    const Searcher::Page page = f.searcher->page(Xapian::Query("refund"), false, 0, 10, 10000);
    CHECK(page.total == 3);
    CHECK(ids_of(page.hits) == std::vector<std::string>{"fx-refund", "fx-double-charge", "fx-case-1"});
    CHECK(page.facets.at("type") == Counts{{"case", 1}, {"known-issue", 1}, {"sop", 1}});
    CHECK(page.facets.at("category") == Counts{{"billing/payments", 2}, {"billing/refunds", 1}});
    CHECK(page.facets.at("lang") == Counts{{"en", 3}});
}

TEST_CASE("a page starts at its offset, holds at most its limit and facets every match", "[searcher]") {
    Fixture f;
    const Searcher::Page page = f.searcher->page(Xapian::Query("refund"), false, 1, 1, 10000);
    CHECK(page.total == 3);
    CHECK(ids_of(page.hits) == std::vector<std::string>{"fx-double-charge"});
    CHECK(page.facets.at("type") == Counts{{"case", 1}, {"known-issue", 1}, {"sop", 1}});
    CHECK(f.searcher->page(Xapian::Query("refund"), false, 3, 10, 10000).hits.empty());
}

TEST_CASE("past exact_up_to matches the facet counts are scaled to the estimated total", "[searcher]") {
    // Every document matches; the matcher need only look at 3 of the 10 before it stops
    // counting, so the facets come from a sample, scaled to the total.
    Fixture f;
    const Searcher::Page sampled = f.searcher->page(Xapian::Query(std::string()), false, 0, 1, 3);
    CHECK(sampled.total == 10);
    for (const char* facet : {"type", "category", "lang"}) {
        INFO(facet);
        Xapian::doccount sum = 0;
        for (const auto& [value, count] : sampled.facets.at(facet)) {
            CHECK(count >= 1);
            sum += count;
        }
        CHECK(sum >= 8);
        CHECK(sum <= 12);
    }
    // Within exact_up_to they are exact.
    const Searcher::Page exact = f.searcher->page(Xapian::Query(std::string()), false, 0, 1, 10);
    CHECK(exact.facets.at("lang") == Counts{{"de", 2}, {"en", 6}, {"nl", 2}});
}

TEST_CASE("a page sorted newest first orders by the updated date, undated last", "[searcher]") {
    Fixture f;
    CHECK(ids_of(f.searcher->page(Xapian::Query("refund"), true, 0, 10, 10000).hits) ==
          std::vector<std::string>{"fx-double-charge", "fx-refund", "fx-case-1"});
    const Searcher::Page all = f.searcher->page(Xapian::Query(std::string()), true, 0, 10, 10000);
    CHECK(all.total == 10);
    // Equal dates keep docid order.
    CHECK(ids_of(all.hits) == std::vector<std::string>{"fx-battery-swelling", "fx-double-charge", "fx-double-charge-nl",
                                                       "fx-refund", "fx-camera-offline-de", "fx-camera-offline",
                                                       "fx-case-1", "fx-case-2", "fx-case-3", "fx-case-5"});
    CHECK(all.facets.at("lang") == Counts{{"de", 2}, {"en", 6}, {"nl", 2}});
    CHECK(all.facets.at("type") == Counts{{"case", 4}, {"known-issue", 3}, {"sop", 1}, {"troubleshooting", 2}});
    CHECK(all.facets.at("category") ==
          Counts{{"billing/payments", 4}, {"billing/refunds", 1}, {"devices/connectivity", 4}, {"devices/hardware", 1}});
}

TEST_CASE("find_document returns a published document with every stored field", "[searcher]") {
    Fixture f;
    const auto refund = f.searcher->find_document("fx-refund");
    REQUIRE(refund);
    CHECK(refund->id == "fx-refund");
    CHECK(refund->type == "sop");
    CHECK(refund->title == "Refund a subscription charge");
    CHECK(refund->category == "billing/refunds");
    CHECK(refund->updated == "2026-04-10");
    CHECK(refund->steps.size() == 3);
    REQUIRE(refund->escalation);
    CHECK(refund->escalation->team == "Finance Controllers");
    CHECK(refund->escalation->contact == "finance@example.test");
    const auto translation = f.searcher->find_document("fx-double-charge-nl");
    REQUIRE(translation);
    CHECK(translation->translation_of == "fx-double-charge");
    CHECK(translation->group() == "fx-double-charge");
}

TEST_CASE("drafts, archived documents and unknown ids are never found", "[searcher]") {
    Fixture f;
    const std::string id = GENERATE(as<std::string>{}, "fx-draft-chime", "fx-archived-firmware", "fx-case-4", "fx-nope", "",
                                    "Qfx-refund", "fx-refun");
    CHECK_FALSE(f.searcher->find_document(id));
}

TEST_CASE("find_translation finds the group member written in the language", "[searcher]") {
    Fixture f;
    const auto de = f.searcher->find_translation("fx-camera-offline", "de");
    REQUIRE(de);
    CHECK(de->id == "fx-camera-offline-de");
    CHECK(de->docid == f.docid_of("fx-camera-offline-de"));
    CHECK(de->lang == "de");
    CHECK(de->group == "fx-camera-offline");
    CHECK(de->title == "Kamera geht immer wieder offline");
    const auto en = f.searcher->find_translation("fx-camera-offline", "en");
    REQUIRE(en);
    CHECK(en->id == "fx-camera-offline");
    CHECK_FALSE(f.searcher->find_translation("fx-camera-offline", "nl"));
    CHECK_FALSE(f.searcher->find_translation("fx-refund", "de"));
    CHECK_FALSE(f.searcher->find_translation("fx-nope", "en"));
}

TEST_CASE("translations lists every member of a group, the original first", "[searcher]") {
    Fixture f;
    using Members = std::vector<std::pair<std::string, std::string>>;
    // The German translation of fx-camera-offline was indexed before its original.
    REQUIRE(f.docid_of("fx-camera-offline-de") < f.docid_of("fx-camera-offline"));
    CHECK(f.searcher->translations("fx-camera-offline") == Members{{"en", "fx-camera-offline"}, {"de", "fx-camera-offline-de"}});
    CHECK(f.searcher->translations("fx-double-charge") == Members{{"en", "fx-double-charge"}, {"nl", "fx-double-charge-nl"}});
    CHECK(f.searcher->translations("fx-refund") == Members{{"en", "fx-refund"}});
    CHECK(f.searcher->translations("fx-nope").empty());
}

TEST_CASE("a shown document read from the cache is the one read from disk", "[searcher]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto served = Generation::open_current(dir / "idx", Preload::for_serving);
    const auto on_disk_generation = Generation::open_current(dir / "idx", Preload::nothing);
    REQUIRE(served->cache().shown(1));
    REQUIRE_FALSE(on_disk_generation->cache().shown(1));
    Searcher cached(served), on_disk(on_disk_generation);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        INFO("docid " << docid);
        const auto from_cache = cached.shown(docid);
        const auto from_disk = on_disk.shown(docid);
        REQUIRE(from_cache);
        REQUIRE(from_disk);
        CHECK(pack_shown(*from_cache) == pack_shown(*from_disk));
    }
}

TEST_CASE("a shown document holds the steps, escalation and text terms of its document", "[searcher]") {
    const Preload preload = GENERATE(Preload::for_serving, Preload::nothing);
    Fixture f(preload);
    const auto shown = f.searcher->shown(f.docid_of("fx-double-charge"));
    const KbDocument whole = *f.searcher->find_document("fx-double-charge");
    CHECK(shown->steps == whole.steps);
    CHECK(shown->escalation.has_value() == whole.escalation.has_value());
    // Its terms are exactly the document's unprefixed terms, sorted: what matched_terms reports.
    Xapian::Database db = f.searcher->generation().open_database();
    const Xapian::docid docid = f.docid_of("fx-double-charge");
    std::vector<std::string> text_terms;
    for (auto it = db.termlist_begin(docid); it != db.termlist_end(docid); ++it) {
        if (schema::is_text_term(*it)) text_terms.push_back(*it);
    }
    CHECK(shown->terms == text_terms);
    CHECK(shown->find_term("charg"));
    CHECK(shown->find_term("twice"));
    CHECK_FALSE(shown->find_term("kamera"));
    CHECK_FALSE(shown->find_term("XTYPEknown-issue"));  // no boolean terms
}

TEST_CASE("relevance feedback proposes new text terms of the relevant documents", "[searcher]") {
    Fixture f;
    QueryTerms known;
    known.terms = {"charg"};
    known.frequency["charg"] = 1;
    const auto refund = f.searcher->find_document("fx-double-charge");
    REQUIRE(refund);
    std::vector<Xapian::docid> relevant;
    Xapian::Database db = f.searcher->generation().open_database();
    for (auto it = db.postlist_begin("Qfx-double-charge"); it != db.postlist_end("Qfx-double-charge"); ++it) relevant.push_back(*it);
    const auto terms = f.searcher->expansion_terms(relevant, 5, known);
    REQUIRE(terms.size() == 5);
    for (const auto& term : terms) {
        INFO(term);
        CHECK_FALSE((term[0] >= 'A' && term[0] <= 'Z'));  // no boolean or field-prefixed terms
        CHECK(term != "charg");                            // nothing the inquiry already has
    }
    CHECK(f.searcher->expansion_terms({}, 5, known).empty());
}
