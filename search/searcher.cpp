// Candidate retrieval, relevance feedback and look-ups by id.
#include "search/searcher.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "search/feedback_terms.h"
#include "search/schema.h"

namespace helpdex {

namespace {

// The spy's counts, each × `scale` (rounded, and at least 1 for a value it saw).
std::map<std::string, Xapian::doccount> counts_of(const Xapian::ValueCountMatchSpy& spy, double scale) {
    std::map<std::string, Xapian::doccount> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        counts[*it] = std::max<Xapian::doccount>(1, static_cast<Xapian::doccount>(std::lround(it.get_termfreq() * scale)));
    }
    return counts;
}

}  // namespace

Searcher::Searcher(std::shared_ptr<const Generation> generation)
    : generation_(std::move(generation)), db_(generation_->open_database()), spelling_(generation_->directory()) {}

std::vector<wording::Correction> Searcher::correct_spelling(std::vector<analysis::AnalyzedWord>& words,
                                                            const std::string& lang) {
    // A term in two documents or more is a word of the corpus, not a typo in one case.
    const auto known = [this](const std::string& term) { return db_.get_termfreq(term) >= 2; };
    return spelling_.correct(words, lang, generation_->languages(), analyzer_, known);
}

Hit Searcher::hit_from(Xapian::docid docid, double score) {
    const std::optional<std::string_view> cached = generation_->cache().summary(docid);
    schema::CandidateSummary summary =
        cached ? schema::unpack_summary(*cached)
               : schema::unpack_summary(db_.get_document(docid, Xapian::DOC_ASSUME_VALID).get_value(schema::kSlotSummary));
    Hit hit;
    hit.docid = docid;
    hit.score = score;
    hit.id = std::move(summary.id);
    hit.title = std::move(summary.title);
    hit.type = std::move(summary.type);
    hit.lang = std::move(summary.lang);
    hit.category = std::move(summary.category);
    hit.group = std::move(summary.group);
    hit.product = std::move(summary.product);
    hit.priority = summary.priority;
    return hit;
}

std::vector<Hit> Searcher::retrieve(const Xapian::Query& query, const Xapian::Query& filter, size_t count,
                                    const Xapian::Weight* weight) {
    std::vector<Hit> hits;
    if (query.empty()) return hits;
    Xapian::Enquire enquire(db_);
    enquire.set_query(filter.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filter));
    if (weight) enquire.set_weighting_scheme(*weight);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(count));
    hits.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(hit_from(*it, it.get_weight()));
    return hits;
}

Searcher::Page Searcher::page(const Xapian::Query& query, bool sort_newest_first, size_t offset, size_t limit,
                              Xapian::doccount exact_up_to) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    if (sort_newest_first) enquire.set_sort_by_value(schema::kSlotUpdated, true);
    Xapian::ValueCountMatchSpy by_type(schema::kSlotType), by_category(schema::kSlotCategory), by_lang(schema::kSlotLang);
    enquire.add_matchspy(&by_type);
    enquire.add_matchspy(&by_category);
    enquire.add_matchspy(&by_lang);
    const Xapian::MSet mset =
        enquire.get_mset(static_cast<Xapian::doccount>(offset), static_cast<Xapian::doccount>(limit), exact_up_to);
    Page page;
    page.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) page.hits.push_back(hit_from(*it, it.get_weight()));
    // The spies saw every match, or (past exact_up_to) a sample of them.
    const Xapian::doccount seen = by_type.get_total();
    const double scale = seen > 0 && page.total > seen ? static_cast<double>(page.total) / seen : 1.0;
    page.facets["type"] = counts_of(by_type, scale);
    page.facets["category"] = counts_of(by_category, scale);
    page.facets["lang"] = counts_of(by_lang, scale);
    return page;
}

std::vector<std::string> Searcher::expansion_terms(const std::vector<Xapian::docid>& relevant, size_t count,
                                                   const QueryTerms& known) {
    if (relevant.empty()) return {};
    std::vector<std::shared_ptr<const ShownDocument>> shown;
    std::vector<const std::vector<std::string>*> term_lists;
    for (Xapian::docid docid : relevant) {
        shown.push_back(this->shown(docid));
        term_lists.push_back(&shown.back()->terms);
    }
    return select_feedback_terms(term_lists, db_.get_doccount(),
                                 [this](const std::string& term) { return db_.get_termfreq(term); }, count, known);
}

std::optional<KbDocument> Searcher::find_document(std::string_view id) {
    const std::string term = schema::boolean_term(schema::kIdPrefix, id);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it == db_.postlist_end(term)) return std::nullopt;
    return document_from_stored_json(nlohmann::json::parse(db_.get_document(*it).get_data()));
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

std::shared_ptr<const ShownDocument> Searcher::shown(Xapian::docid docid) {
    const std::optional<std::string_view> cached = generation_->cache().shown(docid);
    return std::make_shared<const ShownDocument>(
        cached ? unpack_shown(*cached)
               : unpack_shown(db_.get_document(docid, Xapian::DOC_ASSUME_VALID).get_value(schema::kSlotShown)));
}

}  // namespace helpdex
