// "Did you mean 'category'?": the known name an unknown one most likely misspells.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace helpdex::indexer {

// Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`, bytes
// compared case-insensitively (ASCII), '-' and '_' alike: "Catgory" is one edit from
// "category", "translation-of" none from "translation_of".
size_t edit_distance(std::string_view a, std::string_view b);

// The name of `known` closest to `word`, if it is close enough to be a slip of the keys:
// at most one edit for words of up to five bytes, two for longer ones, and fewer edits
// than half the word. Ties go to the first in `known`. Empty when none is.
std::string closest_name(std::string_view word, std::span<const std::string_view> known);

// "unknown key; did you mean 'category'?", or `otherwise` when no known name is close.
std::string unknown_name_message(std::string_view word, std::span<const std::string_view> known, std::string_view what,
                                 std::string_view otherwise);

}  // namespace helpdex::indexer
