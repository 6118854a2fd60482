// A short inquiry that is an article's title ("cancel subscription", "abonnement
// opzeggen") means that article, even when a longer one repeats its words more often. Each
// candidate's score is raised by how well its title and the inquiry cover each other.
#pragma once

#include <string>
#include <vector>

#include "search/hit.h"
#include "search/query_terms.h"

namespace helpdex {

class Searcher;

// The harmonic mean of the inquiry's weighted share found in the title and the title's
// found in the inquiry, in [0, 1]: 1 when they are the same words.
double weighted_dice(double shared_inquiry, double inquiry_total, double shared_title, double title_total);

// Multiplies each hit's score by 1 + `boost` × the overlap of its title with the inquiry's
// terms (a title in another language through the term bridge). Not thread-safe: uses the
// Searcher's analyzer.
void boost_title_matches(std::vector<Hit>& hits, Searcher& searcher, const QueryTerms& terms, const std::string& lang,
                         double boost);

}  // namespace helpdex
