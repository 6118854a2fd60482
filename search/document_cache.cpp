// Loading a generation's summaries and shown documents into memory within the preload budget.
#include "search/document_cache.h"

#include "search/schema.h"

namespace helpdex {

DocumentCache DocumentCache::load(const Xapian::Database& db, const PreloadBudget& budget) {
    DocumentCache cache;
    if (db.get_doccount() > budget.max_summaries) return cache;
    cache.summaries_.resize(db.get_lastdocid() + 1);
    for (auto it = db.valuestream_begin(schema::kSlotSummary); it != db.valuestream_end(schema::kSlotSummary); ++it) {
        cache.summaries_[it.get_docid()] = *it;
    }
    cache.load_shown(db, budget);
    return cache;
}

// Keeps every packed shown document, unless together they are larger than the byte budget
// (then none: the searchers read them from the database).
void DocumentCache::load_shown(const Xapian::Database& db, const PreloadBudget& budget) {
    size_t bytes = 0;
    std::vector<std::string> shown(db.get_lastdocid() + 1);
    for (auto it = db.valuestream_begin(schema::kSlotShown); it != db.valuestream_end(schema::kSlotShown); ++it) {
        std::string& packed = shown[it.get_docid()];
        packed = *it;
        bytes += packed.size();
        if (bytes > budget.max_shown_bytes) return;
    }
    shown_ = std::move(shown);
}

}  // namespace helpdex
