// Which of some 80 languages a text is in, for inquiries in a language the index does not
// hold: Google's Compact Language Detector 2 (Debian's libcld2). The index's own detector
// (language_detector.h) only knows the corpus's languages and would call Portuguese Spanish.
// CLD2 mostly answers "unknown" on one to three words, so only its reliable verdicts count.
#pragma once

#include <string>
#include <string_view>

namespace helpdex::analysis {

struct BroadGuess {
    std::string language;  // ISO 639-1 code; empty when CLD2 cannot tell
    int percent = 0;       // of the text's letters in that language
    bool reliable = false; // CLD2's own verdict on its guess
};

// Thread-safe. Invalid UTF-8 gives an empty guess.
BroadGuess detect_broadly(std::string_view text);

}  // namespace helpdex::analysis
