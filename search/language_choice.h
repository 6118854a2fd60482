// Which language a query or an inquiry is analysed in.
#pragma once

#include <string>
#include <string_view>

#include "search/analysis/language_detector.h"

namespace helpdex {

class Generation;

// A search's language: the caller's `lang` when it gives one (it also filters the results);
// the only language of a one-language index; otherwise the generation's detector's guess
// (its first language when the text has no words). Always a code the analysis knows.
analysis::LanguageGuess choose_language(const Generation& generation, std::string_view text, std::string_view hint);

// Why an inquiry is read in the language it is.
enum class LanguageSource {
    detected,         // the text decided (agreeing with the caller's `lang`, if any)
    hint,             // the caller's `lang` decided: the text alone would have chosen another, or has no words
    hint_overruled,   // the text was clearly in another language than the caller's `lang`
    accept_language,  // the caller's Accept-Language decided a short or ambiguous text
    index_language,   // the index holds one language only
};
std::string_view language_source_name(LanguageSource source);

// What the caller says about an inquiry's language: beliefs, not orders.
struct LanguagePriors {
    std::string hint;             // the request's `lang`
    std::string accept_language;  // the preferred language of an Accept-Language header
};

struct LanguageChoice {
    analysis::LanguageGuess guess;  // the text's language, with the belief in it
    LanguageSource source = LanguageSource::detected;
    bool in_index = true;           // false: the index holds no document in that language
    std::string read_as{};          // the index language the text is analysed and searched in:
                                    // guess.language, or its closest relative the index holds
};

// An inquiry's language: the detector's posterior over the index's languages, times a prior
// that favours the hint (45:1 against each other language of six) or, more weakly, the
// Accept-Language. Two words of "camera offline" cannot overturn a hint; three clear
// sentences in another language do. A text CLD2 reliably finds in a language the index
// lacks (Portuguese in a Spanish and English index) is that language, read as the index
// language it looks most like (the corpus-trained detector's choice). A hint naming a
// language the index lacks is read as its closest relative the index holds
// (analysis/language_profile.h `relatives`), else English, else the first language.
LanguageChoice choose_inquiry_language(const Generation& generation, std::string_view text, const LanguagePriors& priors);

// The same among the languages the index's detector knows only (and a hint it does not
// know, taken as given).
LanguageChoice choose_index_language(const Generation& generation, std::string_view text, const LanguagePriors& priors);

}  // namespace helpdex
