// The scratch folder holding the generated corpus and the indexes; removed at exit unless kept.
#pragma once

#include <filesystem>
#include <string>

namespace relbench {

class WorkDir {
public:
    // `requested` empty: a fresh folder under the system temp dir. Otherwise that folder, which
    // must be absent or empty so no stale corpus or index can leak into the run.
    WorkDir(const std::string& requested, bool keep);
    ~WorkDir();
    WorkDir(const WorkDir&) = delete;
    WorkDir& operator=(const WorkDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    bool keep_ = false;
    bool created_ = false;  // an existing empty folder is emptied at the end, not removed
};

}  // namespace relbench
