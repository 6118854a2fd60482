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
#include "search/bridge/term_bridge.h"
#include "search/classifier/category_classifier.h"
#include "search/document_cache.h"
#include "search/index_layout.h"
#include "search/remote_shard.h"
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
    // With `remote_shards`, the documents are searched on those databases (xapian-tcpsrv)
    // instead of the generation's own: its routing, language model and classifier still come
    // from `index_dir`. Together they must hold as many documents as the generation's manifest
    // says, else IndexError (half an index served, or shards of another corpus). Nothing of
    // them is preloaded (the point of remote shards is an index too large for this machine).
    static std::shared_ptr<const Generation> open_current(const std::filesystem::path& index_dir,
                                                          Preload preload = Preload::for_serving,
                                                          std::vector<RemoteShard> remote_shards = {});

    const std::string& name() const { return name_; }
    const std::filesystem::path& directory() const { return dir_; }

    // A new read-only handle on this generation's documents. Every database of the
    // generation (each local shard, or each remote one) is added to it in the same order,
    // so that callers search them as one with merged statistics, and a docid means the same
    // document in every handle of this generation. A remote shard opens a new connection:
    // throws Xapian::NetworkError when it cannot be reached.
    Xapian::Database open_database() const;
    size_t shard_count() const;  // how many shards the generation was indexed into
    const std::vector<RemoteShard>& remote_shards() const { return remote_shards_; }  // empty: local

    const RoutingTable& routing() const { return routing_; }
    const analysis::LanguageDetector& language_detector() const { return detector_; }
    // Term translations between the index's languages (empty for a one-language index).
    const bridge::TermBridge& term_bridge() const { return bridge_; }
    const classifier::CategoryClassifier& classifier() const { return classifier_; }  // empty below 2 categories
    const nlohmann::json& manifest() const { return manifest_; }
    const DocumentCache& cache() const { return cache_; }

    const std::vector<std::string>& languages() const { return languages_; }  // of the published documents
    // synonyms.yaml in the corpus folder this generation was indexed from (it may not exist):
    // the editors' synonyms a server applies when it is given no other file.
    std::filesystem::path corpus_synonyms() const;
    size_t document_count() const;
    size_t classifier_examples() const;  // how many documents the classifier learnt from

    // The share of published documents that have one of these types, in [0, 1]; 1 when the
    // manifest does not count types (search rather than miss).
    double type_share(std::span<const std::string_view> types) const;

private:
    Generation() = default;
    void load(Preload preload);
    Xapian::Database open_checked_remote_shards() const;

    std::string name_;
    std::filesystem::path dir_;
    std::vector<std::filesystem::path> databases_;  // the local shards, unless remote_shards_
    std::vector<RemoteShard> remote_shards_;
    RoutingTable routing_;
    analysis::LanguageDetector detector_;
    bridge::TermBridge bridge_;
    classifier::CategoryClassifier classifier_;
    nlohmann::json manifest_;
    std::vector<std::string> languages_;
    DocumentCache cache_;
};

// The served generation, swappable while requests run: each request takes a shared_ptr
// and finishes on the generation it started with. Thread-safe.
class LiveIndex {
public:
    // Every generation opened with these remote shards (see Generation::open_current).
    explicit LiveIndex(std::filesystem::path index_dir, std::vector<RemoteShard> remote_shards = {});  // throws IndexError

    std::shared_ptr<const Generation> current() const;

    // Re-reads CURRENT and opens a newer generation if there is one. Returns true when it
    // swapped. On a broken new generation it keeps serving the old one and throws.
    bool refresh();

    const std::filesystem::path& directory() const { return index_dir_; }

private:
    std::filesystem::path index_dir_;
    std::vector<RemoteShard> remote_shards_;
    mutable std::mutex mutex_;
    std::shared_ptr<const Generation> current_;
};

}  // namespace helpdex
