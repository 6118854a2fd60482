// The search flow: language → analysis → plan → page → presentation.
#include "search/search.h"

#include "search/language_choice.h"
#include "search/presentation.h"
#include "search/query_plan.h"

namespace helpdex {

SearchResponse search(Searcher& searcher, const SearchRequest& request, const wording::Synonyms& synonyms) {
    SearchResponse response;
    const auto language = choose_language(searcher.generation(), request.q, request.lang);
    response.query_language = language.language;
    response.language_confidence = request.q.empty() ? 0.0 : language.confidence;

    std::vector<analysis::AnalyzedWord> words = searcher.analyzer().analyze(request.q, language.language);
    response.corrections = searcher.correct_spelling(words, language.language);
    if (!response.corrections.empty()) response.corrected_query = wording::apply_corrections(request.q, response.corrections);
    const SearchPlan plan = plan_search(request, words, language.language, synonyms);
    Searcher::Page page = searcher.page(plan.query, plan.browsing, request.offset, request.limit, kExactCountLimit);
    response.total = page.total;
    for (Hit& hit : page.hits) present_hit(searcher, hit, plan.terms);
    response.results = std::move(page.hits);
    response.facets = std::move(page.facets);
    return response;
}

}  // namespace helpdex
