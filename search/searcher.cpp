// Search, candidate retrieval and document look-ups.
#include "search/searcher.h"

#include <algorithm>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "search/schema.h"

namespace helpdex {

analysis::LanguageGuess choose_language(const Generation& generation, std::string_view text, std::string_view hint) {
    if (!hint.empty()) return {std::string(hint), 1.0};
    // An index in one language answers in that language whatever the inquiry looks like.
    if (generation.languages.size() == 1) return {generation.languages.front(), 1.0};
    auto guess = generation.detector.detect(text);
    if (guess.language.empty()) guess.language = generation.languages.empty() ? "en" : generation.languages.front();
    return guess;
}

Searcher::Searcher(std::shared_ptr<const Generation> generation)
    : generation_(std::move(generation)), db_(generation_->open_database()) {}

Hit Searcher::hit_from(Xapian::docid docid, double score) {
    Hit hit;
    hit.docid = docid;
    hit.score = score;
    const std::string* cached = generation_->cached_summary(docid);
    const std::string summary = cached ? *cached : db_.get_document(docid).get_value(schema::kSlotSummary);
    std::string* fields[] = {&hit.id, &hit.title, &hit.type, &hit.lang, &hit.category, &hit.group, &hit.product};
    size_t start = 0;
    for (std::string* field : fields) {
        const size_t end = std::min(summary.find(schema::kSummarySeparator, start), summary.size());
        *field = summary.substr(start, end - start);
        start = std::min(end + 1, summary.size());
    }
    hit.priority = start < summary.size() ? summary[start] - '0' : 1;
    return hit;
}

std::vector<std::string> Searcher::matched_terms(Xapian::docid docid, const QueryTerms& terms) {
    std::vector<std::string> matched;
    if (terms.empty()) return matched;
    if (const std::string* text_terms = generation_->cached_text_terms(docid)) {
        for (const auto& term : terms.terms) {
            if (text_terms->find("\n" + term + "\n") != std::string::npos) matched.push_back(terms.surface.at(term));
        }
        return matched;
    }
    // A termlist only skips forward, so visit the query's terms in sorted order, then
    // report them in the order the customer wrote them.
    std::vector<std::string> sorted = terms.terms;
    std::sort(sorted.begin(), sorted.end());
    std::unordered_set<std::string> present;
    Xapian::TermIterator it = db_.termlist_begin(docid);
    for (const auto& term : sorted) {
        it.skip_to(term);
        if (it == db_.termlist_end(docid)) break;
        if (*it == term) present.insert(term);
    }
    for (const auto& term : terms.terms) {
        if (present.count(term)) matched.push_back(terms.surface.at(term));
    }
    return matched;
}

std::vector<Hit> Searcher::retrieve(const Xapian::Query& query, const Xapian::Query& filter, size_t count,
                                    const Xapian::Weight* weight) {
    std::vector<Hit> hits;
    if (query.empty()) return hits;
    Xapian::Enquire enquire(db_);
    enquire.set_query(filtered(query, filter));
    if (weight) enquire.set_weighting_scheme(*weight);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(count));
    hits.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        hits.push_back(hit_from(*it, it.get_weight()));
    }
    return hits;
}

SearchResponse Searcher::search(const SearchRequest& request) {
    SearchResponse response;
    const auto language = choose_language(*generation_, request.q, request.lang);
    response.query_language = language.language;
    response.language_confidence = request.q.empty() ? 0.0 : language.confidence;

    const QueryTerms terms = collect_query_terms(analyzer_.analyze(request.q, language.language), false);
    Xapian::Query filter = match_all();
    auto narrow = [&](const Xapian::Query& q) { filter = Xapian::Query(Xapian::Query::OP_FILTER, filter, q); };
    if (!request.types.empty()) narrow(any_of_terms(schema::kTypePrefix, request.types));
    if (!request.category.empty()) narrow(any_of_terms(schema::kCategoryPrefix, {request.category}));
    if (!request.lang.empty()) narrow(any_of_terms(schema::kLangPrefix, {request.lang}));
    if (!request.product.empty()) narrow(any_of_terms(schema::kProductPrefix, {request.product}));

    Xapian::Enquire enquire(db_);
    enquire.set_query(filtered(build_text_query(terms), filter));
    if (terms.empty()) enquire.set_sort_by_value(schema::kSlotUpdated, true);  // newest first when browsing

    Xapian::ValueCountMatchSpy by_type(schema::kSlotType), by_category(schema::kSlotCategory), by_lang(schema::kSlotLang);
    enquire.add_matchspy(&by_type);
    enquire.add_matchspy(&by_category);
    enquire.add_matchspy(&by_lang);
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit), kExactCountLimit);
    response.total = mset.get_matches_estimated();

    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Hit hit = hit_from(*it, it.get_weight());
        complete(hit, terms);
        response.results.push_back(std::move(hit));
    }
    auto facet = [](const Xapian::ValueCountMatchSpy& spy) {
        std::map<std::string, Xapian::doccount> counts;
        for (auto it = spy.values_begin(); it != spy.values_end(); ++it) counts[*it] = it.get_termfreq();
        return counts;
    };
    response.facets["type"] = facet(by_type);
    response.facets["category"] = facet(by_category);
    response.facets["lang"] = facet(by_lang);
    return response;
}

void Searcher::complete(Hit& hit, const QueryTerms& terms) {
    hit.matched_terms = matched_terms(hit.docid, terms);
    if (!hit.document) hit.document = generation_->cached_document(hit.docid);
    if (!hit.document) {
        hit.document = std::make_shared<const KbDocument>(
            document_from_json(nlohmann::json::parse(db_.get_document(hit.docid).get_data())));
    }
    const KbDocument& document = *hit.document;
    if (const auto* words = generation_->cached_snippet_words(hit.docid)) {
        std::unordered_set<uint32_t> ids;
        for (const auto& term : terms.terms) {
            if (const auto id = generation_->snippet_terms.find(term)) ids.insert(*id);
        }
        hit.snippet = make_snippet(document.snippet_source(), *words, ids);
        return;
    }
    const std::unordered_set<std::string> query_terms(terms.terms.begin(), terms.terms.end());
    hit.snippet = make_snippet(document.snippet_source(), document.lang, query_terms, analyzer_);
}

namespace {

// Only the unprefixed, weighted text terms: not boolean filters (Q…, L…, X…, K…) nor the
// per-field copies (S…, XY…).
class TextTermsOnly : public Xapian::ExpandDecider {
public:
    explicit TextTermsOnly(const QueryTerms& known) : known_(known) {}
    bool operator()(const std::string& term) const override {
        return schema::is_text_term(term) && !known_.frequency.count(term);
    }

private:
    const QueryTerms& known_;
};

}  // namespace

std::vector<std::string> Searcher::expansion_terms(const std::vector<Xapian::docid>& relevant, size_t count,
                                                   const QueryTerms& known) {
    std::vector<std::string> terms;
    if (relevant.empty()) return terms;
    Xapian::RSet rset;
    for (Xapian::docid docid : relevant) rset.add_document(docid);
    Xapian::Enquire enquire(db_);
    const TextTermsOnly decider(known);
    const Xapian::ESet eset = enquire.get_eset(static_cast<Xapian::termcount>(count), rset, &decider);
    for (auto it = eset.begin(); it != eset.end(); ++it) terms.push_back(*it);
    return terms;
}

std::optional<KbDocument> Searcher::find_document(std::string_view id) {
    const std::string term = schema::boolean_term(schema::kIdPrefix, id);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it == db_.postlist_end(term)) return std::nullopt;
    return document_from_json(nlohmann::json::parse(db_.get_document(*it).get_data()));
}

std::optional<Hit> Searcher::find_translation(std::string_view group, std::string_view lang) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(schema::boolean_term(schema::kGroupPrefix, group)),
                                    Xapian::Query(schema::boolean_term(schema::kLangPrefix, lang))));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return std::nullopt;
    return hit_from(*mset.begin(), 0.0);
}

std::vector<std::pair<std::string, std::string>> Searcher::translations(std::string_view group) {
    std::vector<std::pair<std::string, std::string>> members;
    const std::string term = schema::boolean_term(schema::kGroupPrefix, group);
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
        const Hit summary = hit_from(*it, 0.0);
        std::pair<std::string, std::string> member{summary.lang, summary.id};
        if (member.second == group) members.insert(members.begin(), member);
        else members.push_back(member);
    }
    return members;
}

}  // namespace helpdex
