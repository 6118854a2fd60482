// Proves common/build_id: the program's GNU build ID, read once.
#include <catch2/catch.hpp>

#include "common/build_id.h"

TEST_CASE("the program knows its build id", "[build-id]") {
    const std::string& id = helpdex::build_id();
    // The toolchains helpdex builds with (Debian's gcc and clang) link one in by default.
    REQUIRE(id.size() >= 16);
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(&helpdex::build_id() == &id);
}
