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
    CHECK_FALSE(refund.document);  // only presentation fills it
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

TEST_CASE("a document read from the cache is the document read from disk", "[searcher]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto served = Generation::open_current(dir / "idx", Preload::for_serving);
    Searcher cached(served);
    Searcher on_disk(Generation::open_current(dir / "idx", Preload::nothing));
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        INFO("docid " << docid);
        const auto from_cache = cached.document(docid);
        const auto from_disk = on_disk.document(docid);
        REQUIRE(from_cache);
        REQUIRE(from_disk);
        CHECK(from_cache.get() == served->cache().document(docid).get());  // no parse per call
        CHECK(to_stored_json(*from_cache) == to_stored_json(*from_disk));
        // Everything but the bodies, which no hit shows.
        KbDocument whole = *on_disk.find_document(from_disk->id);
        CHECK_FALSE(whole.body_html.empty());
        CHECK(from_disk->body_html.empty());
        CHECK(from_disk->body_markdown.empty());
        CHECK(from_disk->body_text == whole.body_text);
        whole.body_html.clear();
        whole.body_markdown.clear();
        CHECK(to_stored_json(*from_disk) == to_stored_json(whole));
    }
}

TEST_CASE("contained_terms reports the terms a document holds in the order given", "[searcher]") {
    // Regression: terms were looked up in a forward-only termlist in the given order, so a
    // term sorting before an earlier one was missed. Both the cached and the on-disk path.
    const Preload preload = GENERATE(Preload::for_serving, Preload::nothing);
    Fixture f(preload);
    const Xapian::docid docid = f.docid_of("fx-double-charge");
    REQUIRE((f.searcher->generation().cache().text_terms(docid) != nullptr) == (preload == Preload::for_serving));
    using Terms = std::vector<std::string>;
    CHECK(f.searcher->contained_terms(docid, {"twice", "charg"}) == Terms{"twice", "charg"});
    CHECK(f.searcher->contained_terms(docid, {"twice", "zebra", "charg", "amount", "5"}) == Terms{"twice", "charg", "amount", "5"});
    CHECK(f.searcher->contained_terms(docid, {"zzz", "amount"}) == Terms{"amount"});
    CHECK(f.searcher->contained_terms(docid, {"amount", "zzz"}) == Terms{"amount"});
    CHECK(f.searcher->contained_terms(docid, {"kamera", "offlin"}).empty());
    CHECK(f.searcher->contained_terms(docid, {}).empty());
    CHECK(f.searcher->contained_terms(f.docid_of("fx-camera-offline-de"), {"offlin", "kamera", "camera"}) ==
          Terms{"offlin", "kamera"});
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
