// An index directory holds generations: complete, immutable builds of a corpus. The file
// CURRENT names the one being served; the indexer builds a new generation beside it and
// swaps CURRENT atomically, so readers never see a half-written index.
//
//   INDEX_DIR/CURRENT                   "gen-20261124T103000Z-4821\n"
//   INDEX_DIR/gen-…/xapian/             the Xapian database (an index of one shard, the default)
//   INDEX_DIR/gen-…/shards/0 … N-1/     or N shard databases (`helpdex index --shards N`, N > 1),
//                                       each document in shards/<shard_of(id, N)>, searched as one
//   INDEX_DIR/gen-…/routing.json        the routing table
//   INDEX_DIR/gen-…/language_model.json the language detector
//   INDEX_DIR/gen-…/manifest.json       what was indexed: format, counts, languages, time
//   INDEX_DIR/gen-…/classifier.bin      the category classifier (when there are ≥ 2 categories)
//   INDEX_DIR/gen-…/term_bridge.json    term translations between the index's languages
//   INDEX_DIR/gen-…/spelling/<lang>/    each language's spelling dictionary (a Xapian database)
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex {

namespace layout {
inline constexpr const char* kCurrentFile = "CURRENT";
inline constexpr const char* kXapianDir = "xapian";
inline constexpr const char* kShardsDir = "shards";  // of an index of more than one shard
inline constexpr const char* kRoutingFile = "routing.json";
inline constexpr const char* kLanguageModelFile = "language_model.json";
inline constexpr const char* kTermBridgeFile = "term_bridge.json";
inline constexpr const char* kManifestFile = "manifest.json";
inline constexpr const char* kClassifierFile = "classifier.bin";  // optional: absent when untrainable
inline constexpr const char* kGenerationPrefix = "gen-";
}  // namespace layout

// The index directory is missing, empty, unreadable or holds a broken generation; the
// message is fit for users.
class IndexError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The generation CURRENT names; nullopt when there is no CURRENT file (nothing indexed
// yet). Throws IndexError when CURRENT cannot be read or does not name a generation.
// The one reader of CURRENT, for the server and the indexer alike.
std::optional<std::string> read_current_name(const std::filesystem::path& index_dir);

// Which of `shard_count` (≥ 1) shards holds the document with this id: the 64-bit FNV-1a
// hash of the id's bytes modulo the count. The same on every machine, build and run (unlike
// std::hash), so a document stays in its shard as long as the count does not change.
size_t shard_of(std::string_view id, size_t shard_count);

// The Xapian database directories of a generation indexed into `shard_count` (≥ 1) shards,
// in shard order: gen-…/xapian for one, gen-…/shards/0 … N-1 for more.
std::vector<std::filesystem::path> shard_databases(const std::filesystem::path& generation_dir, size_t shard_count);

}  // namespace helpdex
