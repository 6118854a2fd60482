// The distinct words a query searches for, chosen from the analysed text of an inquiry or
// a search string.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/analysis/analyzer.h"

namespace helpdex {

// The distinct terms of a query text, in order of first appearance, with how often each
// occurs and the word the customer wrote (for "matched_terms").
struct QueryTerms {
    std::vector<std::string> terms;
    std::map<std::string, Xapian::termcount> frequency;
    std::map<std::string, std::string> surface;
    // Other words or phrases (each its terms) a term stands for: an editor's synonyms
    // (search/wording/synonyms.h). The query searches the term and them as one word.
    std::map<std::string, std::vector<std::vector<std::string>>> alternatives;

    bool empty() const { return terms.empty(); }
    bool contains(const std::string& term) const { return frequency.count(term) > 0; }
};

// Which words of an analysed text a query keeps.
enum class WordChoice {
    content_words,           // no stopwords (searches)
    content_without_greetings,  // no stopwords, no salutations or sign-offs (inquiries)
    every_word,              // function words too: the last resort when nothing else matches
};

// The query's terms; when the choice leaves nothing ("How?", "Hello!": all noise), every
// word, since searching the words beats searching nothing.
QueryTerms collect_query_terms(const std::vector<analysis::AnalyzedWord>& words, WordChoice choice);

}  // namespace helpdex
