// Reading the CURRENT pointer of an index directory; where a generation's shards live.
#include "search/index_layout.h"

#include <cstdint>

#include "common/files.h"

namespace helpdex {

namespace fs = std::filesystem;

std::optional<std::string> read_current_name(const fs::path& index_dir) {
    const fs::path current = index_dir / layout::kCurrentFile;
    std::error_code error;
    if (!fs::exists(current, error)) return std::nullopt;
    std::string name;
    try {
        name = read_file(current);
    } catch (const std::runtime_error& e) {
        throw IndexError(e.what());
    }
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r' || name.back() == ' ')) name.pop_back();
    if (name.empty() || name.find('/') != std::string::npos || name.starts_with(".")) {
        throw IndexError(current.string() + " does not name a generation");
    }
    return name;
}

size_t shard_of(std::string_view id, size_t shard_count) {
    if (shard_count == 0) throw std::invalid_argument("shard_of: a shard count of 0");
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a 64-bit offset basis
    for (unsigned char byte : id) {
        hash ^= byte;
        hash *= 1099511628211ULL;  // FNV 64-bit prime
    }
    return static_cast<size_t>(hash % shard_count);
}

std::vector<fs::path> shard_databases(const fs::path& generation_dir, size_t shard_count) {
    if (shard_count == 0) throw std::invalid_argument("shard_databases: a shard count of 0");
    if (shard_count == 1) return {generation_dir / layout::kXapianDir};
    std::vector<fs::path> databases;
    for (size_t shard = 0; shard < shard_count; ++shard) {
        databases.push_back(generation_dir / layout::kShardsDir / std::to_string(shard));
    }
    return databases;
}

}  // namespace helpdex
