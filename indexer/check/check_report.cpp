// Counting and writing out what a check found.
#include "indexer/check/check_report.h"

#include <algorithm>

namespace helpdex::indexer {

namespace {

size_t count_of(const std::vector<Diagnostic>& diagnostics, Diagnostic::Severity severity) {
    return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                             [severity](const Diagnostic& d) { return d.severity == severity; }));
}

std::string counted(size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

}  // namespace

int check_exit_code(const std::vector<Diagnostic>& diagnostics, bool warnings_as_errors) {
    const bool failed = count_of(diagnostics, Diagnostic::Severity::error) > 0 ||
                        (warnings_as_errors && count_of(diagnostics, Diagnostic::Severity::warning) > 0);
    return failed ? kCheckFailed : kCheckPassed;
}

std::string check_summary(const std::vector<Diagnostic>& diagnostics) {
    return counted(count_of(diagnostics, Diagnostic::Severity::error), "error") + ", " +
           counted(count_of(diagnostics, Diagnostic::Severity::warning), "warning") + ", " +
           counted(count_of(diagnostics, Diagnostic::Severity::notice), "notice");
}

nlohmann::json check_report_json(const std::vector<Diagnostic>& diagnostics) {
    using nlohmann::json;
    json items = json::array();
    for (const Diagnostic& d : diagnostics) {
        items.push_back({{"severity", severity_name(d.severity)},
                         {"file", d.file},
                         {"line", d.line == 0 ? json(nullptr) : json(d.line)},
                         {"field", d.field.empty() ? json(nullptr) : json(d.field)},
                         {"code", d.code},
                         {"message", d.message}});
    }
    return {{"diagnostics", items},
            {"errors", count_of(diagnostics, Diagnostic::Severity::error)},
            {"warnings", count_of(diagnostics, Diagnostic::Severity::warning)},
            {"notices", count_of(diagnostics, Diagnostic::Severity::notice)}};
}

}  // namespace helpdex::indexer
