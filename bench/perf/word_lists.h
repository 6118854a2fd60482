// The five languages of the synthetic corpus and their vocabularies, read from Debian's word lists.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex::bench {

// What the generator needs to know about one language, fixed at compile time.
struct LanguageSpec {
    std::string_view code;          // the corpus's `lang`
    std::string_view dict_file;     // under /usr/share/dict
    std::string_view package;       // the Debian package that installs it
    std::u32string_view extra_letters;  // lower-case letters beyond a–z
    bool folds_capitals;            // German nouns are capitalised in the list: keep them, lower-cased
    std::vector<std::string_view> function_words;  // the most frequent words, ahead of the list's
    std::string_view greeting, sign_off;           // around long inquiries
    std::string_view customer_label, resolution_label;  // the two parts of a case body
};

// en, de, fr, es, nl, in that order.
const std::vector<LanguageSpec>& language_specs();

struct Vocabulary {
    const LanguageSpec* language = nullptr;
    std::vector<std::string> words;  // UTF-8, lower case, 3–15 letters, no duplicates, list order
};

// Thrown when a word list is missing or yields no usable words; the message names the
// package to install.
class WordListMissing : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reads each language's list from `dict_dir`, converting ISO-8859-1 lines to UTF-8, and keeps
// the words the corpus format and the analysis accept: letters of the language only (no
// apostrophes, possessives, digits or proper names), 3 to 15 of them. Throws WordListMissing.
std::vector<Vocabulary> load_vocabularies(const std::filesystem::path& dict_dir = "/usr/share/dict");

// One line of a list as a word of `language`, or empty when it is not acceptable.
std::string accept_word(std::string_view line, const LanguageSpec& language);

}  // namespace helpdex::bench
