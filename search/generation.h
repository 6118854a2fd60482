// One generation of an index (search/index_layout.h): its database(s), routing table,
// language detector, category classifier, manifest and in-memory cache, opened together
// and immutable afterwards; and the live generation a server swaps while it serves.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "search/analysis/language_detector.h"
#include "search/classifier/category_classifier.h"
#include "search/document_cache.h"
#include "search/index_layout.h"
#include "search/routing.h"

namespace helpdex {

// What to read into memory when a generation opens: a server keeps the candidate
// summaries and parsed documents of a small enough index (DocumentCache); a one-shot
// command, answering a single query, reads only what it needs.
enum class Preload { for_serving, nothing };

// Immutable after open(): share it between threads freely, but give each thread its own
// database handle (open_database()), since Xapian objects are not thread-safe.
class Generation {
public:
    // Opens the generation CURRENT names in `index_dir`. Throws IndexError with a message
    // fit for users (no index yet, a broken or older-format generation).
    static std::shared_ptr<const Generation> open_current(const std::filesystem::path& index_dir,
                                                          Preload preload = Preload::for_serving);

    const std::string& name() const { return name_; }
    const std::filesystem::path& directory() const { return dir_; }

    // A new read-only handle on this generation's documents. Every database of the
    // generation is added to it, so that callers search them as one.
    Xapian::Database open_database() const;

    const RoutingTable& routing() const { return routing_; }
    const analysis::LanguageDetector& language_detector() const { return detector_; }
    const classifier::CategoryClassifier& classifier() const { return classifier_; }  // empty below 2 categories
    const nlohmann::json& manifest() const { return manifest_; }
    const DocumentCache& cache() const { return cache_; }

    const std::vector<std::string>& languages() const { return languages_; }  // of the published documents
    size_t document_count() const;
    size_t classifier_examples() const;  // how many documents the classifier learnt from

    // Whether any published document has one of these types.
    bool holds_any_type(std::span<const std::string_view> types) const;
    // Whether every published document has one of these types: a filter on them would
    // then only cost reading a posting list as long as the index.
    bool holds_only_types(std::span<const std::string_view> types) const;

private:
    Generation() = default;
    void load(Preload preload);

    std::string name_;
    std::filesystem::path dir_;
    std::vector<std::filesystem::path> databases_;  // one local database today; shards later
    RoutingTable routing_;
    analysis::LanguageDetector detector_;
    classifier::CategoryClassifier classifier_;
    nlohmann::json manifest_;
    std::vector<std::string> languages_;
    DocumentCache cache_;
};

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
