// Query and filter construction.
#include "search/query_plan.h"

#include "search/generation.h"
#include "search/schema.h"

namespace helpdex {

namespace {

std::vector<std::string> to_strings(std::span<const std::string_view> views) {
    return {views.begin(), views.end()};
}

}  // namespace

SearchPlan plan_search(const SearchRequest& request, const std::vector<analysis::AnalyzedWord>& words,
                       const std::string& lang, const wording::Synonyms& synonyms) {
    SearchPlan plan;
    plan.terms = collect_query_terms(words, WordChoice::content_words);
    synonyms.expand(plan.terms, words, lang);
    plan.browsing = plan.terms.empty();
    Xapian::Query filter = match_all();
    auto narrow = [&](const Xapian::Query& q) { filter = Xapian::Query(Xapian::Query::OP_FILTER, filter, q); };
    if (!request.types.empty()) narrow(any_of_terms(schema::kTypePrefix, request.types));
    if (!request.category.empty()) narrow(category_filter(request.category));
    if (!request.lang.empty()) narrow(any_of_terms(schema::kLangPrefix, {request.lang}));
    if (!request.product.empty()) narrow(any_of_terms(schema::kProductPrefix, {request.product}));
    plan.query = filtered(build_text_query(plan.terms), filter);
    return plan;
}

InquiryQuery::InquiryQuery(QueryTerms terms) : terms_(std::move(terms)), query_(build_text_query(terms_)) {}

InquiryQuery InquiryQuery::every_word(const std::vector<analysis::AnalyzedWord>& words) {
    return InquiryQuery(collect_query_terms(words, WordChoice::every_word));
}

void InquiryQuery::expand(const std::vector<std::string>& terms, double weight) {
    if (terms.empty()) return;
    const Xapian::Query extra(Xapian::Query::OP_OR, terms.begin(), terms.end());
    query_ = Xapian::Query(Xapian::Query::OP_OR, query_, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, extra, weight));
}

void InquiryQuery::bridge(const bridge::TermBridge& bridge, const std::string& from, std::span<const std::string> to,
                          double weight, Xapian::termcount elite_terms) {
    if (bridge.empty()) return;
    std::vector<Xapian::Query> bridged;
    for (const std::string& language : to) {
        if (language == from) continue;
        std::vector<Xapian::Query> groups;
        for (const std::string& term : terms_.terms) {
            std::vector<Xapian::Query> synonyms;
            const auto translations = bridge.translate(from, term, language);
            for (const bridge::Translation& t : translations) {
                if (t.term != term) synonyms.emplace_back(t.term, terms_.frequency.at(term));
            }
            if (synonyms.empty()) continue;
            const Xapian::Query group(Xapian::Query::OP_SYNONYM, synonyms.begin(), synonyms.end());
            groups.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, group, weight * translations.front().probability);
        }
        if (groups.empty()) continue;
        const Xapian::Query in_language = groups.size() > elite_terms
                                              ? Xapian::Query(Xapian::Query::OP_ELITE_SET, groups.begin(), groups.end(), elite_terms)
                                              : Xapian::Query(Xapian::Query::OP_OR, groups.begin(), groups.end());
        // Each language's translations match its own documents only: a word several
        // languages share ("login", "hub") would otherwise count once per language.
        bridged.push_back(filtered(in_language, any_of_terms(schema::kLangPrefix, {language})));
    }
    if (bridged.empty()) return;
    // Only documents whose translation group has no version in the inquiry's language: where
    // one exists, it answers in the customer's own words, and bridging to its translations
    // (or to other groups' articles) only adds competitors.
    const Xapian::Query elsewhere(Xapian::Query::OP_OR, bridged.begin(), bridged.end());
    query_ = Xapian::Query(Xapian::Query::OP_OR, query_, filtered(elsewhere, any_of_terms(schema::kMissingInPrefix, {from})));
}

namespace {

// The term, or the term and its alternatives as one synonym group (a phrase: all its terms).
Xapian::Query term_query(const QueryTerms& terms, const std::string& term) {
    const Xapian::termcount wqf = terms.frequency.at(term);
    const auto alternatives = terms.alternatives.find(term);
    if (alternatives == terms.alternatives.end()) return Xapian::Query(term, wqf);
    std::vector<Xapian::Query> group{Xapian::Query(term, wqf)};
    for (const std::vector<std::string>& phrase : alternatives->second) {
        std::vector<Xapian::Query> words;
        for (const std::string& t : phrase) words.emplace_back(t, wqf);
        group.push_back(words.size() == 1 ? words.front() : Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()));
    }
    return Xapian::Query(Xapian::Query::OP_SYNONYM, group.begin(), group.end());
}

}  // namespace

Xapian::Query build_text_query(const QueryTerms& terms, Xapian::termcount elite_terms) {
    std::vector<Xapian::Query> subqueries;
    subqueries.reserve(terms.terms.size());
    for (const auto& term : terms.terms) subqueries.push_back(term_query(terms, term));
    if (subqueries.empty()) return Xapian::Query();
    if (subqueries.size() > elite_terms) {
        return Xapian::Query(Xapian::Query::OP_ELITE_SET, subqueries.begin(), subqueries.end(), elite_terms);
    }
    return Xapian::Query(Xapian::Query::OP_OR, subqueries.begin(), subqueries.end());
}

Xapian::Query type_filter(std::span<const std::string_view> types) {
    return any_of_terms(schema::kTypePrefix, to_strings(types));
}

Xapian::Query category_filter(const std::string& category) {
    return any_of_terms(schema::kCategoryPrefix, {category});
}

Xapian::Query match_all() { return Xapian::Query(std::string()); }

Xapian::Query any_of_terms(std::string_view prefix, const std::vector<std::string>& values) {
    if (values.empty()) return match_all();
    std::vector<Xapian::Query> subqueries;
    for (const auto& value : values) subqueries.emplace_back(schema::boolean_term(prefix, value));
    return Xapian::Query(Xapian::Query::OP_OR, subqueries.begin(), subqueries.end());
}

Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter) {
    if (query.empty()) return filter;
    if (filter.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

Xapian::Query both(const Xapian::Query& a, const Xapian::Query& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return Xapian::Query(Xapian::Query::OP_AND, a, b);
}

}  // namespace helpdex
