// Proves search/query_builder: the shape of the queries sent to Xapian.
#include <catch2/catch.hpp>

#include "search/query_builder.h"

using namespace helpdex;

TEST_CASE("inquiry terms drop stopwords and greetings but keep counts", "[query]") {
    analysis::Analyzer analyzer;
    const auto terms = collect_query_terms(analyzer.analyze("Hello, the camera camera is offline. Thanks!", "en"), true);
    CHECK(terms.terms == std::vector<std::string>{"camera", "offlin"});
    CHECK(terms.frequency.at("camera") == 2);
    CHECK(terms.surface.at("offlin") == "offline");
}

TEST_CASE("an all-noise inquiry still searches its words", "[query]") {
    analysis::Analyzer analyzer;
    CHECK_FALSE(collect_query_terms(analyzer.analyze("Hello!", "en"), true).empty());
}

TEST_CASE("short inquiries are an OR of weighted terms", "[query]") {
    analysis::Analyzer analyzer;
    const auto terms = collect_query_terms(analyzer.analyze("refund refund invoice", "en"), false);
    CHECK(build_text_query(terms).get_description() == "Query((refund#2 OR invoic))");
}

TEST_CASE("long inquiries keep only their most informative terms", "[query]") {
    analysis::Analyzer analyzer;
    std::string text;
    for (int i = 0; i < 30; ++i) text += "word" + std::to_string(i) + "x ";
    const auto terms = collect_query_terms(analyzer.analyze(text, "en"), false);
    REQUIRE(terms.terms.size() == 30);
    CHECK(build_text_query(terms, 16).get_description().find("ELITE_SET 16") != std::string::npos);
}

TEST_CASE("filters are boolean terms", "[query]") {
    CHECK(any_of_terms("XTYPE", {"faq", "sop"}).get_description() == "Query((XTYPEfaq OR XTYPEsop))");
    CHECK(any_of_terms("Q", {"Upper-id"}).get_description() == "Query(Q:Upper-id)");
    CHECK(filtered(Xapian::Query(), Xapian::Query("Len")).get_description() == "Query(Len)");
}
