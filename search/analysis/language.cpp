// The language table as LanguageInfo, read from the language profiles (language_profile.h).
#include "search/analysis/language.h"

#include "search/analysis/language_profile.h"

namespace helpdex::analysis {

std::optional<LanguageInfo> find_language(std::string_view code) {
    const LanguageProfile* profile = find_language_profile(code);
    if (!profile) return std::nullopt;
    return LanguageInfo{profile->code, profile->name, profile->stemmed(), profile->spaceless};
}

std::vector<std::string> known_language_codes() {
    std::vector<std::string> codes;
    for (const auto& profile : language_profiles()) codes.emplace_back(profile.code);
    return codes;
}

}  // namespace helpdex::analysis
