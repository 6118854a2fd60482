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
// Each index language the document's translation group has no version in: where an inquiry
// in that language may need an answer from another (search/query_plan.h bridge).
inline constexpr std::string_view kMissingInPrefix = "XMISSING";
inline constexpr std::string_view kTagPrefix = "K";          // tag, normalised

// Free-text terms, analysed in the document's language. Every field's terms are also
// indexed without prefix, with the field's weight as wdf (indexer/field_weights.h), which
// is what queries match.
inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kSymptomPrefix = "XY";
inline constexpr std::string_view kTagTextPrefix = "XK";
inline constexpr std::string_view kStepPrefix = "XR";
inline constexpr std::string_view kBodyPrefix = "XB";
// Words of the past cases linked to a solution that it lacks (indexer/case_vocabulary.h).
inline constexpr std::string_view kCaseWordsPrefix = "XV";

// Whether a term is one of those unprefixed free-text terms: prefixes are upper case and
// text terms are case-folded, so a text term never starts with A-Z.
inline bool is_text_term(std::string_view term) {
    return !term.empty() && !(term.front() >= 'A' && term.front() <= 'Z');
}

// Value slots: each one is read by someone (facets, browsing order, ranking).
enum Slot : Xapian::valueno {
    kSlotType = 0,      // document type: the "type" facet
    kSlotCategory = 1,  // full category path: the "category" facet
    kSlotLang = 2,      // language code: the "lang" facet
    kSlotUpdated = 3,   // ISO date, sorts as a string: browsing, newest first
    kSlotSummary = 4,   // what ranking needs of a candidate: pack_summary()
    kSlotShown = 5,     // what a returned hit shows: search/shown_document.h pack_shown()
    // The document's content hash (indexer/content_hash.h) then its id: what the next
    // reindex compares the corpus with, to re-analyse only what changed.
    kSlotContentHash = 6,
};

// What ranking needs of a candidate, stored in one value so that a candidate costs one
// value read instead of one per field.
struct CandidateSummary {
    std::string id, title, type, lang, category, group, product;
    int priority = 1;  // priority_rank(): 0 low … 3 urgent
};

// Fields joined by U+001F, which never occurs in them, the priority rank last.
std::string pack_summary(const CandidateSummary& summary);
// The inverse of pack_summary(); missing trailing fields are left empty (priority 1).
CandidateSummary unpack_summary(std::string_view packed);

// The document data is the JSON of search/document.h's to_stored_json(KbDocument): the
// whole document, as GET /v1/documents/{id} shows it.

// The format written into every generation's manifest; a generation of another format is
// refused with a request to rebuild it (slot numbers and stored data may differ).
// 5: shown documents say updated and resolution; 6: the term bridge between languages;
// 7: the languages each document's translation group is missing in
inline constexpr std::string_view kIndexFormat = "helpdex-index-7";

inline std::string boolean_term(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    if (!value.empty() && value.front() >= 'A' && value.front() <= 'Z') term += ':';
    term += value;
    return term;
}

}  // namespace helpdex::schema
