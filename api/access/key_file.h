// Editing the keys file (helpdex keys …): entries added and removed by rewriting the file
// whole into a temporary beside it, renamed over it, so a server re-reading it never sees
// half a file. The file is created readable by its owner only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "api/access/api_keys.h"

namespace helpdex::api::access {

// The file's keys; none when it does not exist. Throws std::runtime_error when it cannot be
// read or any entry has a problem (each named with its line).
std::vector<ApiKey> read_key_file(const std::filesystem::path& file);

// Appends `entry`. Throws std::runtime_error when the file has problems or already holds a
// key of that name.
void add_key_entry(const std::filesystem::path& file, const ApiKey& entry);

// Removes the entry named `name`, comments and other entries kept; false when there is none.
bool remove_key_entry(const std::filesystem::path& file, const std::string& name);

}  // namespace helpdex::api::access
