// Table of known languages. Stemmer availability matches Xapian 1.4's Snowball set.
#include "search/analysis/language.h"

#include <array>

namespace helpdex::analysis {

namespace {

constexpr std::array<LanguageInfo, 40> kLanguages{{
    {"ar", "Arabic", true, false},     {"bg", "Bulgarian", false, false},
    {"ca", "Catalan", true, false},    {"cs", "Czech", false, false},
    {"da", "Danish", true, false},     {"de", "German", true, false},
    {"el", "Greek", false, false},     {"en", "English", true, false},
    {"es", "Spanish", true, false},    {"et", "Estonian", false, false},
    {"eu", "Basque", true, false},     {"fi", "Finnish", true, false},
    {"fr", "French", true, false},     {"ga", "Irish", true, false},
    {"he", "Hebrew", false, false},    {"hi", "Hindi", false, false},
    {"hr", "Croatian", false, false},  {"hu", "Hungarian", true, false},
    {"hy", "Armenian", true, false},   {"id", "Indonesian", true, false},
    {"is", "Icelandic", false, false}, {"it", "Italian", true, false},
    {"ja", "Japanese", false, true},   {"ko", "Korean", false, false},
    {"lt", "Lithuanian", true, false}, {"lv", "Latvian", false, false},
    {"nb", "Norwegian Bokmål", true, false}, {"ne", "Nepali", true, false},
    {"nl", "Dutch", true, false},      {"no", "Norwegian", true, false},
    {"pl", "Polish", false, false},    {"pt", "Portuguese", true, false},
    {"ro", "Romanian", true, false},   {"ru", "Russian", true, false},
    {"sk", "Slovak", false, false},    {"sv", "Swedish", true, false},
    {"ta", "Tamil", true, false},      {"th", "Thai", false, true},
    {"tr", "Turkish", true, false},    {"zh", "Chinese", false, true},
}};

}  // namespace

std::optional<LanguageInfo> find_language(std::string_view code) {
    for (const auto& language : kLanguages) {
        if (language.code == code) return language;
    }
    return std::nullopt;
}

std::vector<std::string> known_language_codes() {
    std::vector<std::string> codes;
    for (const auto& language : kLanguages) codes.emplace_back(language.code);
    return codes;
}

}  // namespace helpdex::analysis
