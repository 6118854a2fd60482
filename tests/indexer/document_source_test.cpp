// Proves indexer/document_source: a corpus folder validated once and read again per visit
// gives write_index exactly what the corpus read into memory gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "indexer/document_source.h"
#include "common/files.h"
#include "indexer/index_writer.h"
#include "search/index_layout.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::indexer;

namespace {

std::vector<std::string> lines_of(const Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.to_string());
    return lines;
}

std::vector<std::string> visited_ids(const DocumentSource& source) {
    std::vector<std::string> ids;
    source.for_each([&](size_t i, const KbDocument& d) {
        CHECK(i == ids.size());
        CHECK(source.catalog()[i].id == d.id);
        ids.push_back(d.id);
    });
    return ids;
}

}  // namespace

TEST_CASE("a scanned folder reports what read_corpus reports and visits the documents it keeps", "[document_source]") {
    Diagnostics read_diagnostics, scan_diagnostics;
    const Corpus corpus = read_corpus(test::fixture("broken-corpus"), read_diagnostics);
    const CorpusFolder folder = CorpusFolder::scan(test::fixture("broken-corpus"), scan_diagnostics);
    CHECK(lines_of(scan_diagnostics) == lines_of(read_diagnostics));
    CHECK(folder.skipped() == corpus.skipped);
    REQUIRE(folder.catalog().size() == corpus.documents.size());
    std::vector<std::string> ids;
    for (const auto& d : corpus.documents) ids.push_back(d.id);
    CHECK(visited_ids(folder) == ids);
    CHECK(visited_ids(folder) == ids);  // as often as asked
    CHECK(visited_ids(InMemorySource(corpus)) == ids);
    CHECK(folder.routing().to_json() == corpus.routing.to_json());
}

TEST_CASE("a visit of a folder that changed since its scan fails instead of indexing something else",
          "[document_source]") {
    test::TempDir dir;
    const auto cases = dir / "corpus" / "cases" / "cases.jsonl";
    const std::string first = R"({"id":"c1","type":"case","title":"Printer jams","lang":"en","category":"printing","body":"The printer jams."})";
    const std::string second = R"({"id":"c2","type":"case","title":"Toner","lang":"en","category":"printing","body":"Toner is low."})";
    test::write_file(cases, first + "\n" + second + "\n");
    Diagnostics diagnostics;
    const CorpusFolder folder = CorpusFolder::scan(dir / "corpus", diagnostics);
    REQUIRE(folder.catalog().size() == 2);

    test::write_file(cases, second + "\n" + first + "\n");  // reordered
    CHECK_THROWS_WITH(folder.for_each([](size_t, const KbDocument&) {}), Catch::Contains("changed while it was being indexed"));
    test::write_file(cases, first + "\n");  // shortened
    CHECK_THROWS_WITH(folder.for_each([](size_t, const KbDocument&) {}), Catch::Contains("changed while it was being indexed"));
}

TEST_CASE("an index written from a scanned folder is the one written from the corpus in memory", "[document_source]") {
    test::TempDir dir;
    Diagnostics diagnostics;
    const auto from_memory = write_index(read_corpus(test::fixture("small-corpus"), diagnostics), dir / "a",
                                         test::fixture("small-corpus"));
    const auto from_folder = write_index(CorpusFolder::scan(test::fixture("small-corpus"), diagnostics), dir / "b",
                                         test::fixture("small-corpus"));
    CHECK(from_folder.indexed == from_memory.indexed);
    CHECK(from_folder.by_type == from_memory.by_type);
    CHECK(from_folder.by_lang == from_memory.by_lang);
    CHECK(from_folder.by_status == from_memory.by_status);
    CHECK(from_folder.classifier.examples == from_memory.classifier.examples);
    CHECK(from_folder.classifier.holdout_accuracy == from_memory.classifier.holdout_accuracy);
    for (const char* file : {layout::kClassifierFile, layout::kLanguageModelFile, layout::kRoutingFile}) {
        const auto a = dir / "a" / from_memory.generation / file;
        const auto b = dir / "b" / from_folder.generation / file;
        INFO(file);
        CHECK(read_file(a) == read_file(b));
    }
}

TEST_CASE("a visit of some documents reads only the files that hold them", "[document_source]") {
    test::TempDir dir;
    const auto corpus = dir / "corpus";
    std::filesystem::copy(test::fixture("small-corpus"), corpus, std::filesystem::copy_options::recursive);
    Diagnostics diagnostics;
    const CorpusFolder folder = CorpusFolder::scan(corpus, diagnostics);
    const auto& catalog = folder.catalog();
    // The last document (a case), and an article.
    std::vector<bool> wanted(catalog.size(), false);
    wanted.back() = true;
    const auto article = std::find_if(catalog.begin(), catalog.end(), [](const CatalogEntry& e) { return e.type != "case"; });
    REQUIRE(article != catalog.end());
    wanted[static_cast<size_t>(article - catalog.begin())] = true;

    std::string article_file;
    const auto visited = [&] {
        std::vector<std::string> ids;
        folder.for_each_of(wanted, [&](size_t i, const KbDocument& d) {
            CHECK(catalog[i].id == d.id);
            if (d.id == article->id) article_file = d.source;
            ids.push_back(d.id);
        });
        return ids;
    };
    const std::vector<std::string> expected = {article->id, catalog.back().id};
    CHECK(visited() == expected);

    // A file no wanted document is in is not read: breaking every other article changes nothing.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus / "articles")) {
        if (entry.is_regular_file() && entry.path() != corpus / article_file) test::write_file(entry.path(), "broken");
    }
    CHECK(visited() == expected);
    // Read whole, the folder no longer matches its scan.
    CHECK_THROWS_WITH(folder.for_each([](size_t, const KbDocument&) {}), Catch::Contains("changed while it was being indexed"));
}
