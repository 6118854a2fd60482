// What a returned hit shows: its steps and escalation, which of the query's words it
// contains, and the passage that best matches them. Only hits that are returned pay for this.
#pragma once

#include "search/hit.h"
#include "search/query_terms.h"
#include "search/searcher.h"

namespace helpdex {

// Fills hit.shown, hit.matched_terms (the customer's own spelling) and hit.snippet.
void present_hit(Searcher& searcher, Hit& hit, const QueryTerms& terms);

}  // namespace helpdex
