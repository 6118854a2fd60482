// Proves indexer/incremental_update: a reindex that starts from the previous generation
// gives the index, models and counts a full build of the same corpus gives, and says what it
// re-analysed; it builds everything anew when it cannot start from the previous generation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/files.h"
#include "indexer/index_folder.h"
#include "search/index_layout.h"
#include "search/schema.h"
#include "support/test_support.h"

using namespace helpdex;
namespace fs = std::filesystem;

namespace {

// A document as the index holds it, whatever its docid.
struct StoredDocument {
    std::string data;
    std::map<Xapian::valueno, std::string> values;
    std::map<std::string, Xapian::termcount> terms;
    bool operator==(const StoredDocument&) const = default;
};

fs::path current_generation(const fs::path& index_dir) { return index_dir / read_current_name(index_dir).value(); }

std::map<std::string, StoredDocument> documents_of(const fs::path& index_dir, size_t shards) {
    std::map<std::string, StoredDocument> documents;
    for (const fs::path& path : shard_databases(current_generation(index_dir), shards)) {
        const Xapian::Database db(path.string());
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
            const Xapian::Document document = db.get_document(*it);
            StoredDocument stored{document.get_data(), {}, {}};
            for (auto v = document.values_begin(); v != document.values_end(); ++v) stored.values[v.get_valueno()] = *v;
            for (auto t = document.termlist_begin(); t != document.termlist_end(); ++t) stored.terms[*t] = t.get_wdf();
            documents[stored.values.at(schema::kSlotSummary).substr(0, stored.values.at(schema::kSlotSummary).find('\x1f'))] =
                std::move(stored);
        }
    }
    return documents;
}

// A file's lines, in sorted order (the counts files follow hash-map order).
std::vector<std::string> sorted_lines(const fs::path& path) {
    std::istringstream in(read_file(path));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

nlohmann::json json_of(const fs::path& path) { return nlohmann::json::parse(read_file(path)); }

// A spelling dictionary's words with their frequencies, and its synonyms.
std::vector<std::string> dictionary_of(const fs::path& generation_dir, const std::string& lang) {
    const Xapian::Database db((generation_dir / "spelling" / lang).string());
    std::vector<std::string> entries;
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) entries.push_back(*it + " " + std::to_string(it.get_termfreq()));
    for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
        for (auto it = db.synonyms_begin(*key); it != db.synonyms_end(*key); ++it) entries.push_back(*key + " = " + *it);
    }
    return entries;
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = read_file(file);
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    test::write_file(file, text);
}

void drop_last_line(const fs::path& file) {
    std::string text = read_file(file);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    text.resize(text.rfind('\n') + 1);
    test::write_file(file, text);
}

indexer::IndexSummary index(const fs::path& corpus, const fs::path& index_dir, indexer::IndexOptions options = {}) {
    const indexer::FolderIndexing indexing = indexer::index_folder(corpus, index_dir, options, true);
    REQUIRE(indexing.summary);
    return *indexing.summary;
}

// Edits of every kind: an article's text, a case's category, an article added, a translation
// and a case removed.
void edit_corpus(const fs::path& corpus) {
    replace_in(corpus / "articles/app/android-630-crash-on-launch.en.md", "Android", "Android phone");
    replace_in(corpus / "cases/en.jsonl", R"("category": "account/login")", R"("category": "billing/payments")");
    test::write_file(corpus / "articles/billing/iban-typo.en.md",
                     "---\nid: kb-iban-typo\ntype: faq\ntitle: I typed my IBAN wrong\nlang: en\ncategory: billing/payments\n"
                     "updated: 2026-11-30\n---\nWrite to billing with the right IBAN; the next direct debit uses it.\n");
    fs::remove(corpus / "articles/app/android-630-crash-on-launch.ja.md");
    drop_last_line(corpus / "cases/de.jsonl");
}

void check_same_generation(const fs::path& incremental, const fs::path& full, size_t shards) {
    const auto from_incremental = documents_of(incremental, shards);
    const auto from_full = documents_of(full, shards);
    REQUIRE(from_incremental.size() == from_full.size());
    for (const auto& [id, document] : from_full) {
        INFO(id);
        REQUIRE(from_incremental.contains(id));
        CHECK(from_incremental.at(id) == document);
    }
    const fs::path a = current_generation(incremental), b = current_generation(full);
    for (const char* file : {"learnt/languages.tsv", "learnt/spelling.tsv", "learnt/aligned_units.tsv"}) {
        INFO(file);
        CHECK(sorted_lines(a / file) == sorted_lines(b / file));
    }
    CHECK(json_of(a / layout::kTermBridgeFile) == json_of(b / layout::kTermBridgeFile));
    CHECK(json_of(a / layout::kLanguageModelFile) == json_of(b / layout::kLanguageModelFile));
    for (const char* lang : {"en", "nl", "de", "fr", "es"}) {
        INFO(lang);
        CHECK(dictionary_of(a, lang) == dictionary_of(b, lang));
    }
    const auto manifest_a = json_of(a / layout::kManifestFile), manifest_b = json_of(b / layout::kManifestFile);
    for (const char* key : {"documents", "by_type", "by_lang", "languages", "shards", "case_vocabulary"}) {
        INFO(key);
        CHECK(manifest_a.at(key) == manifest_b.at(key));
    }
}

}  // namespace

TEST_CASE("an incremental reindex gives what a full build of the same corpus gives", "[index][incremental]") {
    const size_t shards = GENERATE(1, 2);
    test::TempDir dir;
    fs::copy(test::bundled_corpus(), dir / "corpus", fs::copy_options::recursive);
    indexer::IndexOptions options;
    options.shards = shards;
    const auto first = index(dir / "corpus", dir / "idx", options);
    CHECK_FALSE(first.reindex.incremental);
    CHECK(first.reindex.full_reason == "there is no generation to start from");

    edit_corpus(dir / "corpus");
    const auto second = index(dir / "corpus", dir / "idx", options);
    REQUIRE(second.reindex.incremental);
    CHECK(second.reindex.added == 1);
    CHECK(second.reindex.changed == 2);
    CHECK(second.reindex.removed == 2);
    CHECK(second.reindex.unchanged == first.indexed - 4);
    // The crash article's other languages now miss Japanese (the English one was rewritten).
    CHECK(second.reindex.regrouped == 4);
    CHECK(second.reindex.categories_relinked == std::vector<std::string>{"account", "app", "billing", "service"});
    CHECK(second.indexed == first.indexed - 1);

    options.full = true;
    const auto full = index(dir / "corpus", dir / "full", options);
    CHECK(full.reindex.full_reason == "a full reindex was asked for");
    check_same_generation(dir / "idx", dir / "full", shards);
}

TEST_CASE("reindexing an unchanged corpus re-analyses nothing and keeps the classifier", "[index][incremental]") {
    test::TempDir dir;
    const auto first = index(test::bundled_corpus(), dir / "idx");
    const auto second = index(test::bundled_corpus(), dir / "idx");
    REQUIRE(second.reindex.incremental);
    CHECK(second.reindex.added + second.reindex.changed + second.reindex.removed == 0);
    CHECK(second.reindex.unchanged == first.indexed);
    CHECK(second.reindex.categories_relinked.empty());
    CHECK_FALSE(second.reindex.classifier_retrained);
    CHECK(second.reindex.classifier_reason == "its examples are unchanged");
    CHECK(second.classifier.holdout_accuracy == first.classifier.holdout_accuracy);
    CHECK(read_file(current_generation(dir / "idx") / layout::kClassifierFile) ==
          read_file(dir / "idx" / first.generation / layout::kClassifierFile));
}

TEST_CASE("a kept model whose sample cannot be read is retrained, and the summary says why", "[index][incremental]") {
    test::TempDir dir;
    fs::copy(test::fixture("small-corpus"), dir / "corpus", fs::copy_options::recursive);
    index(dir / "corpus", dir / "idx");
    test::write_file(current_generation(dir / "idx") / "learnt/classifier_sample.tsv", "half a line\n");
    const auto second = index(dir / "corpus", dir / "idx");
    REQUIRE(second.reindex.incremental);
    CHECK(second.reindex.classifier_retrained);
    CHECK_THAT(second.reindex.classifier_reason,
               Catch::StartsWith("what the kept model learnt from cannot be read (") && Catch::Contains("line 1"));
}

TEST_CASE("a reindex builds everything anew when it cannot start from the previous generation", "[index][incremental]") {
    test::TempDir dir;
    fs::copy(test::fixture("small-corpus"), dir / "corpus", fs::copy_options::recursive);
    index(dir / "corpus", dir / "idx");

    SECTION("another shard count") {
        indexer::IndexOptions options;
        options.shards = 2;
        CHECK(index(dir / "corpus", dir / "idx", options).reindex.full_reason ==
              "the generation it replaces cannot be the start: the shard count changed");
    }
    SECTION("other field weights") {
        indexer::IndexOptions options;
        options.field_weights.title = 9;
        CHECK(index(dir / "corpus", dir / "idx", options).reindex.full_reason ==
              "the generation it replaces cannot be the start: the field weights changed");
    }
    SECTION("a generation written by another build of helpdex") {
        const fs::path manifest = current_generation(dir / "idx") / layout::kManifestFile;
        nlohmann::json written = json_of(manifest);
        written["build"] = "0123456789abcdef";
        test::write_file(manifest, written.dump());
        CHECK(index(dir / "corpus", dir / "idx").reindex.full_reason ==
              "the generation it replaces cannot be the start: it was written by another build of helpdex");
    }
    SECTION("a generation written before incremental reindexing") {
        fs::remove_all(current_generation(dir / "idx") / "learnt");
        CHECK(index(dir / "corpus", dir / "idx").reindex.full_reason ==
              "the generation it replaces cannot be the start: it keeps no learnt counts (written by an older helpdex)");
    }
    SECTION("more than a quarter of the documents changed") {
        for (const auto& entry : fs::recursive_directory_iterator(dir / "corpus" / "articles")) {
            if (entry.path().extension() == ".md") replace_in(entry.path(), "\n---\n", "\n---\nEdited.\n");
        }
        const auto summary = index(dir / "corpus", dir / "idx");
        CHECK_FALSE(summary.reindex.incremental);
        CHECK_THAT(summary.reindex.full_reason, Catch::EndsWith("documents changed: a whole build is as quick"));
        CHECK(summary.reindex.classifier_retrained);
    }
}
