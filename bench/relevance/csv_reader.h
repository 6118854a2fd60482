// RFC 4180 CSV reading that remembers where every field starts, so errors can point at it.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace relbench {

struct CsvField {
    std::string value;
    size_t line = 0;
    size_t column = 0;  // 1-based, in characters
};

using CsvRow = std::vector<CsvField>;

// Thrown for malformed input; what() reads "FILE:LINE:COLUMN: error: MESSAGE".
class InputError : public std::runtime_error {
public:
    InputError(const std::string& file, size_t line, size_t column, const std::string& message);
};

// Every non-blank record of the file, the header included.
std::vector<CsvRow> read_csv_file(const std::string& path);

// The same, from text already in memory (file is used in error messages only).
std::vector<CsvRow> parse_csv(const std::string& text, const std::string& file);

}  // namespace relbench
