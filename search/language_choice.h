// Which language a query or an inquiry is analysed in.
#pragma once

#include <string_view>

#include "search/analysis/language_detector.h"

namespace helpdex {

class Generation;

// The caller's hint when it gives one; the only language of a one-language index;
// otherwise the generation's detector's guess (its first language when the text has no
// words). The result is always a code the analysis knows.
analysis::LanguageGuess choose_language(const Generation& generation, std::string_view text, std::string_view hint);

}  // namespace helpdex
