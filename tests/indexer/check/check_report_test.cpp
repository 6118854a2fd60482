// Proves indexer/check/check_report: exit codes, the summary line and the JSON document.
#include <catch2/catch.hpp>

#include "indexer/check/check_report.h"

using namespace helpdex::indexer;

namespace {

Diagnostic with(Diagnostic::Severity severity) {
    return Diagnostic{severity, "articles/a.md", 3, "lang", "a reason", "some-code"};
}

}  // namespace

TEST_CASE("errors fail a check; warnings only when they count as errors; notices never", "[check]") {
    using S = Diagnostic::Severity;
    CHECK(check_exit_code({}, false) == 0);
    CHECK(check_exit_code({with(S::notice)}, true) == 0);
    CHECK(check_exit_code({with(S::warning), with(S::notice)}, false) == 0);
    CHECK(check_exit_code({with(S::warning)}, true) == 1);
    CHECK(check_exit_code({with(S::error)}, false) == 1);
}

TEST_CASE("the summary counts each severity", "[check]") {
    using S = Diagnostic::Severity;
    CHECK(check_summary({}) == "0 errors, 0 warnings, 0 notices");
    CHECK(check_summary({with(S::error), with(S::warning), with(S::warning), with(S::notice)}) == "1 error, 2 warnings, 1 notice");
}

TEST_CASE("the JSON report lists each diagnostic with its code, null where nothing applies", "[check]") {
    Diagnostic whole_file{Diagnostic::Severity::notice, "articles/b.md", 0, "", "a note", "other-code"};
    const auto report = check_report_json({with(Diagnostic::Severity::error), whole_file});
    CHECK(report == nlohmann::json::parse(R"({
        "diagnostics": [
            {"severity": "error", "file": "articles/a.md", "line": 3, "field": "lang", "code": "some-code", "message": "a reason"},
            {"severity": "notice", "file": "articles/b.md", "line": null, "field": null, "code": "other-code", "message": "a note"}],
        "errors": 1, "warnings": 0, "notices": 1})"));
}
