// Running the helpdex binary through a shell and reading what it prints.
#include "support/run_helpdex.h"

#include <sys/wait.h>

#include <cstdio>

#include <catch2/catch.hpp>

namespace helpdex::test {

HelpdexRun run_helpdex(const std::string& arguments, const std::string& environment, bool with_stderr) {
    const std::string command = "env -u HELPDEX_DB -u HELPDEX_HOST -u HELPDEX_PORT -u HELPDEX_THREADS -u HELPDEX_KEYS_FILE " +
                                environment + " '" HELPDEX_BINARY "' " + arguments + (with_stderr ? " 2>&1" : " 2>/dev/null");
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    HelpdexRun run;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace helpdex::test
