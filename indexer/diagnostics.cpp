// Formatting and collecting diagnostics.
#include "indexer/diagnostics.h"

#include <algorithm>

namespace helpdex::indexer {

std::string_view severity_name(Diagnostic::Severity severity) {
    constexpr std::string_view names[] = {"warning", "error", "notice"};  // in the enum's order
    return names[static_cast<size_t>(severity)];
}

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
    out += severity_name(severity);
    out += ": ";
    if (!field.empty()) out += "field '" + field + "': ";
    out += message;
    return out;
}

void Diagnostics::error(std::string code, std::string file, size_t line, std::string field, std::string message) {
    items_.push_back({Diagnostic::Severity::error, std::move(file), line, std::move(field), std::move(message), std::move(code)});
}

void Diagnostics::warning(std::string code, std::string file, size_t line, std::string field, std::string message) {
    items_.push_back({Diagnostic::Severity::warning, std::move(file), line, std::move(field), std::move(message), std::move(code)});
}

void Diagnostics::notice(std::string code, std::string file, size_t line, std::string field, std::string message) {
    items_.push_back({Diagnostic::Severity::notice, std::move(file), line, std::move(field), std::move(message), std::move(code)});
}

size_t Diagnostics::count(Diagnostic::Severity severity) const {
    return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [severity](const Diagnostic& d) {
        return d.severity == severity;
    }));
}

}  // namespace helpdex::indexer
