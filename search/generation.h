// An index directory holds generations: complete, immutable builds of a corpus. The file
// CURRENT names the one being served; the indexer builds a new generation beside it and
// swaps CURRENT atomically, so readers never see a half-written index.
//
//   INDEX_DIR/CURRENT                   "gen-20261124T103000Z-4821\n"
//   INDEX_DIR/gen-…/xapian/             the Xapian database
//   INDEX_DIR/gen-…/routing.json        the routing table
//   INDEX_DIR/gen-…/language_model.json the language detector
//   INDEX_DIR/gen-…/manifest.json       what was indexed: counts, languages, time
//   INDEX_DIR/gen-…/classifier.bin      the category classifier (when there are ≥ 2 categories)
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "search/analysis/language_detector.h"
#include "search/classifier/category_classifier.h"
#include "search/document.h"
#include "search/routing.h"
#include "search/snippet.h"

namespace helpdex {

namespace layout {
inline constexpr const char* kCurrentFile = "CURRENT";
inline constexpr const char* kXapianDir = "xapian";
inline constexpr const char* kRoutingFile = "routing.json";
inline constexpr const char* kLanguageModelFile = "language_model.json";
inline constexpr const char* kManifestFile = "manifest.json";
inline constexpr const char* kClassifierFile = "classifier.bin";  // optional: absent when untrainable
}  // namespace layout

// The index directory is missing, empty or unreadable.
class IndexError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Generation {
    std::filesystem::path dir;
    std::string name;
    RoutingTable routing;
    analysis::LanguageDetector detector;
    nlohmann::json manifest;
    std::vector<std::string> languages;  // languages of the published documents
    classifier::CategoryClassifier classifier;  // empty when the corpus had < 2 categories

    // A new read-only handle on this generation's database: one per thread (Xapian
    // objects are not thread-safe).
    Xapian::Database open_database() const;

    // Whether any published document has one of these types.
    bool holds_any_type(std::span<const std::string_view> types) const;
    // Whether every published document has one of these types: a filter on them would
    // then only cost reading a posting list as long as the index.
    bool holds_only_types(std::span<const std::string_view> types) const;

    // The packed candidate summary (schema kSlotSummary) of a document, from memory; null
    // when the index is too large to keep them (then read the value from the database).
    const std::string* cached_summary(Xapian::docid docid) const {
        return docid < summaries.size() ? &summaries[docid] : nullptr;
    }
    // Ranking reads a summary per candidate, each a B-tree look-up on disk; up to this many
    // documents (~100 bytes each) they are read once, sequentially, when the generation opens.
    static constexpr Xapian::doccount kMaxCachedSummaries = 250000;
    std::vector<std::string> summaries;  // by docid; empty above kMaxCachedSummaries

    // A published document, parsed, from memory; null when the index is too large to keep
    // them (then parse it from the database). Every shown hit needs its text, steps and
    // escalation: parsing the stored JSON per hit cost about a fifth of a suggestion.
    std::shared_ptr<const KbDocument> cached_document(Xapian::docid docid) const {
        return docid < documents.size() ? documents[docid].parsed : nullptr;
    }
    // The document's distinct text terms (unprefixed), each between '\n's; null when not
    // preloaded (then read its termlist). Which of the query's words a hit contains.
    const std::string* cached_text_terms(Xapian::docid docid) const {
        return docid < documents.size() ? &documents[docid].text_terms : nullptr;
    }
    // Up to this much stored document data (JSON bytes; parsed, about twice that in
    // memory) every document is parsed once when the generation opens.
    static constexpr size_t kMaxCachedDocumentBytes = size_t{64} << 20;
    // The document's snippet source (KbDocument::snippet_source) analysed, its terms
    // interned in snippet_terms; null when not preloaded (then analyse it per request).
    const std::vector<SnippetWord>* cached_snippet_words(Xapian::docid docid) const {
        if (docid >= documents.size() || !documents[docid].snippet_words) return nullptr;
        return &*documents[docid].snippet_words;
    }
    // At 16 bytes a word, up to this many words (64 MiB) are kept analysed for snippets;
    // documents beyond are analysed when shown.
    static constexpr size_t kMaxPreloadedSnippetWords = size_t{4} << 20;
    struct PreloadedDocument {
        std::shared_ptr<const KbDocument> parsed;
        std::string text_terms;
        std::optional<std::vector<SnippetWord>> snippet_words;
    };
    std::vector<PreloadedDocument> documents;  // by docid; empty above the budget
    TermIds snippet_terms;
};

// What to read into memory when a generation opens: a server keeps the candidate
// summaries and parsed documents of a small enough index (reads per request become memory
// look-ups); a one-shot command, answering a single query, reads only what it needs.
enum class Preload { for_serving, nothing };

// Opens the generation CURRENT names. Throws IndexError with a message fit for users.
std::shared_ptr<const Generation> open_current_generation(const std::filesystem::path& index_dir,
                                                          Preload preload = Preload::for_serving);

// The served generation, swappable while requests run: each request takes a shared_ptr
// and finishes on the generation it started with. Thread-safe.
class LiveIndex {
public:
    explicit LiveIndex(std::filesystem::path index_dir);  // throws IndexError

    std::shared_ptr<const Generation> current() const;

    // Re-reads CURRENT and opens a newer generation if there is one. Returns true when it
    // swapped. On a broken new generation it keeps serving the old one and throws.
    bool refresh();

    const std::filesystem::path& directory() const { return index_dir_; }

private:
    std::filesystem::path index_dir_;
    mutable std::mutex mutex_;
    std::shared_ptr<const Generation> current_;
};

}  // namespace helpdex
