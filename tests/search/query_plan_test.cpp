// Proves search/query_plan: the shape of the queries and filters sent to Xapian.
#include <catch2/catch.hpp>

#include "search/query_plan.h"

using namespace helpdex;

namespace {

QueryTerms terms_of(const std::string& text, WordChoice choice = WordChoice::content_words) {
    analysis::Analyzer analyzer;
    return collect_query_terms(analyzer.analyze(text, "en"), choice);
}

}  // namespace

TEST_CASE("short inquiries are an OR of weighted terms", "[query]") {
    CHECK(build_text_query(terms_of("refund refund invoice")).get_description() == "Query((refund#2 OR invoic))");
}

TEST_CASE("long inquiries keep only their most informative terms", "[query]") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "word" + std::to_string(i) + "x ";
    const auto terms = terms_of(text);
    REQUIRE(terms.terms.size() == 30);
    CHECK(build_text_query(terms, 16).get_description().find("ELITE_SET 16") != std::string::npos);
    CHECK(build_text_query(terms, 30).get_description().find("ELITE_SET") == std::string::npos);
}

TEST_CASE("filters are boolean terms", "[query]") {
    CHECK(any_of_terms("XTYPE", {"faq", "sop"}).get_description() == "Query((XTYPEfaq OR XTYPEsop))");
    CHECK(any_of_terms("Q", {"Upper-id"}).get_description() == "Query(Q:Upper-id)");
    CHECK(filtered(Xapian::Query(), Xapian::Query("Len")).get_description() == "Query(Len)");
    CHECK(filtered(Xapian::Query("a"), Xapian::Query()).get_description() == "Query(a)");
    CHECK(both(Xapian::Query(), Xapian::Query("Len")).get_description() == "Query(Len)");
    CHECK(both(Xapian::Query("Len"), Xapian::Query("XTYPEfaq")).get_description() == "Query((Len AND XTYPEfaq))");
    CHECK(category_filter("billing").get_description() == "Query(XCATbilling)");
}

TEST_CASE("a search filters its text query by every given filter", "[query]") {
    analysis::Analyzer analyzer;
    SearchRequest request;
    request.q = "refund";
    request.types = {"faq"};
    request.category = "billing";
    request.lang = "en";
    request.product = "hub";
    const SearchPlan plan = plan_search(request, analyzer.analyze(request.q, "en"), "en", wording::no_synonyms());
    CHECK_FALSE(plan.browsing);
    CHECK(plan.query.get_description() ==
          "Query((refund FILTER ((((<alldocuments> FILTER XTYPEfaq) FILTER XCATbilling) FILTER Len) FILTER XPRODhub)))");
}

TEST_CASE("a search without words browses everything that passes the filters", "[query]") {
    analysis::Analyzer analyzer;
    SearchRequest request;
    request.category = "billing";
    const SearchPlan plan = plan_search(request, analyzer.analyze("", "en"), "en", wording::no_synonyms());
    CHECK(plan.browsing);
    CHECK(plan.terms.empty());
    CHECK(plan.query.get_description() == "Query((<alldocuments> FILTER XCATbilling))");
}

TEST_CASE("an inquiry's query widens with relevance feedback at a fraction of its weight", "[query]") {
    InquiryQuery query(terms_of("card declined"));
    CHECK(query.query().get_description() == "Query((card OR declin))");
    query.expand({}, 0.3);
    CHECK(query.query().get_description() == "Query((card OR declin))");
    query.expand({"payment", "bank"}, 0.5);
    CHECK(query.query().get_description() == "Query(((card OR declin) OR 0.5 * (payment OR bank)))");
}

TEST_CASE("the last-resort inquiry query keeps its function words", "[query]") {
    analysis::Analyzer analyzer;
    const InquiryQuery query = InquiryQuery::every_word(analyzer.analyze("what is this", "en"));
    CHECK(query.terms().terms == std::vector<std::string>{"what", "is", "this"});
}

TEST_CASE("an inquiry's words reach each other language's documents through that language's translations only",
          "[query]") {
    bridge::TermBridge bridge;
    // "login" is a translation in both languages: it must not count twice for a document.
    bridge.set("ja", "ログイン", "en", {{"login", 1.0f}, {"sign", 0.5f}});
    bridge.set("ja", "ログイン", "de", {{"login", 1.0f}, {"anmeld", 0.5f}});
    QueryTerms terms;
    terms.terms = {"ログイン"};
    terms.frequency["ログイン"] = 1;
    terms.surface["ログイン"] = "ログイン";
    InquiryQuery query(terms);
    const std::vector<std::string> languages = {"de", "en", "ja"};
    query.bridge(bridge, "ja", languages, 2.0);
    const std::string description = query.query().get_description();
    INFO(description);
    CHECK(description.find("(2 * (login SYNONYM sign) FILTER Len)") != std::string::npos);
    CHECK(description.find("(2 * (login SYNONYM anmeld) FILTER Lde)") != std::string::npos);
    // Only where the answer has no version in the inquiry's language.
    CHECK(description.find("FILTER XMISSINGja") != std::string::npos);
    // Nothing to translate into the inquiry's own language, and nothing without a bridge.
    InquiryQuery unbridged(terms);
    unbridged.bridge(bridge::TermBridge(), "ja", languages, 2.0);
    CHECK(unbridged.query().get_description() == "Query(ログイン)");
}
