// Per-language stopwords and greeting/sign-off noise, in normalised (NFKC case-folded) form.
#pragma once

#include <string_view>

namespace helpdex::analysis {

// Function words that carry no topic ("the", "de", "und"). Languages without a list
// stop nothing. Thread-safe (immutable tables).
bool is_stopword(std::string_view lang, std::string_view normalized_word);

// Salutations, thanks and sign-offs that open and close inquiries ("hello", "bedankt",
// "cordialement"): noise for matching, but never stopwords inside documents' text.
bool is_greeting_noise(std::string_view lang, std::string_view normalized_word);

}  // namespace helpdex::analysis
