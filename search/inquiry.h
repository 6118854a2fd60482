// A customer's inquiry, read once: cleaned, its language chosen, analysed, its query terms
// chosen. Every later step of a suggestion (retrieval, classifier, urgency cues) reads
// this one analysis.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "search/analysis/analyzer.h"
#include "search/analysis/language_detector.h"
#include "search/inquiry_cleaning.h"
#include "search/language_choice.h"
#include "search/query_terms.h"
#include "search/requests.h"
#include "search/wording/spelling.h"
#include "search/wording/synonyms.h"

namespace helpdex {

class Generation;

struct Inquiry {
    std::string text;                          // subject and body, without quotes and signature
    analysis::LanguageGuess language;          // the text's language: a code the analysis knows
    LanguageSource language_source = LanguageSource::detected;
    bool language_in_index = true;             // false: no document is in `language`
    std::string read_as;                       // the index language it is analysed and searched in
    std::vector<analysis::AnalyzedWord> words; // `text` analysed in `read_as`, its typos corrected
    std::vector<wording::Correction> corrections;  // those typos, in text order
    QueryTerms terms;                          // content words; the subject's count twice
    std::vector<MessageSegment> segments;      // of the request's text (not the subject): what was
                                               // read, quoted, signed, or only greeted
};

// Corrects the spelling of analysed words in place and says what it changed (the
// searcher's, which knows the index: Searcher::correct_spelling).
using SpellingFix =
    std::function<std::vector<wording::Correction>(std::vector<analysis::AnalyzedWord>& words, const std::string& lang)>;

// Not thread-safe: uses the caller's Analyzer. Without `fix`, words are read as written;
// `synonyms` add the editor's alternatives to the query terms.
Inquiry read_inquiry(const SuggestRequest& request, const Generation& generation, analysis::Analyzer& analyzer,
                     const SpellingFix& fix = {}, const wording::Synonyms& synonyms = wording::no_synonyms());

}  // namespace helpdex
