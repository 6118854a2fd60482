// Matched words and snippets of returned hits.
#include "search/presentation.h"

#include <unordered_set>

#include "search/snippet.h"

namespace helpdex {

namespace {

std::string snippet_of(Searcher& searcher, const Hit& hit, const QueryTerms& terms) {
    const KbDocument& document = *hit.document;
    const DocumentCache& cache = searcher.generation().cache();
    if (const auto* words = cache.snippet_words(hit.docid)) {
        // Analysed when the generation opened: match the query's terms by their ids.
        std::unordered_set<uint32_t> ids;
        for (const auto& term : terms.terms) {
            if (const auto id = cache.snippet_terms().find(term)) ids.insert(*id);
        }
        return make_snippet(document.snippet_source(), *words, ids);
    }
    const std::unordered_set<std::string> query_terms(terms.terms.begin(), terms.terms.end());
    return make_snippet(document.snippet_source(), document.lang, query_terms, searcher.analyzer());
}

}  // namespace

void present_hit(Searcher& searcher, Hit& hit, const QueryTerms& terms) {
    hit.matched_terms.clear();
    for (const auto& term : searcher.contained_terms(hit.docid, terms.terms)) hit.matched_terms.push_back(terms.surface.at(term));
    if (!hit.document) hit.document = searcher.document(hit.docid);
    hit.snippet = snippet_of(searcher, hit, terms);
}

}  // namespace helpdex
