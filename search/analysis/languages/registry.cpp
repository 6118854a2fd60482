// The registry: every language helpdex knows, one line each, in code order. Stemmers are
// Xapian 1.4's Snowball set; a language with its own file adds stopwords, cues and the rest.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

namespace {

// A language known by its basic facts only: no word lists, no cues, no headings.
LanguageProfile basic(std::string_view code, std::string_view name, std::string_view snowball_stemmer = {}) {
    LanguageProfile profile;
    profile.code = code;
    profile.name = name;
    profile.snowball_stemmer = snowball_stemmer;
    return profile;
}

// Written without spaces between words; ICU's dictionaries break them, nothing stems them.
LanguageProfile spaceless(std::string_view code, std::string_view name) {
    LanguageProfile profile = basic(code, name);
    profile.spaceless = true;
    return profile;
}

LanguageProfile catalan() {
    LanguageProfile profile = basic("ca", "Catalan", "catalan");
    profile.elision = article_elision();
    return profile;
}

// Closest first; English last for most, as the language of product names and tech words.
void add_relatives(std::vector<LanguageProfile>& profiles) {
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> relatives = {
        {"ca", {"es", "fr", "it", "pt", "en"}}, {"cs", {"sk", "pl", "de", "en"}},
        {"da", {"nb", "no", "sv", "de", "nl", "en"}}, {"de", {"nl", "en"}},
        {"en", {"nl", "de", "fr"}}, {"es", {"pt", "ca", "it", "fr", "en"}},
        {"fr", {"it", "es", "ca", "pt", "en"}}, {"it", {"es", "pt", "fr", "ca", "en"}},
        {"nb", {"no", "da", "sv", "de", "nl", "en"}}, {"nl", {"de", "en"}},
        {"no", {"nb", "da", "sv", "de", "nl", "en"}}, {"pl", {"cs", "sk", "de", "en"}},
        {"pt", {"es", "gl", "it", "fr", "ca", "en"}}, {"ro", {"it", "es", "fr", "pt", "en"}},
        {"sk", {"cs", "pl", "de", "en"}}, {"sv", {"no", "nb", "da", "de", "nl", "en"}},
    };
    for (LanguageProfile& profile : profiles) {
        for (const auto& [code, list] : relatives) {
            if (profile.code == code) profile.relatives = list;
        }
    }
}

// Debian's wordlist packages: wamerican, wbritish, wngerman, wfrench, wspanish, wdutch,
// witalian, wportuguese (scripts/install-deps.sh installs them).
void add_word_lists(std::vector<LanguageProfile>& profiles) {
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> lists = {
        {"de", {"ngerman"}},  {"en", {"american-english", "british-english"}},
        {"es", {"spanish"}},  {"fr", {"french"}},
        {"it", {"italian"}},  {"nl", {"dutch"}},
        {"pt", {"portuguese"}},
    };
    for (LanguageProfile& profile : profiles) {
        for (const auto& [code, list] : lists) {
            if (profile.code == code) profile.word_lists = list;
        }
    }
}

}  // namespace

std::vector<LanguageProfile> registered_profiles() {
    std::vector<LanguageProfile> profiles;
    profiles.push_back(basic("ar", "Arabic", "arabic"));
    profiles.push_back(basic("bg", "Bulgarian"));
    profiles.push_back(catalan());
    profiles.push_back(basic("cs", "Czech"));
    profiles.push_back(basic("da", "Danish", "danish"));
    profiles.push_back(german());
    profiles.push_back(basic("el", "Greek"));
    profiles.push_back(english());
    profiles.push_back(spanish());
    profiles.push_back(basic("et", "Estonian"));
    profiles.push_back(basic("eu", "Basque", "basque"));
    profiles.push_back(basic("fi", "Finnish", "finnish"));
    profiles.push_back(french());
    profiles.push_back(basic("ga", "Irish", "irish"));
    profiles.push_back(basic("he", "Hebrew"));
    profiles.push_back(basic("hi", "Hindi"));
    profiles.push_back(basic("hr", "Croatian"));
    profiles.push_back(basic("hu", "Hungarian", "hungarian"));
    profiles.push_back(basic("hy", "Armenian", "armenian"));
    profiles.push_back(basic("id", "Indonesian", "indonesian"));
    profiles.push_back(basic("is", "Icelandic"));
    profiles.push_back(italian());
    profiles.push_back(japanese());
    profiles.push_back(basic("ko", "Korean"));
    profiles.push_back(basic("lt", "Lithuanian", "lithuanian"));
    profiles.push_back(basic("lv", "Latvian"));
    profiles.push_back(basic("nb", "Norwegian Bokmål", "norwegian"));
    profiles.push_back(basic("ne", "Nepali", "nepali"));
    profiles.push_back(dutch());
    profiles.push_back(basic("no", "Norwegian", "norwegian"));
    profiles.push_back(basic("pl", "Polish"));
    profiles.push_back(portuguese());
    profiles.push_back(basic("ro", "Romanian", "romanian"));
    profiles.push_back(basic("ru", "Russian", "russian"));
    profiles.push_back(basic("sk", "Slovak"));
    profiles.push_back(basic("sv", "Swedish", "swedish"));
    profiles.push_back(basic("ta", "Tamil", "tamil"));
    profiles.push_back(spaceless("th", "Thai"));
    profiles.push_back(basic("tr", "Turkish", "turkish"));
    profiles.push_back(spaceless("zh", "Chinese"));
    add_relatives(profiles);
    add_word_lists(profiles);
    return profiles;
}

}  // namespace helpdex::analysis::languages
