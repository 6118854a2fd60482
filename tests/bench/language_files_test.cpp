// Proves bench/relevance/language_files: the values of bench_relevance's --cases and
// --queries, FILE or LANG=FILE, give each file its language, and a mistyped language is
// refused with the value named rather than read as a file name.
#include <catch2/catch.hpp>

#include "relevance/language_files.h"

using namespace relbench;

TEST_CASE("LANG=FILE gives the file's rows that language, FILE the default one", "[bench][language-files]") {
    CHECK(language_file_problem("nl=data/nl-kb.csv").empty());
    const LanguageFile nl = parse_language_file("nl=data/nl-kb.csv", "en");
    CHECK(nl.lang == "nl");
    CHECK(nl.path == "data/nl-kb.csv");
    const LanguageFile plain = parse_language_file("data/kb.csv", "en");
    CHECK(plain.lang == "en");
    CHECK(plain.path == "data/kb.csv");
    // A path with '=' in it is still a path when what precedes the '=' is no language.
    CHECK(language_file_problem("data/x=1.csv").empty());
    CHECK(parse_language_file("data/x=1.csv", "de").path == "data/x=1.csv");
}

TEST_CASE("a mistyped language or a missing file name is a problem naming the value", "[bench][language-files]") {
    for (const char* value : {"EN=kb.csv", "eng=kb.csv", "en_US=kb.csv", "=kb.csv"}) {
        INFO(value);
        CHECK(language_file_problem(value).find(value) != std::string::npos);
    }
    CHECK(language_file_problem("nl=").find("names no file") != std::string::npos);
    CHECK_FALSE(language_file_problem("").empty());
}
