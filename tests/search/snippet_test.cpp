// Proves search/snippet: highlighted, HTML-safe excerpts.
#include <catch2/catch.hpp>

#include "search/snippet.h"

using namespace helpdex;

TEST_CASE("the snippet shows the passage with the query's words, marked", "[snippet]") {
    analysis::Analyzer analyzer;
    std::string text;
    for (int i = 0; i < 40; ++i) text += "filler" + std::to_string(i) + " ";
    text += "the refund arrives within five days ";
    for (int i = 0; i < 40; ++i) text += "tail" + std::to_string(i) + " ";
    const std::string snippet = make_snippet(text, "en", {analyzer.stem("refund", "en")}, analyzer, 12);
    CHECK(snippet.find("<mark>refund</mark>") != std::string::npos);
    CHECK(snippet.rfind("… ", 0) == 0);
    CHECK(snippet.find("filler0 ") == std::string::npos);
}

TEST_CASE("snippets are HTML-escaped", "[snippet]") {
    analysis::Analyzer analyzer;
    const std::string snippet = make_snippet("<script>alert(1)</script> refund & co", "en", {"refund"}, analyzer);
    CHECK(snippet.find("<script>") == std::string::npos);
    CHECK(snippet.find("&lt;/script&gt;") != std::string::npos);
    CHECK(snippet.find("&amp;") != std::string::npos);
}

TEST_CASE("without a match the snippet starts at the beginning", "[snippet]") {
    analysis::Analyzer analyzer;
    CHECK(make_snippet("First words of the text.", "en", {"zzz"}, analyzer).rfind("First words", 0) == 0);
}
