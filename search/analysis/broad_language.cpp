// CLD2 behind one function.
#include "search/analysis/broad_language.h"

#include <climits>

#include <cld2/public/compact_lang_det.h>

namespace CLD2 {
const char* LanguageCode(Language lang);  // exported by libcld2; declared in an internal header only
}

namespace helpdex::analysis {

BroadGuess detect_broadly(std::string_view text) {
    if (text.size() > INT_MAX) text = text.substr(0, INT_MAX);
    CLD2::Language top3[3];
    int percent3[3] = {};
    double scores3[3] = {};
    int text_bytes = 0;
    int valid_prefix = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, nullptr, 0, top3, percent3, scores3, nullptr,
        &text_bytes, &reliable, &valid_prefix);
    if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return {};
    std::string code = CLD2::LanguageCode(language);
    // CLD2 names some languages by longer codes ("zh-Hant", "sr-ME"): the primary subtag.
    if (const size_t dash = code.find('-'); dash != std::string::npos) code.resize(dash);
    if (code == "un" || code == "xxx") return {};
    return {code, percent3[0], reliable};
}

}  // namespace helpdex::analysis
