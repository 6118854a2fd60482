// Loading a generation's documents into memory within the preload budget.
#include "search/document_cache.h"

#include <nlohmann/json.hpp>

#include "search/analysis/analyzer.h"
#include "search/schema.h"

namespace helpdex {

DocumentCache DocumentCache::load(const Xapian::Database& db, const PreloadBudget& budget) {
    DocumentCache cache;
    if (db.get_doccount() > budget.max_summaries) return cache;
    cache.summaries_.resize(db.get_lastdocid() + 1);
    for (auto it = db.valuestream_begin(schema::kSlotSummary); it != db.valuestream_end(schema::kSlotSummary); ++it) {
        cache.summaries_[it.get_docid()] = *it;
    }
    cache.load_documents(db, budget);
    return cache;
}

// Parses every stored document, with its distinct text terms and (up to the word budget)
// its snippet text analysed, unless together the documents are larger than the byte
// budget (then none: the searchers read them from the database).
void DocumentCache::load_documents(const Xapian::Database& db, const PreloadBudget& budget) {
    size_t bytes = 0, snippet_words = 0;
    analysis::Analyzer analyzer;
    std::vector<Entry> documents(db.get_lastdocid() + 1);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const std::string data = db.get_document(*it).get_data();
        bytes += data.size();
        if (bytes > budget.max_document_bytes) {
            snippet_terms_ = TermIds{};  // none preloaded: nothing to look up
            return;
        }
        Entry& entry = documents[*it];
        entry.parsed = std::make_shared<const KbDocument>(hit_document_from_stored_data(data));
        entry.text_terms.push_back('\n');
        for (auto term = db.termlist_begin(*it); term != db.termlist_end(*it); ++term) {
            if (!schema::is_text_term(*term)) continue;
            entry.text_terms += *term;
            entry.text_terms += '\n';
        }
        if (snippet_words < budget.max_snippet_words) {
            const KbDocument& d = *entry.parsed;
            entry.snippet_words = analyse_for_snippet(d.snippet_source(), d.lang, analyzer, snippet_terms_);
            snippet_words += entry.snippet_words->size();
        }
    }
    documents_ = std::move(documents);
}

}  // namespace helpdex
