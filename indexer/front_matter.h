// Front matter and JSONL records, read into the same raw form: each field's value with
// the line it stands on, ready for document_parser to validate.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "indexer/diagnostics.h"

namespace helpdex::indexer {

struct RawField {
    nlohmann::json value;  // YAML scalars arrive as strings, lists as arrays, maps as objects
    size_t line = 0;       // 1-based line in the source file
};
using RawFields = std::map<std::string, RawField>;

struct RawRecord {
    RawFields fields;
    std::string body;       // the Markdown after the front matter (articles)
    size_t line = 1;        // where the record starts
    size_t body_line = 1;   // where the body starts: the line after the front matter (articles)
};

// Splits "---\n<yaml>\n---\n<markdown>" and parses the YAML. Reports problems under
// `file` and returns nullopt when the front matter is missing or malformed.
std::optional<RawRecord> parse_article(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// Parses one JSONL line (1-based `line`) into fields; nullopt on malformed JSON.
std::optional<RawRecord> parse_case_line(std::string_view text, const std::string& file, size_t line,
                                         Diagnostics& diagnostics);

}  // namespace helpdex::indexer
