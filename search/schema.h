// The index schema: every term prefix and value slot helpdex writes, in one place.
// Prefixes follow Omega's conventions (Q unique id, S title, K keywords, L language);
// helpdex's own start with X. A boolean term whose value starts with an upper-case
// letter gets a ':' after the prefix (Omega's rule), see boolean_term().
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace helpdex::schema {

// Boolean (filter) terms: exact values, wdf 0.
inline constexpr std::string_view kIdPrefix = "Q";           // document id
inline constexpr std::string_view kLangPrefix = "L";         // language code
inline constexpr std::string_view kTypePrefix = "XTYPE";     // known-issue, faq, case, …
inline constexpr std::string_view kCategoryPrefix = "XCAT";  // category path and each ancestor
inline constexpr std::string_view kProductPrefix = "XPROD";  // product code
inline constexpr std::string_view kGroupPrefix = "XGROUP";   // translation group (original's id)
inline constexpr std::string_view kTagPrefix = "K";          // tag, normalised

// Free-text terms, analysed in the document's language. Every field's terms are also
// indexed without prefix, with the field's weight as wdf (indexer/field_weights.h), which
// is what queries match.
inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kSymptomPrefix = "XY";
inline constexpr std::string_view kTagTextPrefix = "XK";
inline constexpr std::string_view kStepPrefix = "XR";
inline constexpr std::string_view kBodyPrefix = "XB";

// Whether a term is one of those unprefixed free-text terms: prefixes are upper case and
// text terms are case-folded, so a text term never starts with A-Z.
inline bool is_text_term(std::string_view term) {
    return !term.empty() && !(term.front() >= 'A' && term.front() <= 'Z');
}


// Value slots.
enum Slot : Xapian::valueno {
    kSlotType = 0,      // document type
    kSlotCategory = 1,  // full category path
    kSlotLang = 2,      // language code
    kSlotUpdated = 3,   // ISO date, sorts as a string
    kSlotPriority = 4,  // "0".."3": low, normal, high, urgent
    kSlotGroup = 5,     // translation group id
    kSlotProduct = 6,   // product code
    kSlotSummary = 7,   // what ranking needs of a candidate, packed: see pack_summary()
};

// One value read per candidate instead of one per field (reading several slots of a
// document costs a look-up each). Fields are joined by U+001F, which never occurs in them:
// id, title, type, lang, category, group, product, priority rank.
inline constexpr char kSummarySeparator = '\x1f';

// The document data is the JSON of search/document.h's to_json(KbDocument).

inline std::string boolean_term(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    if (!value.empty() && value.front() >= 'A' && value.front() <= 'Z') term += ':';
    term += value;
    return term;
}

}  // namespace helpdex::schema
