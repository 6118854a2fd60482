// NFKC case folding through ICU.
#include "search/analysis/normalizer.h"

#include <stdexcept>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace helpdex::analysis {

namespace {

const icu::Normalizer2& nfkc_casefold() {
    // The instance belongs to ICU: not ours to delete.
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status) || n == nullptr) {
            throw std::runtime_error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
        }
        return n;
    }();
    return *instance;
}

// ICU's canonical (de)composition; the instances belong to ICU.
const icu::Normalizer2& canonical(UNormalization2Mode mode) {
    static const auto instance = [](UNormalization2Mode m) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, "nfc", m, status);
        if (U_FAILURE(status) || n == nullptr) throw std::runtime_error(std::string("ICU NFC/NFD unavailable: ") + u_errorName(status));
        return n;
    };
    static const icu::Normalizer2* compose = instance(UNORM2_COMPOSE);
    static const icu::Normalizer2* decompose = instance(UNORM2_DECOMPOSE);
    return mode == UNORM2_COMPOSE ? *compose : *decompose;
}

bool is_ascii(std::string_view text) {
    for (unsigned char c : text) {
        if (c >= 0x80) return false;
    }
    return true;
}

bool is_ascii_lower_clean(std::string_view text) {
    for (unsigned char c : text) {
        if (c >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
    }
    return true;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    int32_t i = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

std::vector<size_t> code_point_offsets(std::string_view text) {
    std::vector<size_t> offsets;
    offsets.reserve(text.size() + 1);
    int32_t i = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        offsets.push_back(static_cast<size_t>(i));
        UChar32 c;
        U8_NEXT(s, i, length, c);
    }
    offsets.push_back(text.size());
    return offsets;
}

std::string fold_diacritics(std::string_view text) {
    if (is_ascii(text)) return std::string(text);
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = canonical(UNORM2_DECOMPOSE).normalize(source, status);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
    }
    const icu::UnicodeString recomposed = canonical(UNORM2_COMPOSE).normalize(bare, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC/NFD failed: ") + u_errorName(status));
    std::string out;
    recomposed.toUTF8String(out);
    return out;
}

std::string normalize(std::string_view text) {
    // Fast path: plain lower-case ASCII is already in normal form (most index terms).
    if (is_ascii_lower_clean(text)) return std::string(text);

    icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = nfkc_casefold().normalize(source, status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU normalisation failed: ") + u_errorName(status));
    }
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(static_cast<UChar32>('\'')));
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x02BC)), icu::UnicodeString(static_cast<UChar32>('\'')));
    std::string out;
    folded.toUTF8String(out);
    return out;
}

}  // namespace helpdex::analysis
