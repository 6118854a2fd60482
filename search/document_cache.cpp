// Loading a generation's summaries and shown documents into memory within the preload budget.
#include "search/document_cache.h"

#include "search/schema.h"

namespace helpdex {

void PackedByDocid::add(Xapian::docid docid, std::string_view value) {
    while (starts_.size() <= docid) starts_.push_back(bytes_.size());  // the docids skipped: empty
    bytes_.insert(bytes_.end(), value.begin(), value.end());
    starts_.push_back(bytes_.size());
}

DocumentCache DocumentCache::load(const Xapian::Database& db, const PreloadBudget& budget) {
    DocumentCache cache;
    if (db.get_doccount() > budget.max_summaries) return cache;
    for (auto it = db.valuestream_begin(schema::kSlotSummary); it != db.valuestream_end(schema::kSlotSummary); ++it) {
        cache.summaries_.add(it.get_docid(), *it);
    }
    cache.load_shown(db, budget);
    return cache;
}

// Keeps every packed shown document, unless together they are larger than the byte budget
// (then none: the searchers read them from the database).
void DocumentCache::load_shown(const Xapian::Database& db, const PreloadBudget& budget) {
    PackedByDocid shown;
    for (auto it = db.valuestream_begin(schema::kSlotShown); it != db.valuestream_end(schema::kSlotShown); ++it) {
        shown.add(it.get_docid(), *it);
        if (shown.bytes() > budget.max_shown_bytes) return;
    }
    shown_ = std::move(shown);
}

}  // namespace helpdex
