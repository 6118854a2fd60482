// Proves api/access/key_file and key_source: the keys file edited safely, read by the
// server, and re-read when it changes without losing the keys in use to a broken edit.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <thread>

#include "api/access/key_file.h"
#include "api/access/key_source.h"
#include "common/files.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::api;
using namespace helpdex::api::access;

namespace {

NewKey test_key(const std::string& name, Scope scope = Scope::search) {
    return create_key(name, {scope}, 1000);
}

// Rewrites the file so that its modification time surely changes.
void rewrite(const std::filesystem::path& file, const std::string& text) {
    const auto before = std::filesystem::last_write_time(file);
    test::write_file(file, text);
    for (int i = 0; i < 100 && std::filesystem::last_write_time(file) == before; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        test::write_file(file, text);
    }
}

}  // namespace

TEST_CASE("keys are added to a file only its owner can read, and revoked", "[api][access][keys]") {
    test::TempDir dir;
    const auto file = dir / "keys";
    CHECK(read_key_file(file).empty());  // no file yet: no keys
    add_key_entry(file, test_key("ticket-system").entry);
    add_key_entry(file, test_key("ops", Scope::admin).entry);
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(read_key_file(file).size() == 2);
    CHECK_THROWS_WITH(add_key_entry(file, test_key("ops").entry), Catch::Contains("a key named \"ops\" exists"));
    CHECK(remove_key_entry(file, "ticket-system"));
    CHECK_FALSE(remove_key_entry(file, "ticket-system"));
    const auto left = read_key_file(file);
    REQUIRE(left.size() == 1);
    CHECK(left[0].name == "ops");
    CHECK(read_file(file).rfind("# helpdex API keys", 0) == 0);  // the header comment is kept
}

TEST_CASE("a keys file with a problem is not edited", "[api][access][keys]") {
    test::TempDir dir;
    const auto file = dir / "keys";
    test::write_file(file, "broken entry\n");
    CHECK_THROWS_WITH(add_key_entry(file, test_key("a").entry), Catch::Contains("keys:1: an entry is"));
    CHECK(read_file(file) == "broken entry\n");
}

TEST_CASE("the server's keys come from the file and the environment's entries", "[api][access][keys]") {
    test::TempDir dir;
    const auto file = dir / "keys";
    const NewKey from_file = test_key("from-file"), inline_one = test_key("inline-one"), inline_two = test_key("inline-two");
    add_key_entry(file, from_file.entry);
    KeySource source(file, format_key_entry(inline_one.entry) + ";" + format_key_entry(inline_two.entry));
    const auto first = source.refresh();
    CHECK(first.reread);
    CHECK(first.problems.empty());
    const auto ring = source.current();
    CHECK(ring->size() == 3);
    CHECK(ring->verify(from_file.key)->name == "from-file");
    CHECK(ring->verify(inline_two.key)->name == "inline-two");
    CHECK_FALSE(source.refresh().reread);  // unchanged
}

TEST_CASE("a name or id both the environment and the keys file give is a problem naming both", "[api][access][keys]") {
    test::TempDir dir;
    const auto file = dir / "keys";
    const NewKey env_ops = test_key("ops"), env_ci = test_key("ci"), file_ops = test_key("ops");
    NewKey file_builds = test_key("builds");
    file_builds.entry.id = env_ci.entry.id;
    add_key_entry(file, file_ops.entry);     // line 3, after the file's header
    add_key_entry(file, file_builds.entry);  // line 4
    KeySource source(file, format_key_entry(env_ops.entry) + ";" + format_key_entry(env_ci.entry));
    std::vector<std::string> problems;
    for (const auto& problem : source.refresh().problems) problems.push_back(problem.to_string());
    CHECK(problems == std::vector<std::string>{
                          file.string() + ":3: a second key named \"ops\" (the first is in HELPDEX_API_KEYS)",
                          file.string() + ":4: a second key with id " + env_ci.entry.id + " (the first is in HELPDEX_API_KEYS)"});
    CHECK(source.current()->verify(env_ops.key));
    CHECK_FALSE(source.current()->verify(file_ops.key));
}

TEST_CASE("an edited keys file is re-read; a broken edit keeps the keys in use", "[api][access][keys]") {
    test::TempDir dir;
    const auto file = dir / "keys";
    const NewKey first = test_key("first"), second = test_key("second");
    add_key_entry(file, first.entry);
    KeySource source(file, "");
    REQUIRE(source.refresh().problems.empty());
    rewrite(file, format_key_entry(second.entry) + "\n");
    CHECK(source.refresh().reread);
    CHECK_FALSE(source.current()->verify(first.key));
    CHECK(source.current()->verify(second.key));
    rewrite(file, "half an entry\n");
    const auto broken = source.refresh();
    CHECK_FALSE(broken.reread);
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems[0].line == 1);
    CHECK(source.current()->verify(second.key));  // still accepted
    std::filesystem::remove(file);
    CHECK_FALSE(source.refresh().problems.empty());
    CHECK(source.current()->verify(second.key));
}

TEST_CASE("a keys file that cannot be read is a problem at start", "[api][access][keys]") {
    KeySource source("/nonexistent/keys", "");
    const auto refresh = source.refresh();
    REQUIRE(refresh.problems.size() == 1);
    CHECK(refresh.problems[0].to_string() == "/nonexistent/keys: cannot read the keys file");
    CHECK(source.current()->empty());
}
