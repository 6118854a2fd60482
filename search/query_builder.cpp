// Query construction.
#include "search/query_builder.h"

#include "search/schema.h"

namespace helpdex {

QueryTerms collect_query_terms(const std::vector<analysis::AnalyzedWord>& words, bool drop_greetings,
                               bool keep_stopwords) {
    QueryTerms out;
    auto add = [&](const analysis::AnalyzedWord& word) {
        if (out.frequency[word.term]++ == 0) {
            out.terms.push_back(word.term);
            out.surface[word.term] = word.word;
        }
    };
    for (const auto& word : words) {
        if ((word.stopword && !keep_stopwords) || (drop_greetings && word.greeting)) continue;
        add(word);
    }
    if (out.empty()) {
        // "How?" or "Hello!": all noise; better to search the words than nothing.
        for (const auto& word : words) add(word);
    }
    return out;
}

Xapian::Query build_text_query(const QueryTerms& terms, Xapian::termcount elite_terms) {
    std::vector<Xapian::Query> subqueries;
    subqueries.reserve(terms.terms.size());
    for (const auto& term : terms.terms) subqueries.emplace_back(term, terms.frequency.at(term));
    if (subqueries.empty()) return Xapian::Query();
    if (subqueries.size() > elite_terms) {
        return Xapian::Query(Xapian::Query::OP_ELITE_SET, subqueries.begin(), subqueries.end(), elite_terms);
    }
    return Xapian::Query(Xapian::Query::OP_OR, subqueries.begin(), subqueries.end());
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
