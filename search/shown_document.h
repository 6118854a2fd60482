// What a returned hit shows of its document, packed into one value slot at index time
// (schema::kSlotShown): its resolution steps and escalation, when it was updated and how a
// case was resolved, the text its snippet is cut
// from with the words already analysed, and its text terms for matched_terms. Showing a
// hit is then one value read and no analysis: parsing the stored JSON and analysing the
// body per shown hit had been about half of a suggestion's time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/analysis/analyzer.h"
#include "search/document.h"
#include "search/snippet.h"

namespace helpdex {

struct ShownDocument {
    std::vector<std::string> steps;
    std::optional<Escalation> escalation;
    std::string updated;              // YYYY-MM-DD or empty
    std::string resolution;           // KbDocument::resolution
    std::string snippet_source;       // KbDocument::snippet_source()
    std::vector<SnippetWord> words;   // its words; SnippetWord::term indexes `terms`
    std::vector<std::string> terms;   // the document's distinct unprefixed text terms, sorted

    // The index of `term` in `terms`, or nullopt.
    std::optional<uint32_t> find_term(std::string_view term) const;
};

// From the document, its snippet source analysed (the indexer's own analysis of that text)
// and the document's distinct text terms in sorted order. Words whose term is not among
// `terms` (stopwords) are never marked.
ShownDocument make_shown_document(const KbDocument& document, const std::vector<analysis::AnalyzedWord>& snippet_words,
                                  std::vector<std::string> sorted_terms);

// A compact binary form (varints, front-coded terms); unpack_shown(pack_shown(d)) == d.
std::string pack_shown(const ShownDocument& document);
// Throws std::runtime_error when `packed` is not what pack_shown() writes.
ShownDocument unpack_shown(std::string_view packed);

}  // namespace helpdex
