// Proves search/index_layout: reading the CURRENT pointer of an index directory.
#include <catch2/catch.hpp>

#include "search/index_layout.h"
#include "support/test_support.h"

using namespace helpdex;
namespace fs = std::filesystem;

TEST_CASE("without a CURRENT file nothing is indexed yet", "[layout]") {
    test::TempDir dir;
    CHECK_FALSE(read_current_name(dir.path()));
    CHECK_FALSE(read_current_name(dir / "missing"));  // nor without the directory
}

TEST_CASE("CURRENT names its generation, trailing line ends and spaces trimmed", "[layout]") {
    test::TempDir dir;
    const std::string content =
        GENERATE(as<std::string>{}, "gen-20261124T103000Z-4821\n", "gen-20261124T103000Z-4821", "gen-20261124T103000Z-4821\r\n",
                 "gen-20261124T103000Z-4821  \n", "gen-20261124T103000Z-4821 \n\n");
    test::write_file(dir / layout::kCurrentFile, content);
    CHECK(read_current_name(dir.path()) == std::optional<std::string>("gen-20261124T103000Z-4821"));
}

TEST_CASE("a CURRENT that does not name a generation is an IndexError naming the file", "[layout]") {
    test::TempDir dir;
    const std::string content = GENERATE(as<std::string>{}, "", "\n", "  \n", "a/b", "gen-1/xapian\n", ".hidden", "..\n", "/gen-1\n");
    INFO("CURRENT: \"" << content << "\"");
    test::write_file(dir / layout::kCurrentFile, content);
    CHECK_THROWS_MATCHES(read_current_name(dir.path()), IndexError,
                         Catch::Matchers::Message((dir / layout::kCurrentFile).string() + " does not name a generation"));
}

TEST_CASE("a CURRENT that cannot be read is an IndexError", "[layout]") {
    test::TempDir dir;
    fs::create_directories(dir / layout::kCurrentFile);
    CHECK_THROWS_AS(read_current_name(dir.path()), IndexError);
}
