// Matched words and snippets of returned hits.
#include "search/presentation.h"

#include <unordered_set>

#include "search/snippet.h"

namespace helpdex {

void present_hit(Searcher& searcher, Hit& hit, const QueryTerms& terms) {
    if (!hit.shown) hit.shown = searcher.shown(hit.docid);
    const ShownDocument& shown = *hit.shown;
    hit.matched_terms.clear();
    std::unordered_set<uint32_t> matched;
    for (const auto& term : terms.terms) {
        const auto index = shown.find_term(term);
        if (!index) continue;
        hit.matched_terms.push_back(terms.surface.at(term));
        matched.insert(*index);
    }
    hit.snippet = make_snippet(shown.snippet_source, shown.words, matched);
}

}  // namespace helpdex
