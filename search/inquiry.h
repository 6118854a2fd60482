// A customer's inquiry, read once: cleaned, its language chosen, analysed, its query terms
// chosen. Every later step of a suggestion (retrieval, classifier, urgency cues) reads
// this one analysis.
#pragma once

#include <string>
#include <vector>

#include "search/analysis/analyzer.h"
#include "search/analysis/language_detector.h"
#include "search/inquiry_cleaning.h"
#include "search/language_choice.h"
#include "search/query_terms.h"
#include "search/requests.h"

namespace helpdex {

class Generation;

struct Inquiry {
    std::string text;                          // subject and body, without quotes and signature
    analysis::LanguageGuess language;          // the text's language: a code the analysis knows
    LanguageSource language_source = LanguageSource::detected;
    bool language_in_index = true;             // false: no document is in `language`
    std::string read_as;                       // the index language it is analysed and searched in
    std::vector<analysis::AnalyzedWord> words; // `text` analysed in `read_as`
    QueryTerms terms;                          // content words; the subject's count twice
    std::vector<MessageSegment> segments;      // of the request's text (not the subject): what was
                                               // read, quoted, signed, or only greeted
};

// Not thread-safe: uses the caller's Analyzer.
Inquiry read_inquiry(const SuggestRequest& request, const Generation& generation, analysis::Analyzer& analyzer);

}  // namespace helpdex
