// Runs the helpdex binary built beside the tests, as a user would from a shell.
#pragma once

#include <string>

namespace helpdex::test {

struct HelpdexRun {
    int exit_code = -1;
    std::string output;  // stdout, and stderr unless left out
};

// Runs helpdex with `arguments` (shell words) in an environment without HELPDEX_*
// variables, unless `environment` sets some ("HELPDEX_PORT=1 ").
HelpdexRun run_helpdex(const std::string& arguments, const std::string& environment = "", bool with_stderr = true);

}  // namespace helpdex::test
