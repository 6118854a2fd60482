// Turns analysed text and filters into Xapian queries.
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

    bool empty() const { return terms.empty(); }
};

// Drops stopwords (unless `keep_stopwords`) and, for inquiries, greeting words, unless that
// would leave nothing.
QueryTerms collect_query_terms(const std::vector<analysis::AnalyzedWord>& words, bool drop_greetings,
                               bool keep_stopwords = false);

// OR of the terms weighted by BM25, each with its frequency as wqf. Long inquiries keep
// only their `elite_terms` most informative terms (OP_ELITE_SET): ORing 30 common words
// is Xapian's slow case and adds noise.
Xapian::Query build_text_query(const QueryTerms& terms, Xapian::termcount elite_terms = 16);

// A query matching every document. Never Xapian::Query::MatchAll: that is one static
// object whose reference count is not atomic, so copying it from several worker threads
// at once corrupts it (the server crashed under 4 concurrent clients).
Xapian::Query match_all();

// OR of boolean terms `prefix + value` for each value (an empty list matches everything).
Xapian::Query any_of_terms(std::string_view prefix, const std::vector<std::string>& values);

// `query` restricted by `filter` (OP_FILTER); `query` alone when `filter` is empty, and
// `filter` alone when `query` is.
Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter);

// Documents both filters pass (OP_AND); an empty filter passes everything.
Xapian::Query both(const Xapian::Query& a, const Xapian::Query& b);

}  // namespace helpdex
