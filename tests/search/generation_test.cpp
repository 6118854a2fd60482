// Proves search/generation: opening the current generation, refusing broken ones, and swapping the live one.
#include <catch2/catch.hpp>

#include <functional>

#include <nlohmann/json.hpp>

#include "common/files.h"
#include "search/document.h"
#include "search/generation.h"
#include "support/test_support.h"

using namespace helpdex;
namespace fs = std::filesystem;

namespace {

fs::path current_generation_dir(const fs::path& index_dir) {
    return index_dir / *read_current_name(index_dir);
}

void edit_manifest(const fs::path& index_dir, const std::function<void(nlohmann::json&)>& edit) {
    const fs::path path = current_generation_dir(index_dir) / layout::kManifestFile;
    nlohmann::json manifest = nlohmann::json::parse(read_file(path));
    edit(manifest);
    test::write_file(path, manifest.dump(2));
}

// The message of the IndexError that opening `index_dir` throws; any other outcome fails.
std::string open_error(const fs::path& index_dir) {
    try {
        Generation::open_current(index_dir);
    } catch (const IndexError& e) {
        return e.what();
    }
    FAIL("no IndexError opening " << index_dir);
    return "";
}

}  // namespace

TEST_CASE("the current generation opens with what was indexed", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto generation = Generation::open_current(dir / "idx");
    const std::string name = *read_current_name(dir / "idx");
    CHECK(name.starts_with(layout::kGenerationPrefix));
    CHECK(generation->name() == name);
    CHECK(generation->directory() == dir / "idx" / name);
    CHECK(generation->manifest().at("generation") == name);
    CHECK(generation->languages() == std::vector<std::string>{"de", "en", "nl"});
    CHECK(generation->document_count() == 10);
    CHECK(generation->classifier_examples() == 10);
    CHECK(generation->classifier().categories().size() == 4);
    CHECK(generation->language_detector().languages() == std::vector<std::string>{"de", "en", "nl"});
    const Route* route = generation->routing().resolve("billing/refunds/eu");
    REQUIRE(route);
    CHECK(route->team == "Refund Desk");
}

TEST_CASE("each database handle sees every published document", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto generation = Generation::open_current(dir / "idx");
    const Xapian::Database a = generation->open_database();
    const Xapian::Database b = generation->open_database();
    CHECK(a.get_doccount() == 10);
    CHECK(b.get_doccount() == 10);
    CHECK(a.term_exists("Qfx-refund"));
    CHECK_FALSE(a.term_exists("Qfx-draft-chime"));
}

TEST_CASE("a generation knows which document types it holds", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto generation = Generation::open_current(dir / "idx");
    using Types = std::vector<std::string_view>;
    // Published: 4 cases, 3 known issues, 2 troubleshooting, 1 sop; the one faq is a draft.
    auto [types, share] = GENERATE(table<Types, double>({
        {Types{"faq"}, 0.0},
        {Types{"faq", "sop"}, 0.1},
        {Types{"case"}, 0.4},
        {Types{"case", "known-issue", "troubleshooting", "sop"}, 1.0},
        {Types{"case", "known-issue", "troubleshooting", "sop", "faq"}, 1.0},
        {Types{"case", "known-issue", "troubleshooting"}, 0.9},
        {Types{}, 0.0},
    }));
    INFO("types: " << types.size());
    CHECK(generation->type_share(types) == Approx(share));
    CHECK(generation->type_share(kSolutionTypes) == Approx(0.6));
    CHECK(generation->type_share(kDocumentTypes) == 1.0);
}

TEST_CASE("an index of cases only holds only cases", "[generation]") {
    test::TempDir dir;
    test::write_file(dir / "corpus" / "cases" / "cases.jsonl",
                     R"({"id":"c1","type":"case","title":"Printer jams","lang":"en","category":"printing","body":"The printer jams."})"
                     "\n");
    test::index_corpus(dir / "corpus", dir / "idx");
    const auto generation = Generation::open_current(dir / "idx");
    static constexpr std::string_view cases[] = {"case"};
    CHECK(generation->type_share(cases) == 1.0);
    CHECK(generation->type_share(kSimilarIssueTypes) == 1.0);
    CHECK(generation->type_share(kSolutionTypes) == 0.0);
    CHECK(generation->document_count() == 1);
    CHECK(generation->languages() == std::vector<std::string>{"en"});
    CHECK(generation->classifier().empty());  // one category: nothing to learn
    CHECK(generation->classifier_examples() == 0);
    CHECK(generation->routing().empty());     // the corpus has no routing.yaml
}

TEST_CASE("a generation opened for serving keeps its documents in memory, one opened for a command does not",
          "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto served = Generation::open_current(dir / "idx", Preload::for_serving);
    const auto on_disk = Generation::open_current(dir / "idx", Preload::nothing);
    CHECK(served->name() == on_disk->name());
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        INFO("docid " << docid);
        CHECK(served->cache().summary(docid));
        CHECK(served->cache().shown(docid));
        CHECK_FALSE(on_disk->cache().summary(docid));
        CHECK_FALSE(on_disk->cache().shown(docid));
    }
}

TEST_CASE("without an index there is no generation to open", "[generation]") {
    test::TempDir dir;
    CHECK(open_error(dir.path()) ==
          "no index at " + dir.path().string() + " (run `helpdex index CORPUS --db " + dir.path().string() + "` first)");
}

TEST_CASE("a generation of another index format is refused with a request to rebuild it", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const std::string format = GENERATE(as<std::string>{}, "helpdex-index-1", "helpdex-index-5", "helpdex-index-6", "");
    edit_manifest(dir / "idx", [&](nlohmann::json& manifest) { manifest["format"] = format; });
    const fs::path generation_dir = current_generation_dir(dir / "idx");
    CHECK(open_error(dir / "idx") == generation_dir.string() + ": index format \"" + format +
                                         "\" is not this helpdex's \"helpdex-index-7\": rebuild it with `helpdex index`");
}

TEST_CASE("a manifest without a format is refused too", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    edit_manifest(dir / "idx", [](nlohmann::json& manifest) { manifest.erase("format"); });
    CHECK_THAT(open_error(dir / "idx"), Catch::Matchers::EndsWith("rebuild it with `helpdex index`"));
}

TEST_CASE("a generation missing one of its files is an IndexError naming the generation", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const fs::path generation_dir = current_generation_dir(dir / "idx");
    const std::string file = GENERATE(as<std::string>{}, layout::kRoutingFile, layout::kManifestFile, layout::kLanguageModelFile);
    fs::remove(generation_dir / file);
    INFO(file);
    CHECK_THAT(open_error(dir / "idx"), Catch::Matchers::StartsWith(generation_dir.string() + ": ") &&
                                            Catch::Matchers::Contains((generation_dir / file).string()));
}

TEST_CASE("a malformed routing table is an IndexError naming its file", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const fs::path routing = current_generation_dir(dir / "idx") / layout::kRoutingFile;
    test::write_file(routing, "{\"categories\": [");
    CHECK_THAT(open_error(dir / "idx"), Catch::Matchers::StartsWith(routing.string() + ": "));
}

TEST_CASE("a generation without its database is an IndexError naming the generation", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const fs::path generation_dir = current_generation_dir(dir / "idx");
    fs::remove_all(generation_dir / layout::kXapianDir);
    CHECK_THAT(open_error(dir / "idx"), Catch::Matchers::StartsWith(generation_dir.string() + ": "));
}

TEST_CASE("the live index swaps to a newer generation and keeps the old one for requests holding it", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    LiveIndex live(dir / "idx");
    CHECK(live.directory() == dir / "idx");
    const auto first = live.current();
    CHECK_FALSE(live.refresh());  // nothing new
    CHECK(live.current() == first);

    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    REQUIRE(*read_current_name(dir / "idx") != first->name());
    CHECK(live.refresh());
    const auto second = live.current();
    CHECK(second->name() == *read_current_name(dir / "idx"));
    CHECK(second != first);
    // A request that started on the first generation finishes on it.
    CHECK(first->open_database().get_doccount() == 10);
    CHECK_FALSE(live.refresh());
}

TEST_CASE("the live index keeps serving its generation when the new one is broken", "[generation]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    LiveIndex live(dir / "idx");
    const std::string served = live.current()->name();
    fs::create_directories(dir / "idx" / "gen-broken");
    test::write_file(dir / "idx" / layout::kCurrentFile, "gen-broken\n");
    CHECK_THROWS_AS(live.refresh(), IndexError);
    CHECK(live.current()->name() == served);
}

TEST_CASE("a live index needs an index", "[generation]") {
    test::TempDir dir;
    CHECK_THROWS_AS(LiveIndex(dir.path()), IndexError);
}

TEST_CASE("a generation of three shards opens them as one; one missing is an IndexError naming the generation", "[generation][shards]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx", 3);
    const auto generation = Generation::open_current(dir / "idx");
    CHECK(generation->shard_count() == 3);
    CHECK(generation->remote_shards().empty());
    CHECK(generation->open_database().get_doccount() == 10);
    CHECK(generation->cache().summary(1));  // local shards are preloaded as one database is

    const fs::path generation_dir = current_generation_dir(dir / "idx");
    fs::remove_all(generation_dir / layout::kShardsDir / "1");
    CHECK_THAT(open_error(dir / "idx"), Catch::Matchers::StartsWith(generation_dir.string() + ": "));
}

TEST_CASE("a generation indexed before shards existed is one database", "[generation][shards]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    edit_manifest(dir / "idx", [](nlohmann::json& manifest) { manifest.erase("shards"); });
    const auto generation = Generation::open_current(dir / "idx");
    CHECK(generation->shard_count() == 1);
    CHECK(generation->open_database().get_doccount() == 10);
}

TEST_CASE("an unreachable remote shard is an IndexError naming its URL", "[generation][shards]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const std::vector<RemoteShard> unreachable = {RemoteShard{"127.0.0.1", 1}};
    CHECK_THROWS_AS(Generation::open_current(dir / "idx", Preload::for_serving, unreachable), IndexError);
    CHECK_THROWS_WITH(Generation::open_current(dir / "idx", Preload::for_serving, unreachable),
                      Catch::Contains("remote shard tcp://127.0.0.1:1: "));
}
