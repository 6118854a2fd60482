// The scratch folder holding the generated corpus and the indexes; removed at exit unless kept.
#include "work_dir.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace relbench {

namespace fs = std::filesystem;

namespace {

fs::path make_temporary_dir() {
    std::string pattern = (fs::temp_directory_path() / "bench-relevance-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!mkdtemp(buffer.data())) throw std::runtime_error("cannot create a temporary folder from " + pattern);
    return fs::path(buffer.data());
}

}  // namespace

WorkDir::WorkDir(const std::string& requested, bool keep) : keep_(keep) {
    if (requested.empty()) {
        path_ = make_temporary_dir();
        created_ = true;
        return;
    }
    path_ = fs::absolute(requested);
    if (fs::exists(path_)) {
        if (!fs::is_directory(path_) || !fs::is_empty(path_)) {
            throw std::runtime_error("--work-dir " + path_.string() + ": must be an empty folder or not exist yet");
        }
    } else {
        fs::create_directories(path_);
        created_ = true;
    }
}

WorkDir::~WorkDir() {
    if (keep_) {
        std::fprintf(stderr, "kept the work folder %s\n", path_.c_str());
        return;
    }
    try {
        if (created_) {
            fs::remove_all(path_);
        } else {
            for (const auto& entry : fs::directory_iterator(path_)) fs::remove_all(entry.path());
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warning: could not clean up %s: %s\n", path_.c_str(), e.what());
    }
}

}  // namespace relbench
