// What a server keeps of a generation in memory, within fixed budgets: the candidate
// summaries and, for a small enough index, every document's packed shown form. Reads per
// request then become memory look-ups.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/huge_pages.h"

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

// Byte strings by docid, end to end in one huge-page buffer: reading one is two offsets and
// a slice, with no pointer to follow to a string of its own somewhere in the heap (ranking
// reads a summary for each of some fifty candidates per suggestion).
class PackedByDocid {
public:
    // Appends `value` as docid's; docids come in ascending order, those skipped are empty.
    void add(Xapian::docid docid, std::string_view value);
    std::optional<std::string_view> get(Xapian::docid docid) const {
        if (docid >= starts_.size() - 1) return std::nullopt;  // not docid + 1: it wraps at the largest docid
        return std::string_view(bytes_.data() + starts_[docid], starts_[docid + 1] - starts_[docid]);
    }
    size_t bytes() const { return bytes_.size(); }

private:
    std::vector<uint64_t> starts_{0};  // docid's bytes are [starts_[docid], starts_[docid + 1])
    std::vector<char, HugePageAllocator<char>> bytes_;
};

// Immutable once loaded: safe to share between threads. Every accessor returns nullopt for
// a document that is not kept (the caller then reads the database).
class DocumentCache {
public:
    DocumentCache() = default;  // keeps nothing
    static DocumentCache load(const Xapian::Database& db, const PreloadBudget& budget = {});

    // The packed candidate summary (schema::pack_summary).
    std::optional<std::string_view> summary(Xapian::docid docid) const { return summaries_.get(docid); }
    // What a returned hit shows of the document, packed (search/shown_document.h).
    std::optional<std::string_view> shown(Xapian::docid docid) const { return shown_.get(docid); }

private:
    void load_shown(const Xapian::Database& db, const PreloadBudget& budget);

    PackedByDocid summaries_;  // empty above the budget
    PackedByDocid shown_;      // empty above the budget
};

}  // namespace helpdex
