// Proves search/query_terms: which words of an analysed text a query keeps.
#include <catch2/catch.hpp>

#include "search/query_terms.h"

using namespace helpdex;

TEST_CASE("inquiry terms drop stopwords and greetings but keep counts", "[query]") {
    analysis::Analyzer analyzer;
    const auto terms = collect_query_terms(analyzer.analyze("Hello, the camera camera is offline. Thanks!", "en"),
                                           WordChoice::content_without_greetings);
    CHECK(terms.terms == std::vector<std::string>{"camera", "offlin"});
    CHECK(terms.frequency.at("camera") == 2);
    CHECK(terms.surface.at("offlin") == "offline");
    CHECK(terms.contains("camera"));
    CHECK_FALSE(terms.contains("hello"));
}

TEST_CASE("search terms keep greetings, which may be what is searched for", "[query]") {
    analysis::Analyzer analyzer;
    const auto terms = collect_query_terms(analyzer.analyze("thanks for the refund", "en"), WordChoice::content_words);
    CHECK(terms.terms == std::vector<std::string>{"thank", "refund"});
}

TEST_CASE("every word keeps function words, in order of first appearance", "[query]") {
    analysis::Analyzer analyzer;
    const auto terms = collect_query_terms(analyzer.analyze("what is this what", "en"), WordChoice::every_word);
    CHECK(terms.terms == std::vector<std::string>{"what", "is", "this"});
    CHECK(terms.frequency.at("what") == 2);
}

TEST_CASE("an all-noise inquiry still searches its words", "[query]") {
    analysis::Analyzer analyzer;
    const auto terms = collect_query_terms(analyzer.analyze("Hello!", "en"), WordChoice::content_without_greetings);
    CHECK(terms.terms == std::vector<std::string>{"hello"});
}
