// Finding a case's outcome line.
#include "indexer/case_outcome.h"

#include <algorithm>
#include <unordered_set>

#include <unicode/utf8.h>

#include "search/analysis/language_profile.h"
#include "search/analysis/normalizer.h"

namespace helpdex::indexer {

namespace {

constexpr size_t kLongestLabel = 40;  // bytes: "Resolution" in any language, with spaces
constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";  // "："

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool is_outcome_label(std::string_view label) {
    static const std::unordered_set<std::string_view> labels(analysis::all_outcome_labels().begin(),
                                                             analysis::all_outcome_labels().end());
    return labels.contains(analysis::normalize(trim(label)));
}

// Whether `line` is "<outcome label>: <text>" (or "：", the full-width colon); if so,
// `outcome` is the text.
bool outcome_of_line(std::string_view line, std::string_view& outcome) {
    line = trim(line);
    const size_t colon = std::min(line.find(':'), line.find(kFullWidthColon));
    if (colon == std::string_view::npos || colon == 0 || colon > kLongestLabel) return false;
    if (!is_outcome_label(line.substr(0, colon))) return false;
    const size_t after = colon + (line[colon] == ':' ? 1 : kFullWidthColon.size());
    outcome = trim(line.substr(after));
    return !outcome.empty();
}

// At most kMaxOutcomeBytes, cut before a UTF-8 continuation byte.
std::string shortened(std::string_view text) {
    if (text.size() <= kMaxOutcomeBytes) return std::string(text);
    constexpr std::string_view kEllipsis = "…";
    size_t cut = kMaxOutcomeBytes - kEllipsis.size();
    while (cut > 0 && U8_IS_TRAIL(static_cast<unsigned char>(text[cut]))) --cut;
    return std::string(trim(text.substr(0, cut))) + std::string(kEllipsis);
}

}  // namespace

std::string case_outcome(std::string_view body_text) {
    size_t end = body_text.size();
    while (end > 0) {
        const size_t newline = body_text.rfind('\n', end - 1);
        const size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
        std::string_view outcome;
        if (outcome_of_line(body_text.substr(begin, end - begin), outcome)) return shortened(outcome);
        if (newline == std::string_view::npos) break;
        end = newline;
    }
    return {};
}

}  // namespace helpdex::indexer
