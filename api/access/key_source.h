// Where a server's API keys come from: a keys file, re-read when it changes, and inline
// entries (HELPDEX_API_KEYS), for deployments that pass secrets in the environment.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "api/access/api_keys.h"

namespace helpdex::api::access {

// The keys from a file (re-read when it changes) and from inline entries (HELPDEX_API_KEYS).
class KeySource {
public:
    KeySource(std::filesystem::path file, std::string inline_entries);

    struct Refresh {
        bool reread = false;
        std::vector<KeyProblem> problems;
    };
    // Reads the file again when its modification time or size changed. The first read takes
    // whatever is valid; later, a file with any problem keeps the keys in use.
    Refresh refresh();

    std::shared_ptr<const KeyRing> current() const;
    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    std::string inline_entries_;
    mutable std::mutex mutex_;
    std::shared_ptr<const KeyRing> current_;
    std::filesystem::file_time_type stamp_{};
    std::uintmax_t size_ = 0;
    bool loaded_ = false;
};

}  // namespace helpdex::api::access
