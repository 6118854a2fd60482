// Quoted-reply and signature removal.
#include "search/inquiry_cleaning.h"

#include <algorithm>

#include "search/analysis/language_profile.h"

namespace helpdex {

namespace {

// Where the customer's own words end: a signature separator, or a mail client's sign-off or
// quoted-message header in any language (checked before the language is known).
bool ends_message(std::string_view line) {
    if (line == "--" || line == "-- " || line == "__") return true;
    const auto& prefixes = analysis::all_signature_line_prefixes();
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return line.starts_with(p); });
}

}  // namespace

std::string strip_quoted_and_signature(std::string_view text) {
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (ends_message(line)) break;
        if (!line.starts_with(">")) {
            out.append(line);
            out += '\n';
        }
        start = end + 1;
    }
    return out;
}

}  // namespace helpdex
