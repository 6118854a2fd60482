// The languages helpdex analyses, in brief; the full profiles are in language_profile.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex::analysis {

struct LanguageInfo {
    std::string_view code;     // ISO 639-1 primary subtag, lower case
    std::string_view name;     // English name, for messages and the console
    bool stemmed;              // Xapian ships a Snowball stemmer for it
    bool spaceless;            // written without spaces between words (CJK, Thai)
};

// Every language a document or an inquiry may be in; nullopt for an unknown code.
std::optional<LanguageInfo> find_language(std::string_view code);

// All known language codes, for error messages.
std::vector<std::string> known_language_codes();

}  // namespace helpdex::analysis
