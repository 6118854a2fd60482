// How a past case ended, for agents skimming similar issues: the text after the case's
// outcome label ("Resolution: refunded the duplicate charge; explained proration.").
#pragma once

#include <string>
#include <string_view>

namespace helpdex::indexer {

// The longest outcome kept, in bytes (cut at a character boundary, with "…").
inline constexpr size_t kMaxOutcomeBytes = 300;

// The last line of `body_text` (plain text, one block per line) that starts with an outcome
// label of any bundled language ("Resolution", "Oplossing", "Lösung", "Résolution",
// "Solución", "結果", …) followed by ":" or "：", without the label; empty when none.
std::string case_outcome(std::string_view body_text);

}  // namespace helpdex::indexer
