// Proves cli/keys_command by running the helpdex binary: a key is printed once and only its
// hash stored, listed without secrets, accepted by a server, and revoked.
#include <catch2/catch.hpp>

#include "api/access/key_file.h"
#include "common/files.h"
#include "support/run_helpdex.h"
#include "support/test_support.h"

using namespace helpdex;
using Run = test::HelpdexRun;
using test::run_helpdex;

TEST_CASE("keys create prints the key once and stores only its hash", "[cli][keys]") {
    test::TempDir dir;
    const std::string file = (dir / "keys").string();
    const Run created = run_helpdex("keys create --name ticket-system --scope search --keys-file '" + file + "'", "", false);
    REQUIRE(created.exit_code == 0);
    const std::string key = created.output.substr(0, created.output.find('\n'));
    CHECK(key.rfind("hdx_", 0) == 0);
    CHECK(key.size() == 81);
    const std::string stored = read_file(file);
    CHECK(stored.find(key.substr(17)) == std::string::npos);
    const auto keys = api::access::read_key_file(file);
    REQUIRE(keys.size() == 1);
    CHECK(api::access::KeyRing(keys).verify(key));

    const Run second = run_helpdex("keys create --name ops --scope search,admin --rate 5/10", "HELPDEX_KEYS_FILE='" + file + "'");
    CHECK(second.exit_code == 0);
    CHECK(second.output.find("\"ops\" (search,admin) added to " + file) != std::string::npos);
    const Run listed = run_helpdex("keys list --keys-file '" + file + "'", "", false);
    CHECK(listed.exit_code == 0);
    CHECK(listed.output.find("ticket-system\tsearch\t" + keys[0].id + "\n") == 0);
    CHECK(listed.output.find("ops\tsearch,admin\t") != std::string::npos);
    CHECK(listed.output.find("rate=5/10") != std::string::npos);
    CHECK(listed.output.find(key.substr(17)) == std::string::npos);

    const Run revoked = run_helpdex("keys revoke --name ticket-system --keys-file '" + file + "'");
    CHECK(revoked.exit_code == 0);
    CHECK(api::access::read_key_file(file).size() == 1);
    CHECK(run_helpdex("keys revoke --name ticket-system --keys-file '" + file + "'").exit_code == 1);
}

TEST_CASE("keys refuses a scope it does not know, a taken name and a missing file name", "[cli][keys]") {
    test::TempDir dir;
    const std::string file = (dir / "keys").string();
    const Run public_scope = run_helpdex("keys create --name x --scope public --keys-file '" + file + "'");
    CHECK(public_scope.exit_code == 2);
    CHECK(public_scope.output == "helpdex keys create: --scope \"public\" is not one of search, feedback, admin\n");
    CHECK(run_helpdex("keys create --name x --scope search --rate fast --keys-file '" + file + "'").exit_code == 2);
    REQUIRE(run_helpdex("keys create --name x --scope search --keys-file '" + file + "'").exit_code == 0);
    const Run taken = run_helpdex("keys create --name x --scope admin --keys-file '" + file + "'");
    CHECK(taken.exit_code == 1);
    CHECK(taken.output == "helpdex: a key named \"x\" exists; revoke it first\n");
    const Run nowhere = run_helpdex("keys list");
    CHECK(nowhere.exit_code == 2);
    CHECK(nowhere.output == "helpdex keys: name the keys file with --keys-file or HELPDEX_KEYS_FILE\n");
}

TEST_CASE("serve refuses a non-loopback address without keys, naming --insecure", "[cli][keys]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const Run run = run_helpdex("serve --db '" + (dir / "idx").string() + "' --host 0.0.0.0 --port 0 --quiet");
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("refusing to listen on 0.0.0.0 without API keys") != std::string::npos);
    CHECK(run.output.find("--insecure") != std::string::npos);
}
