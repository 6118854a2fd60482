// Language choice from the hint, the index's languages and detection.
#include "search/language_choice.h"

#include "search/generation.h"

namespace helpdex {

analysis::LanguageGuess choose_language(const Generation& generation, std::string_view text, std::string_view hint) {
    if (!hint.empty()) return {std::string(hint), 1.0};
    const auto& languages = generation.languages();
    // An index in one language answers in that language whatever the inquiry looks like.
    if (languages.size() == 1) return {languages.front(), 1.0};
    auto guess = generation.language_detector().detect(text);
    if (guess.language.empty()) guess.language = languages.empty() ? "en" : languages.front();
    return guess;
}

}  // namespace helpdex
