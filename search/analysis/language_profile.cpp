// Look-up of language profiles: the registry is built once, indexed by code, then only read.
#include "search/analysis/language_profile.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "search/analysis/languages/registry.h"

namespace helpdex::analysis {

namespace {

using ProfileIndex = std::unordered_map<std::string_view, const LanguageProfile*>;
using Phrases = std::vector<std::string_view>;

const ProfileIndex& profiles_by_code() {
    static const ProfileIndex index = [] {
        ProfileIndex by_code;
        for (const LanguageProfile& profile : language_profiles()) {
            if (!by_code.emplace(profile.code, &profile).second) {
                throw std::logic_error("language registry: code '" + std::string(profile.code) + "' twice");
            }
        }
        return by_code;
    }();
    return index;
}

// One list out of every profile's `field`, each phrase once, in registry order.
Phrases union_of(Phrases LanguageProfile::*field) {
    Phrases all;
    for (const LanguageProfile& profile : language_profiles()) {
        for (std::string_view phrase : profile.*field) {
            if (std::find(all.begin(), all.end(), phrase) == all.end()) all.push_back(phrase);
        }
    }
    return all;
}

}  // namespace

bool ElisionRule::elides(std::string_view head) const {
    if (!elides_articles) return false;
    return head.size() <= 2 || std::find(long_heads.begin(), long_heads.end(), head) != long_heads.end();
}

const std::vector<LanguageProfile>& language_profiles() {
    static const std::vector<LanguageProfile> profiles = languages::registered_profiles();
    return profiles;
}

const LanguageProfile* find_language_profile(std::string_view code) {
    const ProfileIndex& index = profiles_by_code();
    const auto it = index.find(code);
    return it == index.end() ? nullptr : it->second;
}

const std::vector<std::string_view>& all_resolution_headings() {
    static const Phrases headings = union_of(&LanguageProfile::resolution_headings);
    return headings;
}

const std::vector<std::string_view>& all_outcome_labels() {
    static const Phrases labels = union_of(&LanguageProfile::outcome_labels);
    return labels;
}

const std::vector<std::string_view>& all_signature_line_prefixes() {
    static const Phrases prefixes = union_of(&LanguageProfile::signature_lines);
    return prefixes;
}

const LanguageProfile& language_profile(std::string_view code) {
    static const LanguageProfile neutral;
    const LanguageProfile* profile = find_language_profile(code);
    return profile ? *profile : neutral;
}

}  // namespace helpdex::analysis
