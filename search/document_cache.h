// What a server keeps of a generation in memory, within fixed budgets: the candidate
// summaries and, for a small enough index, every document parsed with its terms and its
// snippet text analysed. Reads per request then become memory look-ups.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/document.h"
#include "search/snippet.h"

namespace helpdex {

struct PreloadBudget {
    // Ranking reads a summary per candidate, each a B-tree look-up on disk; up to this
    // many documents (~100 bytes each) they are read once, sequentially.
    Xapian::doccount max_summaries = 250000;
    // Up to this much stored document data (JSON bytes; parsed, about twice that in
    // memory) every document is parsed once. Every shown hit needs its text, steps and
    // escalation: parsing the stored JSON per hit cost about a fifth of a suggestion.
    size_t max_document_bytes = size_t{64} << 20;
    // At 16 bytes a word, up to this many words (64 MiB) are kept analysed for snippets;
    // documents beyond are analysed when shown.
    size_t max_snippet_words = size_t{4} << 20;
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
    std::shared_ptr<const KbDocument> document(Xapian::docid docid) const {
        return docid < documents_.size() ? documents_[docid].parsed : nullptr;
    }
    // The document's distinct text terms (unprefixed), each between '\n's.
    const std::string* text_terms(Xapian::docid docid) const {
        return docid < documents_.size() ? &documents_[docid].text_terms : nullptr;
    }
    // The document's snippet source (KbDocument::snippet_source) analysed, its terms
    // interned in snippet_terms().
    const std::vector<SnippetWord>* snippet_words(Xapian::docid docid) const {
        if (docid >= documents_.size() || !documents_[docid].snippet_words) return nullptr;
        return &*documents_[docid].snippet_words;
    }
    const TermIds& snippet_terms() const { return snippet_terms_; }

private:
    struct Entry {
        std::shared_ptr<const KbDocument> parsed;
        std::string text_terms;
        std::optional<std::vector<SnippetWord>> snippet_words;
    };
    void load_documents(const Xapian::Database& db, const PreloadBudget& budget);

    std::vector<std::string> summaries_;  // by docid; empty above the budget
    std::vector<Entry> documents_;        // by docid; empty above the budget
    TermIds snippet_terms_;
};

}  // namespace helpdex
