// The one place that turns analysed text into Xapian queries and filters, for search and
// suggest alike. Synonyms, spelling correction and cross-language expansion belong here:
// whatever they add reaches every caller through these plans.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/bridge/term_bridge.h"
#include "search/query_terms.h"
#include "search/requests.h"
#include "search/wording/synonyms.h"

namespace helpdex {

class Generation;

// GET /v1/search: the text query (empty when browsing) within the request's filters.
struct SearchPlan {
    QueryTerms terms;
    Xapian::Query query;  // never empty: match-all within the filters when browsing
    bool browsing = false;
};
// `words` are analysed in `lang`; `synonyms` add the editor's alternatives.
SearchPlan plan_search(const SearchRequest& request, const std::vector<analysis::AnalyzedWord>& words,
                       const std::string& lang, const wording::Synonyms& synonyms);

// POST /v1/suggest: the inquiry's query, which later steps may widen.
class InquiryQuery {
public:
    // The inquiry's own terms (search/inquiry.h: content words, the subject's counted twice).
    explicit InquiryQuery(QueryTerms terms);
    // Every word, function words too: for an inquiry no content word of which matched
    // ("What is this witdrawal"), they are better evidence than no answer at all.
    static InquiryQuery every_word(const std::vector<analysis::AnalyzedWord>& words);

    const QueryTerms& terms() const { return terms_; }
    const Xapian::Query& query() const { return query_; }

    // Relevance feedback: ORs in `terms` at `weight` times the inquiry's own weight.
    void expand(const std::vector<std::string>& terms, double weight);

    // Across languages: ORs in, for each language of `to` but `from`, every term's
    // translations as one synonym group (a "structured query": an ambiguous word's many
    // translations count as one word, not several), at `weight` × its likeliest
    // translation's probability, matching only documents whose translation group has no
    // version in `from`. Long inquiries keep their `elite_terms` best per language.
    // (Measured on bench/multilingual's dev half: without that filter, English hit@1 fell
    // from 1.0 to 0.83; translations ORed one by one found more other-language topics,
    // 0.84 against 0.68, but lost 3 points of hit@1 overall.)
    void bridge(const bridge::TermBridge& bridge, const std::string& from, std::span<const std::string> to, double weight,
                Xapian::termcount elite_terms = 16);

private:
    QueryTerms terms_;
    Xapian::Query query_;
};

// OR of the terms weighted by BM25, each with its frequency as wqf. Long inquiries keep
// only their `elite_terms` most informative terms (OP_ELITE_SET): ORing 30 common words
// is Xapian's slow case and adds noise.
Xapian::Query build_text_query(const QueryTerms& terms, Xapian::termcount elite_terms = 16);

// Documents of any of `types`.
Xapian::Query type_filter(std::span<const std::string_view> types);
// Documents of this category or any below it.
Xapian::Query category_filter(const std::string& category);

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
