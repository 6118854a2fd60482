// What a server keeps of a generation in memory, within fixed budgets: the candidate
// summaries and, for a small enough index, every document's packed shown form. Reads per
// request then become memory look-ups.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>


namespace helpdex {

struct PreloadBudget {
    // Ranking reads a summary per candidate, each a B-tree look-up on disk; up to this
    // many documents (~100 bytes each) they are read once, sequentially.
    Xapian::doccount max_summaries = 250000;
    // Up to this many bytes of packed shown documents (about 2.5 KB each) every one is
    // kept; beyond, each shown hit costs one value read. Kept packed: unpacking one takes
    // microseconds, and unpacked they would take about three times the memory.
    size_t max_shown_bytes = size_t{64} << 20;
};

// Immutable once loaded: safe to share between threads. Every accessor returns null for a
// document that is not kept (the caller then reads the database).
class DocumentCache {
public:
    DocumentCache() = default;  // keeps nothing
    static DocumentCache load(const Xapian::Database& db, const PreloadBudget& budget = {});

    // The packed candidate summary (schema::pack_summary).
    const std::string* summary(Xapian::docid docid) const {
        return docid < summaries_.size() ? &summaries_[docid] : nullptr;
    }
    // What a returned hit shows of the document, packed (search/shown_document.h).
    const std::string* shown(Xapian::docid docid) const {
        return docid < shown_.size() ? &shown_[docid] : nullptr;
    }

private:
    void load_shown(const Xapian::Database& db, const PreloadBudget& budget);

    std::vector<std::string> summaries_;                    // by docid; empty above the budget
    std::vector<std::string> shown_;      // by docid; empty above the budget
};

}  // namespace helpdex
