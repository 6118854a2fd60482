// Proves search/presentation: a returned hit's document, matched words and marked, HTML-safe snippet.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "search/presentation.h"
#include "search/query_plan.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

QueryTerms terms_of(Searcher& searcher, const std::string& text) {
    return collect_query_terms(searcher.analyzer().analyze(text, "en"), WordChoice::content_words);
}

// The query's hits, each presented.
std::vector<Hit> presented(Searcher& searcher, const std::string& text) {
    const QueryTerms terms = terms_of(searcher, text);
    std::vector<Hit> hits = searcher.retrieve(build_text_query(terms), Xapian::Query(), 10);
    for (Hit& hit : hits) present_hit(searcher, hit, terms);
    return hits;
}

const Hit& hit_with_id(const std::vector<Hit>& hits, const std::string& id) {
    for (const Hit& hit : hits) {
        if (hit.id == id) return hit;
    }
    FAIL("no hit " << id);
    throw std::logic_error("unreachable");
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a presented hit carries its steps and escalation", "[presentation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    Searcher searcher(Generation::open_current(dir / "idx"));
    const std::vector<Hit> hits = presented(searcher, "refund");
    const Hit& hit = hit_with_id(hits, "fx-refund");
    REQUIRE(hit.shown);
    CHECK(hit.shown->steps == std::vector<std::string>{"Check the charge is less than 30 days old.",
                                                          "Issue the refund from the billing console.",
                                                          "Send the refund confirmation e-mail."});
    REQUIRE(hit.shown->escalation);
    CHECK(hit.shown->escalation->tier == "L3");
}

TEST_CASE("matched terms are the query's words a hit contains, as the customer spelled them", "[presentation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    Searcher searcher(Generation::open_current(dir / "idx"));
    const std::vector<Hit> hits = presented(searcher, "Twice CHARGED");
    // Surface words in query order, not the stems "twice", "charg".
    CHECK(hit_with_id(hits, "fx-double-charge").matched_terms == std::vector<std::string>{"twice", "charged"});
    CHECK(hit_with_id(hits, "fx-case-1").matched_terms == std::vector<std::string>{"twice", "charged"});
    CHECK(hit_with_id(hits, "fx-refund").matched_terms == std::vector<std::string>{"charged"});
    CHECK(hit_with_id(hits, "fx-battery-swelling").matched_terms == std::vector<std::string>{"charged"});
    CHECK(hit_with_id(presented(searcher, "Refunds"), "fx-case-1").matched_terms == std::vector<std::string>{"refunds"});
}

TEST_CASE("presenting a hit again does not repeat its matched terms", "[presentation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    Searcher searcher(Generation::open_current(dir / "idx"));
    const QueryTerms terms = terms_of(searcher, "twice charged");
    std::vector<Hit> hits = searcher.retrieve(build_text_query(terms), Xapian::Query(), 1);
    REQUIRE(hits.size() == 1);
    present_hit(searcher, hits[0], terms);
    present_hit(searcher, hits[0], terms);
    CHECK(hits[0].matched_terms == std::vector<std::string>{"twice", "charged"});
}

TEST_CASE("the snippet marks every form of the query's words", "[presentation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    Searcher searcher(Generation::open_current(dir / "idx"));
    const std::vector<Hit> hits = presented(searcher, "twice charged");
    CHECK(hit_with_id(hits, "fx-case-1").snippet ==
          "Customer was <mark>charged</mark> <mark>twice</mark> after upgrading to Plus. Refunded the duplicate");
    CHECK(hit_with_id(hits, "fx-battery-swelling").snippet ==
          "A small batch of doorbell batteries may swell. Resolution Tell the customer to stop <mark>charging</mark> the "
          "battery and keep it away from heat. Open a safety replacement order");
}

TEST_CASE("the snippet is HTML-escaped", "[presentation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    Searcher searcher(Generation::open_current(dir / "idx"));
    const std::string snippet = hit_with_id(presented(searcher, "refund duplicate"), "fx-double-charge").snippet;
    // The body says: Refund the second charge with reason "duplicate".
    CHECK(contains(snippet, "<mark>Refund</mark> the second charge with reason &quot;<mark>duplicate</mark>&quot;."));
    CHECK_FALSE(contains(snippet, "\""));
    const std::string apostrophes = hit_with_id(presented(searcher, "statement"), "fx-double-charge").snippet;
    CHECK(contains(apostrophes, "the customer&#39;s <mark>statement</mark>"));
    CHECK_FALSE(contains(apostrophes, "'"));
}

TEST_CASE("a served generation presents hits exactly as one read from disk", "[presentation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto served = Generation::open_current(dir / "idx", Preload::for_serving);
    const auto on_disk = Generation::open_current(dir / "idx", Preload::nothing);
    REQUIRE(served->cache().shown(1));
    REQUIRE_FALSE(on_disk->cache().shown(1));
    Searcher cached(served), reading(on_disk);

    const std::string text = GENERATE(as<std::string>{}, "twice charged", "refund duplicate", "camera offline router",
                                      "doorbell battery swollen", "statement", "Kamera");
    const std::vector<Hit> a = presented(cached, text);
    const std::vector<Hit> b = presented(reading, text);
    REQUIRE_FALSE(a.empty());
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        INFO(text << ": " << a[i].id);
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].matched_terms == b[i].matched_terms);
        CHECK(a[i].snippet == b[i].snippet);
        REQUIRE(a[i].shown);
        REQUIRE(b[i].shown);
        CHECK(pack_shown(*a[i].shown) == pack_shown(*b[i].shown));
    }
}
