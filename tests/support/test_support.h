// Shared test helpers: fresh temporary directories and indexed fixture corpora.
#pragma once

#include <filesystem>
#include <string>

namespace helpdex::test {

// A new empty directory, removed with everything in it when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

std::filesystem::path fixture(const std::string& name);
std::filesystem::path bundled_corpus();

// Indexes `corpus_dir` into `index_dir` (strictly: any corpus error fails the test).
void index_corpus(const std::filesystem::path& corpus_dir, const std::filesystem::path& index_dir);

void write_file(const std::filesystem::path& path, const std::string& content);

}  // namespace helpdex::test
