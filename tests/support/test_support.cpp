// Test helpers.
#include "support/test_support.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
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

void index_corpus(const fs::path& corpus_dir, const fs::path& index_dir, size_t shards) {
    indexer::Diagnostics diagnostics;
    const auto corpus = indexer::read_corpus(corpus_dir, diagnostics);
    for (const auto& d : diagnostics.all()) {
        if (d.severity == indexer::Diagnostic::Severity::error) FAIL(d.to_string());
    }
    indexer::IndexOptions options;
    options.shards = shards;
    indexer::write_index(corpus, index_dir, corpus_dir, options);
}

IndexedFixture::IndexedFixture(const std::string& name) {
    index_corpus(fixture(name), dir / "idx");
    searcher = std::make_unique<Searcher>(Generation::open_current(dir / "idx"));
}

fs::path shared_data() {
    const char* chosen = std::getenv("HELPDEX_SHARED_DATA_DIR");
    const fs::path data = chosen ? fs::path(chosen) : fs::path(HELPDEX_SHARED_DATA_DIR);
    return fs::is_directory(data) ? data : fs::path();
}

std::vector<std::vector<std::string>> read_csv(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

void write_file(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
}

}  // namespace helpdex::test
