// Proves search/candidates: merging candidate lists, the voters of both lists, and typed retrieval.
#include <catch2/catch.hpp>

#include "search/candidates.h"
#include "search/query_plan.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

Hit hit(Xapian::docid docid, double score, const std::string& lang = "en", const std::string& title = "") {
    Hit h;
    h.docid = docid;
    h.score = score;
    h.id = "doc-" + std::to_string(docid);
    h.lang = lang;
    h.title = title;
    return h;
}

std::vector<std::string> ids_of(const std::vector<Hit>& hits) {
    std::vector<std::string> ids;
    for (const Hit& h : hits) ids.push_back(h.id);
    return ids;
}

std::vector<double> scores_of(const std::vector<Hit>& hits) {
    std::vector<double> scores;
    for (const Hit& h : hits) scores.push_back(h.score);
    return scores;
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Searcher> searcher;
    RankingParameters parameters;
    std::unique_ptr<CandidateRetriever> retriever;
    Fixture() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        searcher = std::make_unique<Searcher>(Generation::open_current(dir / "idx"));
        retriever = std::make_unique<CandidateRetriever>(*searcher, parameters);
    }
    Xapian::Query query(const std::string& text) {
        return build_text_query(collect_query_terms(searcher->analyzer().analyze(text, "en"), WordChoice::content_words));
    }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("added candidates keep the hit already listed for their document", "[candidates]") {
    std::vector<Hit> list = {hit(1, 1.0), hit(2, 2.0, "en", "listed")};
    add_candidates(list, {hit(2, 5.0, "en", "added"), hit(3, 0.5), hit(3, 0.7)}, OnDuplicate::keep_existing);
    CHECK(ids_of(list) == Ids{"doc-1", "doc-2", "doc-3"});
    CHECK(scores_of(list) == std::vector<double>{1.0, 2.0, 0.5});
    CHECK(list[1].title == "listed");
}

TEST_CASE("added candidates can raise a listed document to the higher score", "[candidates]") {
    std::vector<Hit> list = {hit(1, 1.0), hit(2, 2.0, "en", "listed")};
    add_candidates(list, {hit(2, 5.0, "en", "added"), hit(1, 0.4), hit(3, 0.5)}, OnDuplicate::keep_higher_score);
    CHECK(ids_of(list) == Ids{"doc-1", "doc-2", "doc-3"});
    CHECK(scores_of(list) == std::vector<double>{1.0, 5.0, 0.5});  // a lower score never lowers one
    CHECK(list[1].title == "listed");                             // only the score is taken
}

TEST_CASE("candidates join an empty list in the order given", "[candidates]") {
    std::vector<Hit> list;
    add_candidates(list, {hit(4, 1.0), hit(2, 3.0)}, OnDuplicate::keep_existing);
    CHECK(ids_of(list) == Ids{"doc-4", "doc-2"});  // in the order given, not re-sorted
    add_candidates(list, {}, OnDuplicate::keep_higher_score);
    CHECK(ids_of(list) == Ids{"doc-4", "doc-2"});
}

TEST_CASE("the best of both lists has each document once, other languages counting less", "[candidates]") {
    Candidates candidates;
    candidates.solutions = {hit(1, 1.0, "en"), hit(2, 1.1, "nl"), hit(5, 0.2, "en")};
    candidates.similar_issues = {hit(1, 1.0, "en"), hit(3, 0.9, "de"), hit(4, 0.5, "en")};
    const std::vector<Hit> best = best_of_both(candidates, "en", 10);
    REQUIRE(ids_of(best) == Ids{"doc-1", "doc-2", "doc-3", "doc-4", "doc-5"});
    CHECK(best[0].score == Approx(1.0));
    CHECK(best[1].score == Approx(1.1 * kOtherLanguageFactor));
    CHECK(best[2].score == Approx(0.9 * kOtherLanguageFactor));
    CHECK(best[3].score == Approx(0.5));
    CHECK(best[4].score == Approx(0.2));
    // The inquiry's language decides which hits count less.
    CHECK(ids_of(best_of_both(candidates, "nl", 10)) == Ids{"doc-2", "doc-1", "doc-3", "doc-4", "doc-5"});
    CHECK(candidates.solutions[1].score == 1.1);  // the lists themselves are left alone
}

TEST_CASE("the best of both lists holds at most `count` hits", "[candidates]") {
    Candidates candidates;
    candidates.solutions = {hit(1, 1.0), hit(2, 3.0)};
    candidates.similar_issues = {hit(3, 2.0), hit(4, 4.0)};
    const std::size_t count = GENERATE(0, 1, 3, 4, 9);
    const Ids all = {"doc-4", "doc-2", "doc-3", "doc-1"};
    CHECK(ids_of(best_of_both(candidates, "en", count)) == Ids(all.begin(), all.begin() + std::min<std::size_t>(count, 4)));
    CHECK(best_of_both(Candidates{}, "en", count).empty());
}

TEST_CASE("candidates are retrieved of the given types only", "[candidates]") {
    Fixture f;
    static constexpr std::string_view cases[] = {"case"};
    CHECK(ids_of(f.retriever->retrieve(f.query("camera offline"), cases, Xapian::Query(), 20)) == Ids{"fx-case-2", "fx-case-5"});
    CHECK(ids_of(f.retriever->retrieve(f.query("charged"), kSolutionTypes, Xapian::Query(), 20)) ==
          Ids{"fx-double-charge", "fx-refund", "fx-battery-swelling"});
    CHECK(ids_of(f.retriever->retrieve(f.query("charged"), kSimilarIssueTypes, Xapian::Query(), 20)) ==
          Ids{"fx-double-charge", "fx-case-1", "fx-battery-swelling"});
    CHECK(ids_of(f.retriever->retrieve(f.query("charged"), kSolutionTypes, Xapian::Query(), 2)) ==
          Ids{"fx-double-charge", "fx-refund"});
}

TEST_CASE("types most documents have are retrieved as a filtered search would", "[candidates]") {
    // Published: 4 cases, 3 known issues, 2 troubleshooting, 1 sop. Types holding at least
    // kUnfilteredFromShare of them are searched without a filter; the hits must not change,
    // including when dropping the other types leaves too few (then the filter is used).
    Fixture f;
    using Types = std::vector<std::string_view>;
    const Types types = GENERATE(Types{"case", "known-issue", "troubleshooting"}, Types{"case", "known-issue"},
                                 Types{"known-issue", "troubleshooting", "sop"}, Types{"case"});
    const std::string text = GENERATE(as<std::string>{}, "charged", "camera offline", "refund twice charged",
                                      "doorbell battery router camera charged");
    const size_t count = GENERATE(size_t{1}, size_t{2}, size_t{3}, size_t{20});
    INFO(types.size() << " types, share " << f.searcher->generation().type_share(types) << ", '" << text << "', " << count);
    const auto expected = f.searcher->retrieve(f.query(text), type_filter(types), count, nullptr);
    const auto got = f.retriever->retrieve(f.query(text), types, Xapian::Query(), count);
    CHECK(ids_of(got) == ids_of(expected));
}

TEST_CASE("a type the index does not hold retrieves nothing", "[candidates]") {
    Fixture f;
    // The fixture's only faq is a draft, which is not indexed.
    static constexpr std::string_view faqs[] = {"faq"};
    REQUIRE(f.searcher->generation().type_share(faqs) == 0.0);
    CHECK(f.retriever->retrieve(f.query("zebra chime draft"), faqs, Xapian::Query(), 20).empty());
    CHECK(f.retriever->retrieve(f.query("refund"), faqs, Xapian::Query(), 20).empty());
}

TEST_CASE("a scope narrows the candidates", "[candidates]") {
    Fixture f;
    CHECK(ids_of(f.retriever->retrieve(f.query("charged"), kSolutionTypes, category_filter("devices"), 20)) ==
          Ids{"fx-battery-swelling"});
    CHECK(ids_of(f.retriever->retrieve(f.query("charged"), kSolutionTypes, category_filter("billing/refunds"), 20)) ==
          Ids{"fx-refund"});
    CHECK(f.retriever->retrieve(f.query("charged"), kSolutionTypes, category_filter("legal"), 20).empty());
}

TEST_CASE("both lists are retrieved: solutions and similar past issues", "[candidates]") {
    Fixture f;
    const Candidates both = f.retriever->retrieve_both(f.query("camera offline"));
    CHECK(ids_of(both.solutions) == Ids{"fx-camera-offline", "fx-camera-offline-de"});
    CHECK(ids_of(both.similar_issues) == Ids{"fx-case-2", "fx-case-5"});
    CHECK_FALSE(both.empty());
    CHECK(f.retriever->retrieve_both(f.query("xylophone quartz")).empty());
}
