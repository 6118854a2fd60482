// Quoted-reply and signature removal.
#include "search/inquiry_cleaning.h"

#include <algorithm>
#include <initializer_list>

namespace helpdex {

namespace {

bool starts_with_any(std::string_view line, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return line.starts_with(p); });
}

// Where the customer's own words end: a signature separator or a client's sign-off line.
bool ends_message(std::string_view line) {
    return line == "--" || line == "-- " || line == "__" ||
           starts_with_any(line, {"Sent from my", "Verstuurd vanaf mijn", "Verzonden vanaf mijn", "Von meinem",
                                  "Gesendet von", "Envoyé de mon", "Envoyé depuis", "Enviado desde mi",
                                  "-----Original Message", "-----Oorspronkelijk bericht", "-----Ursprüngliche Nachricht",
                                  "-------- Message d'origine", "-----Mensaje original"});
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
