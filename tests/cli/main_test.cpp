// Proves cli/main by running the helpdex binary: limits the API rejects are rejected.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>

namespace {

struct Run {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// Runs helpdex with `arguments` (shell words) in an environment without HELPDEX_*
// variables, unless `environment` sets some ("HELPDEX_PORT=1 ").
Run run_helpdex(const std::string& arguments, const std::string& environment = "") {
    const std::string command = "env -u HELPDEX_DB -u HELPDEX_HOST -u HELPDEX_PORT -u HELPDEX_THREADS " + environment +
                                " '" HELPDEX_BINARY "' " + arguments + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    Run run;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace

TEST_CASE("a limit of 0 is rejected as the API rejects it, not taken as the default", "[cli]") {
    const Run suggest = run_helpdex("suggest --db /nonexistent --limit 0 'my card was declined'");
    CHECK(suggest.exit_code == 2);
    CHECK(suggest.output == "helpdex: limit: 'limit' must be between 1 and 50\n");
    const Run search = run_helpdex("search --db /nonexistent --limit 0 refund");
    CHECK(search.exit_code == 2);
    CHECK(search.output == "helpdex: limit: 'limit' must be between 1 and 100\n");
    CHECK(run_helpdex("suggest --db /nonexistent --limit 51 hi").exit_code == 2);
    CHECK(run_helpdex("search --db /nonexistent --limit -1 refund").exit_code == 2);
}
