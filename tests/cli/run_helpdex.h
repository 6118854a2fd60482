// Runs the helpdex binary as a user would, for the CLI tests.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace helpdex::test {

struct Run {
    int exit_code = -1;
    std::string output;  // stdout, and stderr unless left out
};

// Runs helpdex with `arguments` (shell words) in an environment without HELPDEX_*
// variables, unless `environment` sets some ("HELPDEX_PORT=1 ").
inline Run run_helpdex(const std::string& arguments, const std::string& environment = "", bool with_stderr = true) {
    const std::string command = "env -u HELPDEX_DB -u HELPDEX_HOST -u HELPDEX_PORT -u HELPDEX_THREADS -u HELPDEX_KEYS_FILE " +
                                environment + " '" HELPDEX_BINARY "' " + arguments + (with_stderr ? " 2>&1" : " 2>/dev/null");
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    Run run;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace helpdex::test
