// Proves search/title_match: an inquiry that is an article's title lifts that article,
// words the title lacks or the inquiry lacks lift it less, and nothing else changes.
#include <catch2/catch.hpp>

#include "search/query_plan.h"
#include "search/schema.h"
#include "search/searcher.h"
#include "search/title_match.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct Fixture : test::IndexedFixture {
    Hit candidate(const std::string& id) {
        auto hits = searcher->retrieve(Xapian::Query(schema::boolean_term(schema::kIdPrefix, id)), Xapian::Query(), 1);
        REQUIRE(hits.size() == 1);
        hits[0].score = 10.0;
        return hits[0];
    }
    QueryTerms terms(const std::string& text) {
        return collect_query_terms(searcher->analyzer().analyze(text, "en"), WordChoice::content_words);
    }
    // The candidates' scores after the boost, in their order.
    std::vector<double> boosted(const std::string& inquiry, const std::vector<std::string>& ids, double boost = 3.0) {
        std::vector<Hit> hits;
        for (const auto& id : ids) hits.push_back(candidate(id));
        boost_title_matches(hits, *searcher, terms(inquiry), "en", boost);
        std::vector<double> scores;
        for (const Hit& h : hits) scores.push_back(h.score);
        return scores;
    }
};

}  // namespace

TEST_CASE("the overlap is the harmonic mean of both sides' shares found in the other", "[title]") {
    CHECK(weighted_dice(3, 3, 5, 5) == Approx(1.0));
    CHECK(weighted_dice(1, 2, 1, 1) == Approx(2.0 * 0.5 * 1.0 / 1.5));
    CHECK(weighted_dice(0, 2, 0, 3) == 0.0);
    CHECK(weighted_dice(1, 0, 1, 1) == 0.0);  // no inquiry words: no evidence
}

TEST_CASE("an inquiry that is an article's title lifts that article most", "[title]") {
    Fixture f;
    const auto scores = f.boosted("camera keeps going offline", {"fx-camera-offline", "fx-refund", "fx-battery-swelling"});
    CHECK(scores[0] == Approx(40.0));  // the whole title: 10 × (1 + 3 × 1)
    CHECK(scores[1] == Approx(10.0));  // no shared word: unchanged
    CHECK(scores[2] == Approx(10.0));
}

TEST_CASE("a title only partly said lifts its article less", "[title]") {
    Fixture f;
    const auto partly = f.boosted("camera offline", {"fx-camera-offline"});
    CHECK(partly[0] > 10.0);
    CHECK(partly[0] < 40.0);
    const auto with_more = f.boosted("camera offline and also a refund of my subscription", {"fx-camera-offline"});
    CHECK(with_more[0] < partly[0]);
    CHECK(f.boosted("camera keeps going offline", {"fx-camera-offline"}, 0.0)[0] == 10.0);  // boost 0: off
}
