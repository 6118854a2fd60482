// Proves bench/perf's synthetic corpus: deterministic, prefix-stable, valid for the indexer, shaped as asked.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "bench/perf/synthetic_corpus.h"
#include "bench/perf/synthetic_corpus_writer.h"
#include "bench/perf/word_lists.h"
#include "common/files.h"
#include "indexer/corpus_reader.h"
#include "indexer/index_writer.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::bench;
namespace fs = std::filesystem;

namespace {

// /usr/share/dict, or $HELPDEX_DICT_DIR when set (pointing it elsewhere shows what a machine
// without the word lists runs).
fs::path dict_dir() {
    const char* dir = std::getenv("HELPDEX_DICT_DIR");
    return dir && *dir ? fs::path(dir) : fs::path("/usr/share/dict");
}

// The word lists, read once; nullptr (after a visible skip line) when a package is missing.
const std::vector<Vocabulary>* word_lists() {
    static const auto loaded = []() -> std::optional<std::vector<Vocabulary>> {
        try {
            return load_vocabularies(dict_dir());
        } catch (const WordListMissing&) {
            return std::nullopt;
        }
    }();
    if (!loaded) {
        try {
            load_vocabularies(dict_dir());
        } catch (const WordListMissing& e) {
            WARN(test::kSkipped << e.what());
        }
        return nullptr;
    }
    return &*loaded;
}

// Every file under `dir` by its relative path.
std::map<std::string, std::string> files_under(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).generic_string()] = read_file(entry.path());
    }
    return files;
}

std::map<std::string, std::string> generate(uint64_t seed, size_t documents, const fs::path& dir) {
    write_corpus(SyntheticCorpus(*word_lists(), seed), documents, dir);
    return files_under(dir);
}

size_t word_count(const std::string& text) {
    std::istringstream in(text);
    size_t count = 0;
    for (std::string word; in >> word;) ++count;
    return count;
}

}  // namespace

TEST_CASE("a synthetic corpus: the same seed writes the same bytes, another seed other bytes", "[bench][synthetic]") {
    if (!word_lists()) return;
    test::TempDir dir;
    const auto first = generate(1, 300, dir / "a");
    CHECK(first == generate(1, 300, dir / "b"));
    const auto other = generate(2, 300, dir / "c");
    CHECK(first.at("cases/cases-0000.jsonl") != other.at("cases/cases-0000.jsonl"));
}

TEST_CASE("a small synthetic corpus is the first documents of a larger one", "[bench][synthetic]") {
    if (!word_lists()) return;
    test::TempDir dir;
    const auto small = generate(1, 200, dir / "small");
    const auto large = generate(1, 1000, dir / "large");
    size_t articles = 0;
    for (const auto& [path, content] : small) {
        INFO(path);
        REQUIRE(large.count(path) == 1);
        if (path == "cases/cases-0000.jsonl") {
            CHECK(large.at(path).starts_with(content));
            CHECK(large.at(path).size() > content.size());
        } else {
            CHECK(large.at(path) == content);
            articles += path.starts_with("articles/");
        }
    }
    CHECK(articles > 0);
}

TEST_CASE("a synthetic corpus reads without diagnostics and indexes every document", "[bench][synthetic]") {
    if (!word_lists()) return;
    test::TempDir dir;
    const WrittenCorpus written = write_corpus(SyntheticCorpus(*word_lists(), 1), 300, dir / "corpus");
    indexer::Diagnostics diagnostics;
    const auto corpus = indexer::read_corpus(dir / "corpus", diagnostics);
    for (const auto& diagnostic : diagnostics.all()) FAIL_CHECK(diagnostic.to_string());
    CHECK(diagnostics.all().empty());
    REQUIRE(corpus.documents.size() == 300);
    CHECK(written.cases + written.articles == 300);
    const auto summary = indexer::write_index(corpus, dir / "idx", dir / "corpus");
    CHECK(summary.indexed == 300);
    CHECK(summary.by_type.at("case") == written.cases);
    CHECK(summary.by_lang.size() == 5);
}

TEST_CASE("synthetic types, languages and categories have the shares asked for", "[bench][synthetic]") {
    if (!word_lists()) return;
    const SyntheticCorpus corpus(*word_lists(), 1);
    const size_t n = 2000;
    std::map<std::string, size_t> types, languages;
    std::set<std::string> categories;
    size_t body_bytes = 0;
    const std::regex category_path("cat[0-9]{2}/sub[0-9]{2}");
    for (size_t i = 0; i < n; ++i) {
        const auto document = corpus.document(i);
        ++types[document.type];
        ++languages[document.lang];
        categories.insert(document.category);
        body_bytes += document.body.size();
        CHECK(std::regex_match(document.category, category_path));
        const size_t title_words = word_count(document.title);
        CHECK((title_words >= 4 && title_words <= 10));
    }
    CHECK(types["case"] / double(n) == Approx(0.90).margin(0.02));
    for (const char* type : {"known-issue", "troubleshooting", "sop", "faq"}) CHECK(types[type] / double(n) == Approx(0.025).margin(0.012));
    const std::map<std::string, double> expected_languages = {{"en", 0.50}, {"de", 0.15}, {"fr", 0.15}, {"es", 0.10}, {"nl", 0.10}};
    for (const auto& [lang, share] : expected_languages) CHECK(languages[lang] / double(n) == Approx(share).margin(0.03));
    CHECK(languages.size() == 5);
    CHECK(corpus.categories().size() == 200);
    CHECK(categories.size() >= 190);
    CHECK(body_bytes / double(n) == Approx(1400).margin(150));
}

TEST_CASE("synthetic inquiries are one line each, in their length bucket", "[bench][synthetic]") {
    if (!word_lists()) return;
    const SyntheticCorpus corpus(*word_lists(), 1);
    std::map<std::string, size_t> buckets;
    for (size_t i = 0; i < 2000; ++i) {
        const auto inquiry = corpus.inquiry(i);
        INFO(inquiry.text);
        ++buckets[inquiry.length_bucket];
        CHECK(inquiry.text.find_first_of("\t\n") == std::string::npos);
        const size_t words = word_count(inquiry.text);
        if (inquiry.length_bucket == "short") CHECK((words >= 1 && words <= 4));
        if (inquiry.length_bucket == "medium") CHECK((words >= 5 && words <= 15));
        if (inquiry.length_bucket == "long") CHECK(words >= 16);  // plus greeting and sign-off
    }
    CHECK(buckets.size() == 3);
}

TEST_CASE("synthetic words: only lower-case letters of the language, 3 to 15 of them", "[bench][synthetic]") {
    const auto& en = language_specs()[0];
    const auto& de = language_specs()[1];
    const auto& fr = language_specs()[2];
    CHECK(accept_word("printer", en) == "printer");
    CHECK(accept_word("printer's", en).empty());
    CHECK(accept_word("Aaron", en).empty());
    CHECK(accept_word("ab", en).empty());
    CHECK(accept_word("abcdefghijklmnop", en).empty());
    CHECK(accept_word("café", en).empty());
    CHECK(accept_word("Drucker", de) == "drucker");
    CHECK(accept_word("Übergröße", de) == "übergröße");
    CHECK(accept_word("café", fr) == "café");
    CHECK(accept_word("caf\xe9", fr) == "café");  // ISO-8859-1
    CHECK(accept_word("aujourd'hui", fr).empty());
}

TEST_CASE("synthetic corpus: missing word lists fail naming the package to install", "[bench][synthetic]") {
    test::TempDir dir;
    CHECK_THROWS_WITH(load_vocabularies(dir.path()), Catch::Contains("wamerican"));
}
