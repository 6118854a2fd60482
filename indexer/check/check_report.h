// How `helpdex check` reports: counts, exit code, and the JSON document for editors' CI.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/diagnostics.h"

namespace helpdex::indexer {

// Exit codes of `helpdex check`: no error (warnings and notices allowed), errors found (or
// warnings with --warnings-as-errors), and a command that could not check: a usage error or
// a corpus folder that cannot be read.
inline constexpr int kCheckPassed = 0;
inline constexpr int kCheckFailed = 1;
inline constexpr int kCheckUnusable = 2;

int check_exit_code(const std::vector<Diagnostic>& diagnostics, bool warnings_as_errors);

// "1 error, 0 warnings, 2 notices".
std::string check_summary(const std::vector<Diagnostic>& diagnostics);

// {"diagnostics":[{"severity","file","line","field","code","message"}…],"errors":N,"warnings":N,"notices":N}:
// file relative to the corpus folder, line and field null when the problem concerns the
// whole file or no single field.
nlohmann::json check_report_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace helpdex::indexer
