// The values of --cases and --queries: FILE, or LANG=FILE to give the language of the file's rows.
#include "language_files.h"

#include <optional>

namespace relbench {

namespace {

bool is_lower_ascii_letter(char c) {
    return c >= 'a' && c <= 'z';
}

bool is_language_code(std::string_view s) {
    return s.size() == 2 && is_lower_ascii_letter(s[0]) && is_lower_ascii_letter(s[1]);
}

// Letters, '-' and '_' only: what someone writing a language or locale would type.
bool looks_like_a_language(std::string_view s) {
    for (char c : s) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && c != '-' && c != '_') return false;
    }
    return true;
}

// The part before the first '=', when the value has one.
std::optional<std::string_view> prefix_of(std::string_view value) {
    const size_t equals = value.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    return value.substr(0, equals);
}

// The value between double quotes, as the messages show it.
std::string quoted(std::string_view s) {
    std::string text(1, '"');
    text.append(s);
    text += '"';
    return text;
}

}  // namespace

std::string language_file_problem(std::string_view value) {
    if (value.empty()) return "an empty value names no file";
    const std::optional<std::string_view> prefix = prefix_of(value);
    if (!prefix) return "";
    if (is_language_code(*prefix)) {
        return value.size() == 3 ? quoted(value) + " names no file after the language (LANG=FILE)" : "";
    }
    if (!looks_like_a_language(*prefix)) return "";  // a plain path that happens to contain '='
    return quoted(value) + ": " + quoted(*prefix) +
           " is not a language code; write LANG=FILE with LANG two lower-case letters (en=kb.csv), or ./" +
           std::string(value) + " for a file of that name";
}

LanguageFile parse_language_file(std::string_view value, const std::string& default_lang) {
    const std::optional<std::string_view> prefix = prefix_of(value);
    if (prefix && is_language_code(*prefix)) return {std::string(*prefix), std::string(value.substr(3))};
    return {default_lang, std::string(value)};
}

}  // namespace relbench
