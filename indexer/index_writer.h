// Writes a corpus as a new index generation and swaps it in atomically.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "indexer/case_vocabulary.h"
#include "indexer/corpus_reader.h"
#include "indexer/document_source.h"
#include "indexer/field_weights.h"
#include "search/classifier/category_classifier.h"

namespace helpdex::indexer {

// How a reindex went about it: from the generation it replaces (indexer/incremental_update.h),
// or every document anew.
struct ReindexReport {
    bool incremental = false;
    std::string full_reason;  // why every document was written anew, when it was
    size_t added = 0, changed = 0, removed = 0, unchanged = 0;
    size_t regrouped = 0;         // unchanged documents whose translation group gained or lost a language
    size_t groups_realigned = 0;  // translation groups whose aligned units were made again
    std::vector<std::string> categories_relinked;  // top-level categories whose cases were linked again
    bool classifier_retrained = true;
    size_t classifier_unlearnt = 0;  // examples changed since the served classifier was trained
    std::string classifier_reason;
};

struct IndexSummary {
    std::string generation;
    size_t indexed = 0;                      // published documents written
    std::map<std::string, size_t> by_type;   // of the indexed documents
    std::map<std::string, size_t> by_lang;
    std::map<std::string, size_t> by_status; // of every valid document read
    std::vector<size_t> shard_documents;     // how many documents each shard holds, in shard order
    size_t skipped = 0;
    classifier::TrainingReport classifier;  // examples == 0 when no classifier was trained
    CaseVocabularyReport case_vocabulary;   // the past cases' words added to the solutions
    ReindexReport reindex;
    std::chrono::milliseconds elapsed{0};
    // What went wrong after the new generation went live (old generations that could not
    // be removed), one line each: the index is served regardless, so these do not throw.
    std::vector<std::string> warnings;
};

// Called after each document written: (done, total).
using ProgressCallback = std::function<void(size_t, size_t)>;

struct IndexOptions {
    FieldWeights field_weights;  // recorded in the generation's manifest
    ProgressCallback progress;
    // How many Xapian databases the documents are split into (search/index_layout.h
    // shard_of): 1 writes gen-…/xapian as always; more write gen-…/shards/0 … N-1, each
    // servable on its own machine by xapian-tcpsrv. The models are trained on all of them.
    size_t shards = 1;
    // Every document written anew and the classifier retrained, even when the generation it
    // replaces could be the start of an incremental reindex.
    bool full = false;
};

inline constexpr size_t kMaxShards = 1024;

// Builds INDEX_DIR/gen-…/ from the corpus's published documents — from a copy of the
// generation CURRENT names with only the changes applied when it can (see
// indexer/incremental_update.h; summary.reindex says how it went) —, verifies it by reopening,
// then points INDEX_DIR/CURRENT at it (write-temp-and-rename) and removes generations older
// than the previous one. On any failure before the swap the new generation is deleted and
// CURRENT is left as it was; throws std::runtime_error (std::invalid_argument, before
// anything is written, for a shard count outside 1–kMaxShards). Once CURRENT names the new
// generation a filesystem error no longer throws: old generations it cannot remove are
// listed in `warnings`.
// Only one indexer may write an index directory at a time (an flock on INDEX_DIR/.lock);
// a second fails at once.
// The documents are visited twice (written, and the classifier's sample read), at once.
IndexSummary write_index(const DocumentSource& source, const std::filesystem::path& index_dir,
                         const std::filesystem::path& corpus_dir, const IndexOptions& options = {});
// The same for a corpus read into memory.
IndexSummary write_index(const Corpus& corpus, const std::filesystem::path& index_dir,
                         const std::filesystem::path& corpus_dir, const IndexOptions& options = {});

// Removes one directory tree (fs::remove_all); returns the error, if any.
using RemoveTree = std::function<std::error_code(const std::filesystem::path&)>;
std::error_code remove_tree(const std::filesystem::path& path);

// Removes every gen-* directory in INDEX_DIR not named in `keep`, each with `remove`. Does
// not throw on filesystem errors (write_index calls it once the new generation is live):
// returns one line for each entry it could not inspect or remove, or for a directory it
// could not list, and carries on with the others.
std::vector<std::string> prune_generations(const std::filesystem::path& index_dir, const std::vector<std::string>& keep,
                                           const RemoveTree& remove = remove_tree);

}  // namespace helpdex::indexer
