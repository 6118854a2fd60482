// RFC 4180 CSV parsing: quoted fields with "" escapes and embedded newlines, CRLF or LF.
#include "csv_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace relbench {

InputError::InputError(const std::string& file, size_t line, size_t column, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message) {}

namespace {

class CsvParser {
public:
    CsvParser(const std::string& text, const std::string& file) : text_(text), file_(file) {
        if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // a BOM is not part of the first header name
    }

    std::vector<CsvRow> parse_all() {
        std::vector<CsvRow> rows;
        while (!at_end()) {
            CsvRow row = parse_row();
            if (!is_blank(row)) rows.push_back(std::move(row));
        }
        return rows;
    }

private:
    const std::string& text_;
    const std::string& file_;
    size_t pos_ = 0;
    size_t line_ = 1;
    size_t column_ = 1;
    bool last_field_quoted_ = false;

    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }
    bool at_line_end() const { return at_end() || peek() == '\n' || peek() == '\r'; }

    void advance() {
        const unsigned char c = static_cast<unsigned char>(text_[pos_++]);
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else if ((c & 0xC0) != 0x80) {  // UTF-8 continuation bytes do not start a character
            ++column_;
        }
    }

    void skip_line_end() {
        if (at_end()) return;
        if (peek() == '\r') {
            ++pos_;  // a lone CR also ends the record; CRLF counts as one line end
            if (!at_end() && peek() == '\n') {
                advance();
            } else {
                ++line_;
                column_ = 1;
            }
            return;
        }
        advance();
    }

    [[noreturn]] void fail(size_t line, size_t column, const std::string& message) const {
        throw InputError(file_, line, column, message);
    }

    CsvRow parse_row() {
        CsvRow row;
        while (true) {
            row.push_back(parse_field());
            if (!at_end() && peek() == ',') {
                advance();
                continue;
            }
            skip_line_end();
            return row;
        }
    }

    CsvField parse_field() {
        CsvField field{"", line_, column_};
        last_field_quoted_ = !at_end() && peek() == '"';
        if (last_field_quoted_) {
            read_quoted(field);
        } else {
            read_unquoted(field);
        }
        return field;
    }

    void read_quoted(CsvField& field) {
        advance();  // the opening quote
        while (true) {
            if (at_end()) fail(field.line, field.column, "quoted field is never closed (missing '\"')");
            if (peek() == '"') {
                advance();
                if (at_end() || peek() != '"') break;
            }
            field.value += peek();
            advance();
        }
        if (!at_end() && peek() != ',' && !at_line_end()) {
            fail(line_, column_, "unexpected character after a closing quote (a quote inside a field is written \"\")");
        }
    }

    void read_unquoted(CsvField& field) {
        while (!at_end() && peek() != ',' && !at_line_end()) {
            if (peek() == '"') fail(line_, column_, "quote inside an unquoted field (quote the whole field and double the quote)");
            field.value += peek();
            advance();
        }
    }

    bool is_blank(const CsvRow& row) const {
        return row.size() == 1 && row[0].value.empty() && !last_field_quoted_;
    }
};

}  // namespace

std::vector<CsvRow> parse_csv(const std::string& text, const std::string& file) {
    return CsvParser(text, file).parse_all();
}

std::vector<CsvRow> read_csv_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    return parse_csv(text.str(), path);
}

}  // namespace relbench
