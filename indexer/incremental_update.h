// An incremental reindex: the new generation starts as a copy of the one it replaces, and
// only what changed is analysed again. Each document's content hash, kept in the index,
// tells which documents were added, edited or removed; the language and spelling counts
// (GEN/learnt/) have the old versions taken away and the new ones added; the translation
// groups and top-level categories the changes touch are aligned and linked again.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "indexer/document_source.h"
#include "indexer/index_writer.h"
#include "indexer/learnt_state.h"

namespace helpdex::indexer {

// A document of the base generation: where it is and what it held.
struct IndexedDocument {
    std::string content_hash;
    size_t shard = 0;
    Xapian::docid docid = 0;
};

// The generation a reindex starts from.
struct BaseGeneration {
    std::filesystem::path dir;
    nlohmann::json manifest;
    LearntFromDocuments learnt;
    DictionaryBase dictionary;  // what its spelling dictionaries were written from
    std::unordered_map<std::string, IndexedDocument> documents;  // by id
};

// The generation `dir` as a base for a reindex with `options`; nullopt, with the reason in
// `obstacle`, when it cannot be one (another index format, shard count or field weights, or
// written before generations kept what incremental reindexing needs).
std::optional<BaseGeneration> open_base(const std::filesystem::path& dir, const IndexOptions& options, std::string& obstacle);

// Writes the databases of `generation_dir` as the base's with `source`'s changes applied,
// updates `learnt` (the base's, moved in) to match, and fills `summary` but for the
// classifier. Returns false, before writing anything, with the reason in
// summary.reindex.full_reason, when a full build is the better way: more than a quarter of
// the documents changed, or the corpus's languages did (which changes every document).
bool update_generation(const BaseGeneration& base, const DocumentSource& source, const std::filesystem::path& generation_dir,
                       const IndexOptions& options, IndexSummary& summary, LearntFromDocuments& learnt);

}  // namespace helpdex::indexer
