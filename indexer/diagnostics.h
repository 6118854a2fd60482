// Compiler-style problem reports: "articles/x.md:4: error: field 'lang': reason".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace helpdex::indexer {

struct Diagnostic {
    enum class Severity { warning, error };
    Severity severity = Severity::error;
    std::string file;   // relative to the corpus folder
    size_t line = 0;    // 1-based; 0 when the problem concerns the whole file
    std::string field;  // empty when no single field is at fault
    std::string message;

    std::string to_string() const;
};

// Collects every problem of a run, so a content editor sees all of them at once.
class Diagnostics {
public:
    void error(std::string file, size_t line, std::string field, std::string message);
    void warning(std::string file, size_t line, std::string field, std::string message);

    const std::vector<Diagnostic>& all() const { return items_; }
    size_t error_count() const;
    bool has_errors() const { return error_count() > 0; }

private:
    std::vector<Diagnostic> items_;
};

}  // namespace helpdex::indexer
