// Whole-file reading shared by the indexer (corpus files) and the search side (generations).
#pragma once

#include <filesystem>
#include <string>

namespace helpdex {

// The bytes of `path`. Throws std::runtime_error("cannot read <path>") when it cannot be
// opened or read.
std::string read_file(const std::filesystem::path& path);

}  // namespace helpdex
