// Test helpers.
#include "support/test_support.h"

#include <fstream>
#include <random>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "indexer/corpus_reader.h"
#include "indexer/index_writer.h"

namespace helpdex::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path candidate = fs::temp_directory_path() / ("helpdex-test-" + std::to_string(random()));
        if (fs::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

fs::path fixture(const std::string& name) {
    return fs::path(HELPDEX_FIXTURES_DIR) / name;
}

fs::path bundled_corpus() {
    return fs::path(HELPDEX_CORPUS_DIR);
}

void index_corpus(const fs::path& corpus_dir, const fs::path& index_dir) {
    indexer::Diagnostics diagnostics;
    const auto corpus = indexer::read_corpus(corpus_dir, diagnostics);
    for (const auto& d : diagnostics.all()) {
        if (d.severity == indexer::Diagnostic::Severity::error) FAIL(d.to_string());
    }
    indexer::write_index(corpus, index_dir, corpus_dir);
}

void write_file(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
}

}  // namespace helpdex::test
