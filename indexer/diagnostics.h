// Compiler-style problem reports: "articles/x.md:4: error: field 'lang': reason".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex::indexer {

struct Diagnostic {
    // error: the document (or file) is left out, and `index --strict` fails; warning: served
    // as it is, but an editor should look; notice: worth knowing, nothing is wrong.
    enum class Severity { warning, error, notice };
    Severity severity = Severity::error;
    std::string file;   // relative to the corpus folder
    size_t line = 0;    // 1-based; 0 when the problem concerns the whole file
    std::string field;  // empty when no single field is at fault
    std::string message;
    std::string code;   // stable and short, for tools: "duplicate-id", "unknown-key", …

    std::string to_string() const;
};

// "error", "warning" or "notice".
std::string_view severity_name(Diagnostic::Severity severity);

// Collects every problem of a run, so a content editor sees all of them at once.
class Diagnostics {
public:
    void error(std::string code, std::string file, size_t line, std::string field, std::string message);
    void warning(std::string code, std::string file, size_t line, std::string field, std::string message);
    void notice(std::string code, std::string file, size_t line, std::string field, std::string message);
    void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

    const std::vector<Diagnostic>& all() const { return items_; }
    size_t count(Diagnostic::Severity severity) const;
    size_t error_count() const { return count(Diagnostic::Severity::error); }
    bool has_errors() const { return error_count() > 0; }

private:
    std::vector<Diagnostic> items_;
};

}  // namespace helpdex::indexer
