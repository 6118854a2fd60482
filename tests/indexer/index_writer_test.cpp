// Proves indexer/index_writer: generations, atomic swap, nothing half-written.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>
#include <system_error>

#include <nlohmann/json.hpp>

#include "indexer/corpus_reader.h"
#include "indexer/index_writer.h"
#include "search/generation.h"
#include "search/schema.h"
#include "search/search.h"
#include "support/test_support.h"

using namespace helpdex;
namespace fs = std::filesystem;

namespace {

size_t generation_dirs(const fs::path& index_dir) {
    size_t count = 0;
    for (const auto& entry : fs::directory_iterator(index_dir)) count += entry.path().filename().string().starts_with("gen-");
    return count;
}

indexer::Corpus read_fixture(const std::string& name) {
    indexer::Diagnostics diagnostics;
    return indexer::read_corpus(test::fixture(name), diagnostics);
}

}  // namespace

TEST_CASE("an index holds the published documents only", "[index]") {
    test::TempDir dir;
    const auto summary = indexer::write_index(read_fixture("small-corpus"), dir / "idx", test::fixture("small-corpus"));
    CHECK(summary.indexed == 10);
    CHECK(summary.by_status.at("draft") == 1);
    CHECK(summary.by_status.at("archived") == 2);
    CHECK(summary.by_lang.at("nl") == 2);

    Searcher searcher(Generation::open_current(dir / "idx"));
    CHECK(searcher.find_document("fx-refund"));
    CHECK_FALSE(searcher.find_document("fx-draft-chime"));
    CHECK_FALSE(searcher.find_document("fx-archived-firmware"));
    CHECK_FALSE(searcher.find_document("fx-case-4"));
    CHECK(searcher.generation().languages() == std::vector<std::string>{"de", "en", "nl"});
}

TEST_CASE("reindexing swaps generations and keeps only the previous one", "[index]") {
    test::TempDir dir;
    const auto corpus = read_fixture("small-corpus");
    std::string names[3];
    for (auto& name : names) {
        name = indexer::write_index(corpus, dir / "idx", test::fixture("small-corpus")).generation;
    }
    CHECK(Generation::open_current(dir / "idx")->name() == names[2]);
    CHECK(generation_dirs(dir / "idx") == 2);
    CHECK(fs::exists(dir / "idx" / names[1]));
    CHECK_FALSE(fs::exists(dir / "idx" / names[0]));
}

TEST_CASE("a corpus with nothing published fails before writing a generation", "[index]") {
    test::TempDir dir;
    const auto first = indexer::write_index(read_fixture("small-corpus"), dir / "idx", test::fixture("small-corpus"));
    indexer::Corpus empty;  // nothing published: the run must fail
    CHECK_THROWS_WITH(indexer::write_index(empty, dir / "idx", test::fixture("small-corpus")), Catch::Contains("no published documents"));
    CHECK(Generation::open_current(dir / "idx")->name() == first.generation);
    CHECK(generation_dirs(dir / "idx") == 1);
}

TEST_CASE("a run that fails mid-write removes its half-written generation and keeps the old one served", "[index]") {
    test::TempDir dir;
    const auto corpus = read_fixture("small-corpus");
    const auto first = indexer::write_index(corpus, dir / "idx", test::fixture("small-corpus"));
    // A full build, or an incremental one that writes the edited document.
    indexer::IndexOptions options;
    options.full = GENERATE(true, false);
    auto edited = corpus;
    std::find_if(edited.documents.begin(), edited.documents.end(), [](const KbDocument& d) {
        return d.status == "published";
    })->title += " (edited)";
    // The progress callback runs inside the guarded build, after each document is written
    // to the new generation's Xapian database: throwing there is a real mid-run failure.
    bool half_written = false;
    options.progress = [&](size_t done, size_t) {
        for (const auto& entry : fs::directory_iterator(dir / "idx")) {
            const std::string name = entry.path().filename().string();
            half_written |= name.starts_with("gen-") && name != first.generation && fs::is_directory(entry.path() / "xapian");
        }
        if (done == 1) throw std::runtime_error("simulated failure after the first document");
    };
    CHECK_THROWS_WITH(indexer::write_index(edited, dir / "idx", test::fixture("small-corpus"), options),
                      "simulated failure after the first document");
    CHECK(half_written);  // the failure came after the new generation and its database existed
    CHECK(generation_dirs(dir / "idx") == 1);
    const auto served = Generation::open_current(dir / "idx");
    CHECK(served->name() == first.generation);
    Searcher searcher(served);
    CHECK(searcher.find_document("fx-refund"));
    SearchRequest request;
    request.q = "refund my subscription";
    const auto response = search(searcher, request);
    REQUIRE_FALSE(response.results.empty());
    CHECK(response.results[0].id == "fx-refund");
}

// Regression: old generations were pruned, after CURRENT already named the new one, with
// throwing filesystem calls, so an entry that could not be inspected made write_index
// throw although the new index was live.
TEST_CASE("an old generation that cannot be inspected is reported, not thrown, once the new one is live", "[index]") {
    test::TempDir dir;
    const auto corpus = read_fixture("small-corpus");
    indexer::write_index(corpus, dir / "idx", test::fixture("small-corpus"));
    // A symbolic link to itself: stat() fails with ELOOP, whoever runs the test.
    fs::create_symlink("gen-loop", dir / "idx" / "gen-loop");
    indexer::IndexSummary second;
    REQUIRE_NOTHROW(second = indexer::write_index(corpus, dir / "idx", test::fixture("small-corpus")));
    CHECK(Generation::open_current(dir / "idx")->name() == second.generation);
    REQUIRE(second.warnings.size() == 1);
    CHECK_THAT(second.warnings[0], Catch::Contains("gen-loop") && Catch::Contains("Too many levels of symbolic links"));
}

TEST_CASE("an old generation that cannot be removed is reported and the others are still removed", "[index]") {
    test::TempDir dir;
    for (const char* name : {"gen-a", "gen-b", "gen-c", "gen-kept"}) fs::create_directories(dir / name / "xapian");
    test::write_file(dir / "gen-file", "not a directory, so no generation");
    fs::create_directories(dir / "other");
    // Root may remove anything, so the refusal is injected; the rest go through remove_tree.
    const auto refuse_gen_b = [](const fs::path& path) {
        return path.filename() == "gen-b" ? std::make_error_code(std::errc::permission_denied) : indexer::remove_tree(path);
    };
    const auto warnings = indexer::prune_generations(dir.path(), {"gen-kept"}, refuse_gen_b);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains("gen-b") && Catch::Contains("Permission denied"));
    CHECK_FALSE(fs::exists(dir / "gen-a"));
    CHECK(fs::exists(dir / "gen-b"));
    CHECK_FALSE(fs::exists(dir / "gen-c"));
    CHECK(fs::exists(dir / "gen-kept"));
    CHECK(fs::exists(dir / "gen-file"));
    CHECK(fs::exists(dir / "other"));
}

TEST_CASE("pruning an index directory that cannot be listed reports it instead of throwing", "[index]") {
    test::TempDir dir;
    std::vector<std::string> warnings;
    REQUIRE_NOTHROW(warnings = indexer::prune_generations(dir / "missing", {}));
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains("missing") && Catch::Contains("cannot list"));
}

TEST_CASE("the manifest records what the run wrote", "[index]") {
    test::TempDir dir;
    const auto summary = indexer::write_index(read_fixture("small-corpus"), dir / "idx", test::fixture("small-corpus"));
    std::ifstream in(dir / "idx" / summary.generation / "manifest.json");
    const auto manifest = nlohmann::json::parse(in);
    CHECK(manifest.at("generation") == summary.generation);
    CHECK(manifest.at("documents").get<size_t>() == summary.indexed);
    CHECK(manifest.at("by_type").get<std::map<std::string, size_t>>() == summary.by_type);
    CHECK(manifest.at("by_lang").get<std::map<std::string, size_t>>() == summary.by_lang);
    std::vector<std::string> languages;
    for (const auto& [lang, count] : summary.by_lang) languages.push_back(lang);
    CHECK(manifest.at("languages").get<std::vector<std::string>>() == languages);
    CHECK(summary.classifier.examples == summary.indexed);  // every published document taught the classifier
    CHECK(manifest.at("classifier").at("examples").get<size_t>() == summary.classifier.examples);
    const auto& cases = manifest.at("case_vocabulary");
    CHECK(cases.at("cases_linked").get<size_t>() == summary.case_vocabulary.cases_linked);
    CHECK(cases.at("articles_expanded").get<size_t>() == summary.case_vocabulary.articles_expanded);
    CHECK(cases.at("words_added").get<size_t>() == summary.case_vocabulary.terms_added);
}

TEST_CASE("the bundled corpus's cases add their words to the articles that resolve them", "[index][cases]") {
    test::TempDir dir;
    indexer::Diagnostics diagnostics;
    const auto corpus = indexer::read_corpus(test::bundled_corpus(), diagnostics);
    const auto summary = indexer::write_index(corpus, dir / "idx", test::bundled_corpus());
    // Most cases find their article; at most kMaxCaseWords words each.
    CHECK(summary.case_vocabulary.cases_linked > summary.by_type.at("case") / 2);
    CHECK(summary.case_vocabulary.articles_expanded > 0);
    CHECK(summary.case_vocabulary.terms_added <= summary.case_vocabulary.articles_expanded * indexer::kMaxCaseWords);
    // case-en-0053, "Outdoor camera goes offline every night – weak signal, router reboot
    // schedule": its "reboot" reaches the camera-offline article, whose own text never has it.
    Xapian::Database db((dir / "idx" / summary.generation / "xapian").string());
    const Xapian::docid article = *db.postlist_begin(schema::boolean_term(schema::kIdPrefix, "kb-devices-camera-offline"));
    const Xapian::Document document = db.get_document(article);
    auto holds = [&](const std::string& term) {
        auto it = document.termlist_begin();
        it.skip_to(term);
        return it != document.termlist_end() && *it == term;
    };
    CHECK(holds(std::string(schema::kCaseWordsPrefix) + "reboot"));
    CHECK(holds("reboot"));
    CHECK_FALSE(holds(std::string(schema::kBodyPrefix) + "reboot"));
}

TEST_CASE("a second indexer on the same directory fails at once", "[index]") {
    test::TempDir dir;
    fs::create_directories(dir / "idx");
    const int fd = ::open((dir / "idx" / ".lock").c_str(), O_CREAT | O_RDWR, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    CHECK_THROWS_WITH(indexer::write_index(read_fixture("small-corpus"), dir / "idx", test::fixture("small-corpus")),
                      Catch::Contains("another indexer"));
    ::close(fd);
    CHECK_FALSE(fs::exists(dir / "idx" / "CURRENT"));
}

TEST_CASE("opening an index directory that holds no index says what to do", "[index]") {
    test::TempDir dir;
    CHECK_THROWS_WITH(Generation::open_current(dir.path()), Catch::Contains("helpdex index"));
    test::write_file(dir / "CURRENT", "gen-missing\n");
    CHECK_THROWS_AS(Generation::open_current(dir.path()), IndexError);
}

TEST_CASE("the live index picks up a new generation and keeps the old one on failure", "[index]") {
    test::TempDir dir;
    indexer::write_index(read_fixture("small-corpus"), dir / "idx", test::fixture("small-corpus"));
    LiveIndex live(dir / "idx");
    const auto before = live.current();
    CHECK_FALSE(live.refresh());
    indexer::write_index(read_fixture("small-corpus"), dir / "idx", test::fixture("small-corpus"));
    CHECK(live.refresh());
    CHECK(live.current()->name() != before->name());
    // A CURRENT naming a broken generation is refused; the good one keeps serving.
    const auto good = live.current();
    test::write_file(dir / "idx" / "CURRENT", "gen-broken\n");
    CHECK_THROWS(live.refresh());
    CHECK(live.current() == good);
}
