// Relevance feedback's term selection: which terms best tell a few relevant documents apart
// from the rest of the index, by Robertson's offer weight.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/query_terms.h"

namespace helpdex {

// The `count` terms of the `relevant` documents' term lists (each sorted, distinct) with the
// highest offer weight r · log(((r + ½)(N − n − R + r + ½)) / ((R − r + ½)(n − r + ½))),
// where R is the number of relevant documents, r how many of them hold the term, N the
// documents of the index and n (`document_frequency`) those holding the term. Terms of
// `known` are left out; with two or more relevant documents, so is a term only one of them
// holds (it says more about that document than about what they share), which also keeps
// the frequency look-ups few. Ties go to the term that sorts first.
std::vector<std::string> select_feedback_terms(const std::vector<const std::vector<std::string>*>& relevant,
                                               Xapian::doccount documents,
                                               const std::function<Xapian::doccount(const std::string&)>& document_frequency,
                                               size_t count, const QueryTerms& known);

}  // namespace helpdex
