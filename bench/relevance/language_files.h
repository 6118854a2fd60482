// The values of --cases and --queries: FILE, or LANG=FILE to give the language of the file's rows.
#pragma once

#include <string>
#include <string_view>

namespace relbench {

// One labelled CSV file and the language of every row in it.
struct LanguageFile {
    std::string lang;
    std::string path;
};

// What is wrong with one option value, or "" when it is good. LANG=FILE takes LANG as two
// lower-case ASCII letters. A value whose part before the first '=' holds anything but letters,
// '-' and '_' is a plain path ("./a=b.csv", "data/x=1.csv"). A prefix of letters, '-' and '_'
// that is not such a code ("EN=", "eng=", "en_US=", "=") is taken for a mistyped language and
// is a problem, not a file name; a file really named so is given as "./EN=kb.csv".
std::string language_file_problem(std::string_view value);

// The file and its language: LANG when the value is LANG=FILE, default_lang otherwise.
// The value must have no problem (language_file_problem).
LanguageFile parse_language_file(std::string_view value, const std::string& default_lang);

}  // namespace relbench
