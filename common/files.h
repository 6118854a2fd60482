// Whole-file reading shared by the indexer (corpus files) and the search side (generations),
// and the durable writes a generation is made of.
#pragma once

#include <filesystem>
#include <string>

namespace helpdex {

// The bytes of `path`. Throws std::runtime_error("cannot read <path>") when it cannot be
// opened or read.
std::string read_file(const std::filesystem::path& path);

// Writes `content` to `path` (truncating it) and fsyncs it. Throws std::runtime_error
// ("cannot write <path>").
void write_file_synced(const std::filesystem::path& path, const std::string& content);

// fsync of a file, or of a directory (its entries); best effort: a path that cannot be opened
// is left alone.
void sync_file(const std::filesystem::path& path);
void sync_directory(const std::filesystem::path& dir);

}  // namespace helpdex
