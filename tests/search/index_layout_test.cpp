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

TEST_CASE("a document's shard is FNV-1a of its id modulo the shard count, the same on every run", "[layout][shards]") {
    // 64-bit FNV-1a: "" → 0xcbf29ce484222325, "a" → 0xaf63dc4c8601ec8c (the published test
    // vectors), so these hold on any machine and build.
    CHECK(shard_of("", 1) == 0);
    CHECK(shard_of("", 3) == 0xcbf29ce484222325ULL % 3);
    CHECK(shard_of("a", 7) == 0xaf63dc4c8601ec8cULL % 7);
    CHECK(shard_of("fx-refund", 3) == 2);
    CHECK(shard_of("fx-refund", 2) == 0);
    CHECK(shard_of("billing-refund-policy", 3) == 1);
    CHECK_THROWS_AS(shard_of("a", 0), std::invalid_argument);
}

TEST_CASE("every document falls in exactly one shard within the count, spread over all of them", "[layout][shards]") {
    const size_t count = GENERATE(size_t{1}, size_t{2}, size_t{3}, size_t{16});
    std::vector<size_t> per_shard(count, 0);
    for (int i = 0; i < 3000; ++i) {
        const size_t shard = shard_of("doc-" + std::to_string(i), count);
        REQUIRE(shard < count);
        CHECK(shard_of("doc-" + std::to_string(i), count) == shard);  // a function of the id alone
        ++per_shard[shard];
    }
    for (size_t documents : per_shard) CHECK(documents > 3000 / count / 2);  // none starved
}

TEST_CASE("one shard is the one xapian/ database; more are shards/0 … N-1", "[layout][shards]") {
    const fs::path gen = "/idx/gen-1";
    CHECK(shard_databases(gen, 1) == std::vector<fs::path>{gen / layout::kXapianDir});
    CHECK(shard_databases(gen, 3) == std::vector<fs::path>{gen / "shards" / "0", gen / "shards" / "1", gen / "shards" / "2"});
    CHECK_THROWS_AS(shard_databases(gen, 0), std::invalid_argument);
}
