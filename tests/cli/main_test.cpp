// Proves cli/main and cli/serve_command by running the helpdex binary: limits the API
// rejects are rejected, and `serve` refuses an invalid config and prints the effective one.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "api/config.h"
#include "support/run_helpdex.h"
#include "support/test_support.h"

using namespace helpdex;

using test::run_helpdex;

TEST_CASE("a limit of 0 is rejected as the API rejects it, not taken as the default", "[cli]") {
    const auto suggest = run_helpdex("suggest --db /nonexistent --limit 0 'my card was declined'");
    CHECK(suggest.exit_code == 2);
    CHECK(suggest.output == "helpdex: limit: 'limit' must be between 1 and 50\n");
    const auto search = run_helpdex("search --db /nonexistent --limit 0 refund");
    CHECK(search.exit_code == 2);
    CHECK(search.output == "helpdex: limit: 'limit' must be between 1 and 100\n");
    CHECK(run_helpdex("suggest --db /nonexistent --limit 51 hi").exit_code == 2);
    CHECK(run_helpdex("search --db /nonexistent --limit -1 refund").exit_code == 2);
}

TEST_CASE("serve --print-config prints the effective config and exits 0", "[cli][config]") {
    const auto defaults = run_helpdex("serve --print-config");
    REQUIRE(defaults.exit_code == 0);
    CHECK(nlohmann::json::parse(defaults.output) == api::config_json(api::Config{}));

    test::TempDir dir;
    test::write_file(dir / "helpdex.json", R"({"port": 9000, "threads": 8, "ranking": {"bm25_k1": 1.2}})");
    const auto layered = run_helpdex("serve --config '" + (dir / "helpdex.json").string() +
                                    "' --threads 12 --quiet --category-boost 2 --print-config",
                                "HELPDEX_PORT=9001 HELPDEX_DB=/srv/kb");
    REQUIRE(layered.exit_code == 0);
    const auto printed = nlohmann::json::parse(layered.output);
    CHECK(printed["port"] == 9001);
    CHECK(printed["threads"] == 12);
    CHECK(printed["db"] == "/srv/kb");
    CHECK(printed["access_log"] == false);
    CHECK(printed["ranking"]["bm25_k1"] == 1.2);
    CHECK(printed["ranking"]["category_boost"] == 2.0);

    // What it printed, given back as the config file, is the same config.
    test::write_file(dir / "printed.json", layered.output);
    const auto again = run_helpdex("serve --config '" + (dir / "printed.json").string() + "' --print-config");
    REQUIRE(again.exit_code == 0);
    CHECK(nlohmann::json::parse(again.output) == printed);
}

TEST_CASE("serve refuses an invalid config with one line per problem and exit code 2", "[cli][config]") {
    const auto run = run_helpdex("serve --port 70000 --threads 1 --bm25-k1 0 --db /nonexistent", "HELPDEX_HOST=");
    CHECK(run.exit_code == 2);
    CHECK(run.output ==
          "helpdex serve: port: must be between 0 and 65535, not 70000\n"
          "helpdex serve: threads: must be between 2 and 1024, not 1\n"
          "helpdex serve: ranking.bm25_k1: must be greater than 0 and at most 10, not 0\n");
    const auto missing = run_helpdex("serve --config /nonexistent/helpdex.json");
    CHECK(missing.exit_code == 2);
    CHECK(missing.output == "helpdex serve: config: cannot read /nonexistent/helpdex.json\n");
    const auto environment = run_helpdex("serve --print-config", "HELPDEX_PORT=eighty");
    CHECK(environment.exit_code == 2);
    CHECK(environment.output == "helpdex serve: port: HELPDEX_PORT must be a whole number, not \"eighty\"\n");
}

TEST_CASE("index says how it reindexed: whole at first, then only what changed, whole when asked", "[cli][incremental]") {
    test::TempDir dir;
    std::filesystem::copy(test::fixture("small-corpus"), dir / "corpus", std::filesystem::copy_options::recursive);
    const std::string command = "index '" + (dir / "corpus").string() + "' --db '" + (dir / "idx").string() + "'";
    const auto first = run_helpdex(command, "", false);
    CHECK(first.exit_code == 0);
    CHECK_THAT(first.output, Catch::Contains("  reindex:   full (there is no generation to start from)\n"));
    CHECK_THAT(first.output, Catch::Contains(", retrained (there is no model to keep)\n"));

    const auto again = run_helpdex(command, "", false);
    CHECK(again.exit_code == 0);
    CHECK_THAT(again.output, Catch::Contains("  reindex:   incremental: 0 added, 0 changed, 0 removed, 10 unchanged\n"));
    CHECK_THAT(again.output, Catch::Contains(", kept (its examples are unchanged)\n"));

    const auto whole = run_helpdex(command + " --full", "", false);
    CHECK(whole.exit_code == 0);
    CHECK_THAT(whole.output, Catch::Contains("  reindex:   full (a full reindex was asked for)\n"));
}
