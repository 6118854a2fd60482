// Proves search/search: filtered, faceted pages of the knowledge base, and browsing without words.
#include <catch2/catch.hpp>

#include "search/search.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Searcher> searcher;
    Fixture() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        searcher = std::make_unique<Searcher>(Generation::open_current(dir / "idx"));
    }
};

std::vector<std::string> ids_of(const SearchResponse& response) {
    std::vector<std::string> ids;
    for (const Hit& hit : response.results) ids.push_back(hit.id);
    return ids;
}

using Ids = std::vector<std::string>;
using Counts = std::map<std::string, Xapian::doccount>;

}  // namespace

TEST_CASE("a search ranks the matching documents and presents each", "[search]") {
    Fixture f;
    SearchRequest request;
    request.q = "refund";
    const SearchResponse response = search(*f.searcher, request);
    CHECK(response.total == 3);
    REQUIRE(ids_of(response) == Ids{"fx-refund", "fx-double-charge", "fx-case-1"});
    CHECK(response.query_language == "en");
    CHECK(response.language_confidence > 0.5);
    for (const Hit& hit : response.results) {
        INFO(hit.id);
        CHECK(hit.matched_terms == Ids{"refund"});
        CHECK(hit.snippet.find("<mark>") != std::string::npos);
        CHECK(hit.shown);
    }
}

TEST_CASE("search filters narrow the results", "[search]") {
    Fixture f;
    auto [q, types, category, lang, product, expected] =
        GENERATE(table<std::string, Ids, std::string, std::string, std::string, Ids>({
            {"refund", {"sop"}, "", "", "", {"fx-refund"}},
            {"refund", {"case", "sop"}, "", "", "", {"fx-refund", "fx-case-1"}},
            {"refund", {"faq"}, "", "", "", {}},
            {"refund", {}, "billing/payments", "", "", {"fx-double-charge", "fx-case-1"}},
            {"refund", {}, "billing", "", "", {"fx-refund", "fx-double-charge", "fx-case-1"}},
            {"refund", {}, "devices", "", "", {}},
            {"refund", {}, "", "", "plus", {"fx-double-charge"}},
            {"offline", {}, "", "de", "", {"fx-case-5", "fx-camera-offline-de"}},
            {"offline", {}, "devices/connectivity", "en", "cam", {"fx-case-2", "fx-camera-offline"}},
            {"offline", {"case"}, "devices", "", "cam", {"fx-case-2"}},
        }));
    SearchRequest request;
    request.q = q;
    request.types = types;
    request.category = category;
    request.lang = lang;
    request.product = product;
    INFO("q=" << q << " category=" << category << " lang=" << lang << " product=" << product);
    const SearchResponse response = search(*f.searcher, request);
    CHECK(ids_of(response) == expected);
    CHECK(response.total == expected.size());
}

TEST_CASE("a category filter finds the category and everything below it", "[search]") {
    Fixture f;
    SearchRequest request;
    request.category = "billing";
    CHECK(ids_of(search(*f.searcher, request)) ==
          Ids{"fx-double-charge", "fx-double-charge-nl", "fx-refund", "fx-case-1", "fx-case-3"});
    request.category = "billing/payments";
    CHECK(ids_of(search(*f.searcher, request)) == Ids{"fx-double-charge", "fx-double-charge-nl", "fx-case-1", "fx-case-3"});
    request.category = "bill";  // a prefix of a segment is no ancestor
    CHECK(ids_of(search(*f.searcher, request)).empty());
}

TEST_CASE("browsing without words lists everything that passes the filters, newest first", "[search]") {
    Fixture f;
    SearchRequest request;
    request.limit = 20;
    const SearchResponse all = search(*f.searcher, request);
    CHECK(all.total == 10);
    CHECK(ids_of(all) == Ids{"fx-battery-swelling", "fx-double-charge", "fx-double-charge-nl", "fx-refund",
                             "fx-camera-offline-de", "fx-camera-offline", "fx-case-1", "fx-case-2", "fx-case-3", "fx-case-5"});
    for (const Hit& hit : all.results) {
        INFO(hit.id);
        CHECK(hit.matched_terms.empty());
        CHECK(hit.snippet.find("<mark>") == std::string::npos);
        CHECK(hit.shown);
    }

    request.types = {"case"};
    CHECK(ids_of(search(*f.searcher, request)) == Ids{"fx-case-1", "fx-case-2", "fx-case-3", "fx-case-5"});
    request.types = {};
    request.lang = "nl";
    CHECK(ids_of(search(*f.searcher, request)) == Ids{"fx-double-charge-nl", "fx-case-3"});
    request.lang = "";
    request.product = "cam";
    CHECK(ids_of(search(*f.searcher, request)) == Ids{"fx-camera-offline-de", "fx-camera-offline", "fx-case-2"});
}

TEST_CASE("a search pages by offset and limit and counts every match", "[search]") {
    Fixture f;
    SearchRequest request;
    request.offset = 2;
    request.limit = 3;
    const SearchResponse page = search(*f.searcher, request);
    CHECK(page.total == 10);
    CHECK(ids_of(page) == Ids{"fx-double-charge-nl", "fx-refund", "fx-camera-offline-de"});
    CHECK(page.facets.at("lang") == Counts{{"de", 2}, {"en", 6}, {"nl", 2}});
    request.offset = 10;
    const SearchResponse beyond = search(*f.searcher, request);
    CHECK(beyond.total == 10);
    CHECK(beyond.results.empty());
}

TEST_CASE("without words there is no language to detect: confidence 0", "[search]") {
    Fixture f;
    SearchRequest request;
    const SearchResponse browsing = search(*f.searcher, request);
    CHECK(browsing.query_language == "de");  // the index's first language
    CHECK(browsing.language_confidence == 0.0);
    request.lang = "nl";
    const SearchResponse dutch = search(*f.searcher, request);
    CHECK(dutch.query_language == "nl");
    CHECK(dutch.language_confidence == 0.0);
    request.q = "geld";
    const SearchResponse worded = search(*f.searcher, request);
    CHECK(worded.query_language == "nl");
    CHECK(worded.language_confidence == 1.0);  // the hint
}

TEST_CASE("the query is analysed in the language filter's language", "[search]") {
    Fixture f;
    SearchRequest request;
    // German stems "Router" to "rout", as the German documents were indexed; English would
    // keep "router" and find none of them.
    request.q = "Router";
    request.lang = "de";
    CHECK(ids_of(search(*f.searcher, request)) == Ids{"fx-case-5", "fx-camera-offline-de"});
}

TEST_CASE("facets count the matches by type, category and language", "[search]") {
    Fixture f;
    SearchRequest request;
    request.q = "offline";
    request.limit = 1;
    const SearchResponse response = search(*f.searcher, request);
    CHECK(response.results.size() == 1);
    CHECK(response.total == 4);
    CHECK(response.facets.at("type") == Counts{{"case", 2}, {"troubleshooting", 2}});
    CHECK(response.facets.at("category") == Counts{{"devices/connectivity", 4}});
    CHECK(response.facets.at("lang") == Counts{{"de", 2}, {"en", 2}});

    request.q = "";
    request.category = "billing";
    const SearchResponse billing = search(*f.searcher, request);
    CHECK(billing.facets.at("type") == Counts{{"case", 2}, {"known-issue", 2}, {"sop", 1}});
    CHECK(billing.facets.at("category") == Counts{{"billing/payments", 4}, {"billing/refunds", 1}});
    CHECK(billing.facets.at("lang") == Counts{{"en", 3}, {"nl", 2}});
}
