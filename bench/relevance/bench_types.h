// The records the relevance bench reads and the answers every system under test gives.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace relbench {

// One row of the cases or queries file, its category already a valid helpdex category path.
struct LabelledText {
    std::string id;
    std::string text;
    std::string category;
    std::string lang;  // its file's language (LANG=FILE, else --lang)
    size_t line = 0;   // where the record starts in its file
};

// What one system answered to one query.
struct Answer {
    std::string category;                         // predicted category; empty when none
    double confidence = 0;                        // in [0, 1]
    std::vector<std::string> ranked_categories;   // categories of the returned cases, best first
    double latency_ms = 0;
    bool failed = false;                          // the request failed (HTTP error, bad reply)
};

// Every answer of one column of the results table.
struct SystemRun {
    std::string name;
    std::string latency_kind;                     // how latency was measured, for the reader
    std::vector<Answer> answers;                  // in query order
    double index_seconds = 0;
    std::optional<size_t> errors;                 // only systems reached over HTTP can fail
};

}  // namespace relbench
