// Unicode normalisation shared by indexing and querying: NFKC with case folding.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace helpdex::analysis {

// Returns `text` in NFKC_Casefold form ("Ｅ－１０４" → "e-104", "Straße" → "strasse"),
// with typographic apostrophes mapped to U+0027 so elisions split the same way in every
// source. Invalid UTF-8 sequences become U+FFFD. Thread-safe: the ICU normaliser instance
// is immutable and shared.
std::string normalize(std::string_view text);

// `text` without its diacritics ("réinitialisation" → "reinitialisation", "rückerstattung"
// → "ruckerstattung"): how customers type on a keyboard without accents. Canonical
// decomposition, then every non-spacing mark dropped, then recomposed.
std::string fold_diacritics(std::string_view text);

// True when `text` is valid UTF-8 (used at the boundaries to reject bad input early).
bool is_valid_utf8(std::string_view text);

// Byte offsets where each code point of `text` starts, plus text.size() at the end: the
// cut points for character n-grams that never split a character.
std::vector<size_t> code_point_offsets(std::string_view text);

}  // namespace helpdex::analysis
