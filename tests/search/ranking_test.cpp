// Proves search/ranking: category diversity and the ranking of candidates for an inquiry.
#include <cmath>

#include <catch2/catch.hpp>

#include "search/candidates.h"
#include "search/ranking.h"
#include "search/schema.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

Hit scored(const std::string& id, const std::string& category, double score) {
    Hit h;
    h.id = id;
    h.category = category;
    h.score = score;
    return h;
}

std::vector<std::string> ids_of(const std::vector<Hit>& hits) {
    std::vector<std::string> ids;
    for (const Hit& h : hits) ids.push_back(h.id);
    return ids;
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Searcher> searcher;
    CategoryBelief no_belief;
    Fixture() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        searcher = std::make_unique<Searcher>(Generation::open_current(dir / "idx"));
    }
    // The fixture document `id` as a candidate of score `score`.
    Hit candidate(const std::string& id, double score) {
        std::vector<Hit> hits =
            searcher->retrieve(Xapian::Query(schema::boolean_term(schema::kIdPrefix, id)), Xapian::Query(), 1);
        REQUIRE(hits.size() == 1);
        hits[0].score = score;
        return hits[0];
    }
    std::vector<Hit> rank(std::vector<Hit> candidates, const std::string& lang, const std::string& product,
                          const CategoryBelief& belief, size_t limit = 10, RankingParameters parameters = {}) {
        return rank_for_inquiry(*searcher, std::move(candidates), InquiryContext{lang, product, belief}, parameters, limit);
    }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("each further hit of a listed category counts the repeat factor less", "[ranking]") {
    std::vector<Hit> hits = {scored("a1", "a", 10), scored("a2", "a", 9), scored("b1", "b", 6), scored("a3", "a", 5),
                             scored("b2", "b", 2)};
    diversify_categories(hits, 0.5);
    // a1 10; then b1 6 beats a2 9 × 0.5; a2 4.5; a3 5 × 0.25 beats b2 2 × 0.5.
    CHECK(ids_of(hits) == Ids{"a1", "b1", "a2", "a3", "b2"});
    const std::vector<double> effective = {10, 6, 4.5, 1.25, 1};
    for (size_t i = 0; i < hits.size(); ++i) CHECK(hits[i].score == Approx(effective[i]));
}

TEST_CASE("a category the inquiry surely belongs to repeats at little cost", "[ranking]") {
    const auto hits_of = [] {
        return std::vector<Hit>{scored("a1", "a", 10), scored("a2", "a", 9), scored("b1", "b", 6)};
    };
    std::vector<Hit> unsure = hits_of();
    diversify_categories(unsure, 0.5, CategoryBelief{{"a", 0.0}, {"b", 0.0}});
    CHECK(ids_of(unsure) == Ids{"a1", "b1", "a2"});  // a2 9 × 0.5 < b1 6
    std::vector<Hit> sure = hits_of();
    diversify_categories(sure, 0.5, CategoryBelief{{"a", 0.9}, {"b", 0.05}});
    CHECK(ids_of(sure) == Ids{"a1", "a2", "b1"});  // a2 9 × 0.5^0.1 ≈ 8.4 > b1 6
    CHECK(sure[1].score == Approx(9 * std::pow(0.5, 0.1)));
    std::vector<Hit> certain = hits_of();
    diversify_categories(certain, 0.2, CategoryBelief{{"a", 1.0}});
    CHECK(certain[1].score == Approx(9));  // no cost at all
}

TEST_CASE("a repeat factor of 1 keeps the order of the scores", "[ranking]") {
    std::vector<Hit> hits = {scored("b1", "b", 6), scored("a1", "a", 10), scored("a2", "a", 9), scored("x", "b", 6),
                             scored("a3", "a", 5)};
    diversify_categories(hits, 1.0);
    CHECK(ids_of(hits) == Ids{"a1", "a2", "b1", "x", "a3"});  // equal scores keep their order
    CHECK(hits[0].score == 10);
    CHECK(hits[4].score == 5);
}

TEST_CASE("diversifying no hit or a single hit changes nothing", "[ranking]") {
    std::vector<Hit> none;
    diversify_categories(none, 0.2);
    CHECK(none.empty());
    std::vector<Hit> one = {scored("a1", "a", 3)};
    diversify_categories(one, 0.2);
    CHECK(ids_of(one) == Ids{"a1"});
    CHECK(one[0].score == 3);
}

TEST_CASE("a candidate about the inquiry's product ranks higher", "[ranking]") {
    Fixture f;
    // fx-double-charge is about "plus"; fx-refund about no product.
    const std::vector<Hit> candidates = {f.candidate("fx-refund", 1.0), f.candidate("fx-double-charge", 0.95)};
    CHECK(ids_of(f.rank(candidates, "en", "", f.no_belief)) == Ids{"fx-refund", "fx-double-charge"});
    CHECK(ids_of(f.rank(candidates, "en", "cam", f.no_belief)) == Ids{"fx-refund", "fx-double-charge"});
    const std::vector<Hit> plus = f.rank(candidates, "en", "plus", f.no_belief);
    CHECK(ids_of(plus) == Ids{"fx-double-charge", "fx-refund"});
    CHECK(plus[0].score == Approx(0.95 * 1.1));
    CHECK(plus[1].score == Approx(1.0));
}

TEST_CASE("a candidate of the likely category outranks a lexically closer one", "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-refund", 1.0), f.candidate("fx-battery-swelling", 0.6)};
    const CategoryBelief hardware = {{"devices/hardware", 0.5}, {"billing/refunds", 0.1}};
    const std::vector<Hit> ranked = f.rank(candidates, "en", "", hardware);
    CHECK(ids_of(ranked) == Ids{"fx-battery-swelling", "fx-refund"});
    // × (1 + category_boost · belief), category_boost 3.
    CHECK(ranked[0].score == Approx(0.6 * 2.5));
    CHECK(ranked[1].score == Approx(1.0 * 1.3));
    const CategoryBelief refunds = {{"billing/refunds", 0.5}};
    CHECK(ids_of(f.rank(candidates, "en", "", refunds)) == Ids{"fx-refund", "fx-battery-swelling"});
}

TEST_CASE("a translation group is shown once, in the inquiry's language", "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-camera-offline", 2.0), f.candidate("fx-camera-offline-de", 1.5),
                                         f.candidate("fx-case-2", 1.0)};
    const std::vector<Hit> de = f.rank(candidates, "de", "", f.no_belief);
    // The English original ranks first (2.0 × 0.85) and is shown as its German translation.
    REQUIRE(ids_of(de) == Ids{"fx-camera-offline-de", "fx-case-2"});
    CHECK(de[0].lang == "de");
    CHECK(de[0].title == "Kamera geht immer wieder offline");
    CHECK(de[0].score == Approx(2.0 * kOtherLanguageFactor));

    const std::vector<Hit> en = f.rank(candidates, "en", "", f.no_belief);
    REQUIRE(ids_of(en) == Ids{"fx-camera-offline", "fx-case-2"});
    CHECK(en[0].score == Approx(2.0));
}

TEST_CASE("a translation group without the inquiry's language is shown in its best member's", "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-camera-offline-de", 2.0), f.candidate("fx-camera-offline", 1.5)};
    const std::vector<Hit> nl = f.rank(candidates, "nl", "", f.no_belief);
    REQUIRE(ids_of(nl) == Ids{"fx-camera-offline-de"});
    CHECK(nl[0].score == Approx(2.0 * kOtherLanguageFactor));
}

TEST_CASE("a group without the inquiry's language is shown in the closest language it has, else English",
          "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-camera-offline-de", 2.0)};
    // French reads Italian, Spanish, Catalan, Portuguese, then English; the group has English.
    const std::vector<Hit> fr = f.rank(candidates, "fr", "", f.no_belief);
    REQUIRE(ids_of(fr) == Ids{"fx-camera-offline"});
    CHECK(fr[0].score == Approx(2.0 * kOtherLanguageFactor));  // the hit's score, not the version's
    // Japanese has no listed relative: English.
    CHECK(ids_of(f.rank(candidates, "ja", "", f.no_belief)) == Ids{"fx-camera-offline"});
    // Dutch reads German before English: the German hit stays.
    CHECK(ids_of(f.rank(candidates, "nl", "", f.no_belief)) == Ids{"fx-camera-offline-de"});
}

TEST_CASE("a candidate in another language than the inquiry's counts less", "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-double-charge-nl", 1.0), f.candidate("fx-refund", 0.9)};
    // 1.0 × 0.85 < 0.9: the Dutch translation drops below, but the group is shown in English.
    CHECK(ids_of(f.rank(candidates, "en", "", f.no_belief)) == Ids{"fx-refund", "fx-double-charge"});
    CHECK(ids_of(f.rank(candidates, "nl", "", f.no_belief)) == Ids{"fx-double-charge-nl", "fx-refund"});
}

TEST_CASE("ranking keeps categories diverse by the repeat factor", "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-double-charge", 1.0), f.candidate("fx-case-1", 0.9),
                                         f.candidate("fx-case-2", 0.6)};
    RankingParameters diverse, plain;
    diverse.repeat_category_factor = 0.5;
    plain.repeat_category_factor = 1.0;
    CHECK(ids_of(f.rank(candidates, "en", "", f.no_belief, 10, diverse)) == Ids{"fx-double-charge", "fx-case-2", "fx-case-1"});
    CHECK(ids_of(f.rank(candidates, "en", "", f.no_belief, 10, plain)) == Ids{"fx-double-charge", "fx-case-1", "fx-case-2"});
}

TEST_CASE("ranking returns at most `limit` hits", "[ranking]") {
    Fixture f;
    const std::vector<Hit> candidates = {f.candidate("fx-refund", 4.0), f.candidate("fx-double-charge", 3.0),
                                         f.candidate("fx-double-charge-nl", 2.9), f.candidate("fx-battery-swelling", 2.0),
                                         f.candidate("fx-camera-offline", 1.0)};
    auto [limit, expected] = GENERATE(table<size_t, Ids>({
        {0, {}},
        {1, {"fx-refund"}},
        {2, {"fx-refund", "fx-double-charge"}},
        // The Dutch translation's group is listed already: the limit counts groups.
        {3, {"fx-refund", "fx-double-charge", "fx-battery-swelling"}},
        {10, {"fx-refund", "fx-double-charge", "fx-battery-swelling", "fx-camera-offline"}},
    }));
    RankingParameters plain;
    plain.repeat_category_factor = 1.0;
    CHECK(ids_of(f.rank(candidates, "en", "", f.no_belief, limit, plain)) == expected);
}
