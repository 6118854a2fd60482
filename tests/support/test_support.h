// Shared test helpers: fresh temporary directories and indexed fixture corpora.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "search/searcher.h"

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

// Indexes `corpus_dir` into `index_dir` (strictly: any corpus error fails the test), split
// into `shards` databases.
void index_corpus(const std::filesystem::path& corpus_dir, const std::filesystem::path& index_dir, size_t shards = 1);

// A fixture corpus indexed into a temporary directory, with a Searcher over it.
struct IndexedFixture {
    explicit IndexedFixture(const std::string& name = "small-corpus");
    TempDir dir;
    std::unique_ptr<Searcher> searcher;
};

void write_file(const std::filesystem::path& path, const std::string& content);

// ../shared/data beside the repository (the CI layout), or $HELPDEX_SHARED_DATA_DIR when
// set (pointing it elsewhere shows what a machine without the data runs); empty when the
// directory is not there.
std::filesystem::path shared_data();

// Prefixes a test's message when the test checked nothing because what it needs is absent;
// ctest reports such a test as skipped (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).
inline constexpr const char* kSkipped = "SKIPPED: ";

// Rows of an RFC 4180 CSV file (quoted fields, "" escapes, commas and line breaks inside
// quotes), header row included.
std::vector<std::vector<std::string>> read_csv(const std::filesystem::path& path);

}  // namespace helpdex::test
