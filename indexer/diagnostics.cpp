// Formatting and collecting diagnostics.
#include "indexer/diagnostics.h"

#include <algorithm>

namespace helpdex::indexer {

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += severity == Severity::error ? ": error: " : ": warning: ";
    if (!field.empty()) out += "field '" + field + "': ";
    out += message;
    return out;
}

void Diagnostics::error(std::string file, size_t line, std::string field, std::string message) {
    items_.push_back({Diagnostic::Severity::error, std::move(file), line, std::move(field), std::move(message)});
}

void Diagnostics::warning(std::string file, size_t line, std::string field, std::string message) {
    items_.push_back({Diagnostic::Severity::warning, std::move(file), line, std::move(field), std::move(message)});
}

size_t Diagnostics::error_count() const {
    return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::error;
    }));
}

}  // namespace helpdex::indexer
