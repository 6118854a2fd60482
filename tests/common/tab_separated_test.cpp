// Proves common/tab_separated: rows split on tabs, a malformed one named by its line.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "common/tab_separated.h"

using namespace helpdex;

namespace {

std::vector<std::vector<std::string>> rows_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::vector<std::string>> rows;
    read_tab_separated(in, "table", "a, b", [&](const std::vector<std::string_view>& fields) {
        rows.emplace_back(fields.begin(), fields.end());
        return fields.size() >= 2;
    });
    return rows;
}

}  // namespace

TEST_CASE("each line's fields are split on tabs, empty ones kept", "[tab_separated]") {
    CHECK(rows_of("x\ty\n\tz\t\nlast\tline") ==
          std::vector<std::vector<std::string>>{{"x", "y"}, {"", "z", ""}, {"last", "line"}});
    CHECK(rows_of("").empty());
}

TEST_CASE("a row the reader refuses throws, naming the table, the line and the shape", "[tab_separated]") {
    CHECK_THROWS_WITH(rows_of("x\ty\nlonely\n"), "table, line 2: not a, b");
}

TEST_CASE("a count is a whole number above 0, written in full", "[tab_separated]") {
    CHECK(positive_count("42") == 42u);
    CHECK(positive_count("18446744073709551615") == 18446744073709551615ull);
    for (std::string_view bad : {"0", "-3", "", "4x", " 4", "1.5", "18446744073709551616"}) {
        INFO(bad);
        CHECK_FALSE(positive_count(bad));
    }
}
