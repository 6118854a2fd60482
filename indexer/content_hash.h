// A document's content hash: what tells a reindex which documents changed since the
// generation it starts from.
#pragma once

#include <string>

#include "search/document.h"

namespace helpdex::indexer {

inline constexpr size_t kContentHashChars = 32;

// 128 bits of SHA-256 over everything the index keeps of `d` (its stored form, from which
// its terms, values and body text all follow), as 32 lowercase hex digits.
std::string content_hash(const KbDocument& d);

}  // namespace helpdex::indexer
