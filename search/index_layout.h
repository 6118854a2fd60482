// An index directory holds generations: complete, immutable builds of a corpus. The file
// CURRENT names the one being served; the indexer builds a new generation beside it and
// swaps CURRENT atomically, so readers never see a half-written index.
//
//   INDEX_DIR/CURRENT                   "gen-20261124T103000Z-4821\n"
//   INDEX_DIR/gen-…/xapian/             the Xapian database
//   INDEX_DIR/gen-…/routing.json        the routing table
//   INDEX_DIR/gen-…/language_model.json the language detector
//   INDEX_DIR/gen-…/manifest.json       what was indexed: format, counts, languages, time
//   INDEX_DIR/gen-…/classifier.bin      the category classifier (when there are ≥ 2 categories)
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace helpdex {

namespace layout {
inline constexpr const char* kCurrentFile = "CURRENT";
inline constexpr const char* kXapianDir = "xapian";
inline constexpr const char* kRoutingFile = "routing.json";
inline constexpr const char* kLanguageModelFile = "language_model.json";
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

}  // namespace helpdex
