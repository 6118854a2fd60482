// Proves api/corpus_watcher and serve --watch: a save anywhere in the corpus (new folders
// too) asks for one reindex once saves settle; scratch files do not; a busy answer is asked
// again; and through the real server, an edit becomes searchable with no request.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "api/corpus_watcher.h"
#include "api/reindex_support.h"

using namespace helpdex;
using namespace std::chrono_literals;

namespace {

// Waits (bounded: 10 s) until `count` reaches `at_least`.
bool reaches(const std::atomic<int>& count, int at_least) {
    for (int i = 0; i < 1000 && count < at_least; ++i) std::this_thread::sleep_for(10ms);
    return count >= at_least;
}

}  // namespace

TEST_CASE("a burst of saves asks for one reindex once it settles", "[api][watch]") {
    test::TempDir corpus;
    std::filesystem::create_directories(corpus / "articles");
    std::atomic<int> asked{0};
    api::CorpusWatcher watcher(corpus.path(), 200ms, [&] { return ++asked, true; });
    for (int i = 0; i < 5; ++i) test::write_file(corpus / "articles" / ("a" + std::to_string(i) + ".md"), "x");
    REQUIRE(reaches(asked, 1));
    std::this_thread::sleep_for(400ms);
    CHECK(asked == 1);
    std::filesystem::remove(corpus / "articles" / "a0.md");
    CHECK(reaches(asked, 2));
}

TEST_CASE("folders created later are watched too", "[api][watch]") {
    test::TempDir corpus;
    std::atomic<int> asked{0};
    api::CorpusWatcher watcher(corpus.path(), 50ms, [&] { return ++asked, true; });
    std::filesystem::create_directories(corpus / "articles" / "billing");
    REQUIRE(reaches(asked, 1));
    test::write_file(corpus / "articles" / "billing" / "refund.md", "x");
    CHECK(reaches(asked, 2));
}

TEST_CASE("editors' scratch files and the index's own folder are not changes", "[api][watch]") {
    test::TempDir corpus;
    std::filesystem::create_directories(corpus / "index");
    std::atomic<int> asked{0};
    api::CorpusWatcher watcher(corpus.path(), 50ms, [&] { return ++asked, true; }, corpus / "index");
    test::write_file(corpus / ".refund.md.swp", "x");
    test::write_file(corpus / "refund.md~", "x");
    test::write_file(corpus / "index" / "CURRENT", "gen-1");
    std::this_thread::sleep_for(300ms);
    CHECK(asked == 0);
    CHECK(api::is_scratch_file(".hidden"));
    CHECK(api::is_scratch_file("notes.md~"));
    CHECK_FALSE(api::is_scratch_file("refund.md"));
}

TEST_CASE("a busy answer is asked again after another interval", "[api][watch]") {
    test::TempDir corpus;
    std::atomic<int> asked{0};
    api::CorpusWatcher watcher(corpus.path(), 50ms, [&] { return ++asked >= 3; });  // busy twice
    test::write_file(corpus / "routing.yaml", "x");
    REQUIRE(reaches(asked, 3));
    std::this_thread::sleep_for(300ms);
    CHECK(asked == 3);
}

TEST_CASE("serve --watch: a saved article is searchable without any request", "[api][watch][reindex][integration]") {
    test::RunningServer server(test::RunningServer::WithCorpus{.observer = {}, .watch = true});
    REQUIRE(test::search_total(server, "zorblax") == 0);
    test::write_file(server.corpus() / "articles" / "zorblax.md", test::kZorblaxArticle);
    size_t found = 0;
    for (int i = 0; i < 600 && found == 0; ++i) {  // bounded: 60 s
        std::this_thread::sleep_for(100ms);
        found = test::search_total(server, "zorblax");
    }
    CHECK(found == 1);
    bool logged = false;
    for (const auto& line : server.log().parsed()) {
        logged = logged || line.value("message", "").find("the corpus changed: reindex") != std::string::npos;
    }
    CHECK(logged);
}
