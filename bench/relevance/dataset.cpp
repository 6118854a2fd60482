// Loads the labelled cases and queries by header name and picks the quick-run subset.
#include "dataset.h"

#include <algorithm>
#include <map>
#include <random>

#include "csv_reader.h"

namespace relbench {

namespace {

std::string trimmed(std::string_view s) {
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const size_t last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

std::string lower_ascii(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

using ColumnIndex = std::map<std::string, size_t>;

ColumnIndex columns_of(const CsvRow& header, const std::string& path) {
    ColumnIndex columns;
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string name = lower_ascii(trimmed(header[i].value));
        if (!columns.emplace(name, i).second) {
            throw InputError(path, header[i].line, header[i].column, "column '" + name + "' appears twice in the header");
        }
    }
    return columns;
}

size_t require_column(const ColumnIndex& columns, const std::string& name, const CsvRow& header, const std::string& path) {
    auto it = columns.find(name);
    if (it == columns.end()) {
        throw InputError(path, header.front().line, 1, "the header has no '" + name + "' column (expected id,text,category)");
    }
    return it->second;
}

LabelledText labelled_row(const CsvRow& row, size_t header_size, size_t text_col, size_t category_col,
                          std::optional<size_t> id_col, const std::string& path) {
    if (row.size() != header_size) {
        const CsvField& at = row.size() > header_size ? row[header_size] : row.back();
        throw InputError(path, at.line, at.column,
                         std::to_string(row.size()) + " fields, but the header has " + std::to_string(header_size));
    }
    LabelledText item;
    item.line = row.front().line;
    item.text = row[text_col].value;
    if (trimmed(item.text).empty()) throw InputError(path, row[text_col].line, row[text_col].column, "empty text");
    item.category = to_category_path(row[category_col].value);
    if (item.category.empty()) {
        throw InputError(path, row[category_col].line, row[category_col].column,
                         "category \"" + row[category_col].value + "\" has no usable characters");
    }
    if (id_col) {
        item.id = trimmed(row[*id_col].value);
        if (item.id.empty()) throw InputError(path, row[*id_col].line, row[*id_col].column, "empty id");
    } else {
        item.id = "line-" + std::to_string(item.line);
    }
    return item;
}

// Where each id was first seen: the file's index in the list and the record's line.
struct IdOrigin {
    size_t file = 0;
    size_t line = 0;
};

void check_ids_unique_across_files(const std::vector<LabelledText>& items, size_t file_index,
                                   const std::vector<LanguageFile>& files, std::map<std::string, IdOrigin>& seen) {
    for (const LabelledText& item : items) {
        const auto [it, added] = seen.emplace(item.id, IdOrigin{file_index, item.line});
        if (added || it->second.file == file_index) continue;
        const LanguageFile& first = files[it->second.file];
        throw InputError(files[file_index].path, item.line, 1,
                         "case id \"" + item.id + "\" is also in " + first.path + ":" + std::to_string(it->second.line) +
                             " (ids must be unique across --cases files)");
    }
}

}  // namespace

std::string to_category_path(std::string_view raw) {
    std::vector<std::string> segments(1);
    for (unsigned char c : lower_ascii(trimmed(raw))) {
        if (c == '/') {
            segments.emplace_back();
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
            segments.back() += static_cast<char>(c);
        } else if ((c & 0xC0) != 0x80) {  // one '_' per character, not per UTF-8 byte
            segments.back() += '_';
        }
    }
    std::string path;
    for (const std::string& segment : segments) {
        if (segment.empty()) continue;
        if (!path.empty()) path += '/';
        path += segment;
    }
    return path;
}

std::vector<LabelledText> read_labelled_csv(const std::string& path, bool id_required) {
    const std::vector<CsvRow> rows = read_csv_file(path);
    if (rows.empty()) throw InputError(path, 1, 1, "the file is empty (expected a header: id,text,category)");
    const CsvRow& header = rows.front();
    const ColumnIndex columns = columns_of(header, path);
    const size_t text_col = require_column(columns, "text", header, path);
    const size_t category_col = require_column(columns, "category", header, path);
    std::optional<size_t> id_col;
    if (id_required || columns.count("id")) id_col = require_column(columns, "id", header, path);

    std::vector<LabelledText> items;
    items.reserve(rows.size() - 1);
    for (size_t i = 1; i < rows.size(); ++i) {
        items.push_back(labelled_row(rows[i], header.size(), text_col, category_col, id_col, path));
    }
    if (items.empty()) throw InputError(path, header.front().line, 1, "no rows after the header");
    return items;
}

std::vector<LabelledText> read_language_files(const std::vector<LanguageFile>& files, bool id_required) {
    std::vector<LabelledText> all;
    std::map<std::string, IdOrigin> seen;
    for (size_t f = 0; f < files.size(); ++f) {
        std::vector<LabelledText> items = read_labelled_csv(files[f].path, id_required);
        if (id_required) check_ids_unique_across_files(items, f, files, seen);
        for (LabelledText& item : items) {
            item.lang = files[f].lang;
            all.push_back(std::move(item));
        }
    }
    return all;
}

std::vector<std::string> languages_of(const std::vector<LabelledText>& items) {
    std::vector<std::string> languages;
    for (const LabelledText& item : items) {
        if (std::find(languages.begin(), languages.end(), item.lang) == languages.end()) languages.push_back(item.lang);
    }
    return languages;
}

std::vector<LabelledText> deterministic_subset(const std::vector<LabelledText>& queries, size_t limit, uint64_t seed) {
    if (limit == 0 || limit >= queries.size()) return queries;
    std::vector<size_t> order(queries.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // mt19937_64 is specified exactly by the standard; the distributions and std::shuffle are
    // not, so the Fisher-Yates step is written out to give the same subset everywhere.
    std::mt19937_64 engine(seed);
    for (size_t i = order.size() - 1; i > 0; --i) {
        std::swap(order[i], order[engine() % (i + 1)]);
    }
    order.resize(limit);
    std::sort(order.begin(), order.end());
    std::vector<LabelledText> subset;
    subset.reserve(limit);
    for (size_t i : order) subset.push_back(queries[i]);
    return subset;
}

std::vector<LabelledText> evenly_spaced(const std::vector<LabelledText>& items, size_t n) {
    if (n >= items.size()) return items;
    std::vector<LabelledText> picked;
    picked.reserve(n);
    for (size_t i = 0; i < n; ++i) picked.push_back(items[i * items.size() / n]);
    return picked;
}

}  // namespace relbench
