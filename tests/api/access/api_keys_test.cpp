// Proves api/access/api_keys: entries written and read back, every bad entry named with its
// line, and keys verified (once slowly, then from memory) without accepting a near miss.
#include <catch2/catch.hpp>

#include "api/access/api_keys.h"

using namespace helpdex::api;
using namespace helpdex::api::access;

namespace {

constexpr int kFewRounds = 1000;  // the tests' keys: fast under the sanitizers

// `key` with the last character of its secret changed.
std::string near_miss(std::string key) {
    key.back() = key.back() == '0' ? '1' : '0';
    return key;
}

}  // namespace

TEST_CASE("a created key is hdx_<id>_<secret> and its entry reads back the same", "[api][access][keys]") {
    NewKey created = create_key("ticket-system", {Scope::search, Scope::admin}, kFewRounds);
    CHECK(created.key.rfind("hdx_" + created.entry.id + "_", 0) == 0);
    CHECK(created.key.size() == 4 + 12 + 1 + 64);
    created.entry.rate = RateLimit{5, 10};
    const std::string line = format_key_entry(created.entry);
    CHECK(line.find(created.key.substr(17)) == std::string::npos);  // the secret is never written
    const ParsedKeys parsed = parse_key_entries("# a comment\n\n" + line + "\n", "keys");
    REQUIRE(parsed.problems.empty());
    REQUIRE(parsed.keys.size() == 1);
    const ApiKey& read = parsed.keys[0];
    CHECK(read.name == "ticket-system");
    CHECK(read.scopes == std::vector<Scope>{Scope::search, Scope::admin});
    CHECK(read.id == created.entry.id);
    CHECK(read.iterations == kFewRounds);
    CHECK(read.hash == created.entry.hash);
    REQUIRE(read.rate);
    CHECK(read.rate->per_second == 5);
    CHECK(read.rate->burst == 10);
    CHECK(read.grants(Scope::admin));
    CHECK(read.grants(Scope::public_));
    CHECK_FALSE(read.grants(Scope::feedback));
}

TEST_CASE("two keys for the same name and scopes differ", "[api][access][keys]") {
    const NewKey a = create_key("n", {Scope::search}, kFewRounds), b = create_key("n", {Scope::search}, kFewRounds);
    CHECK(a.key != b.key);
    CHECK(a.entry.salt != b.entry.salt);
}

TEST_CASE("a key ring accepts its keys and nothing else", "[api][access][keys]") {
    const NewKey search = create_key("search-key", {Scope::search}, kFewRounds);
    const NewKey admin = create_key("admin-key", {Scope::admin}, kFewRounds);
    const KeyRing ring({search.entry, admin.entry});
    REQUIRE(ring.size() == 2);
    for (int round = 0; round < 2; ++round) {  // the second round is answered from the verified cache
        const ApiKey* found = ring.verify(search.key);
        REQUIRE(found);
        CHECK(found->name == "search-key");
        CHECK(ring.verify(admin.key)->name == "admin-key");
        CHECK_FALSE(ring.verify(near_miss(search.key)));
    }
    CHECK_FALSE(ring.verify(""));
    CHECK_FALSE(ring.verify("hdx_"));
    CHECK_FALSE(ring.verify(search.key + "0"));
    CHECK_FALSE(ring.verify(search.key.substr(0, search.key.size() - 1)));
    const NewKey stranger = create_key("stranger", {Scope::search}, kFewRounds);
    CHECK_FALSE(ring.verify(stranger.key));
    CHECK(KeyRing().empty());
}

TEST_CASE("a near miss is refused before the first right key too", "[api][access][keys]") {
    const NewKey key = create_key("k", {Scope::search}, kFewRounds);
    const KeyRing ring({key.entry});
    CHECK_FALSE(ring.verify(near_miss(key.key)));
    CHECK(ring.verify(key.key));
}

TEST_CASE("every bad entry is a problem naming its line", "[api][access][keys]") {
    const ApiKey good = create_key("good", {Scope::search}, kFewRounds).entry;
    const std::string hash = "pbkdf2-sha256$1000$" + good.salt + "$" + good.hash;
    const std::string text = format_key_entry(good) + "\n" +               // 1 fine
                             "lonely\n" +                                     // 2
                             "x search,public 0123456789ab " + hash + "\n" +  // 3
                             "x search 0123 " + hash + "\n" +                 // 4
                             "x search 0123456789ab md5$1$aa$bb\n" +          // 5
                             "x search 0123456789ab " + hash + " rate=0/1\n" +  // 6
                             "bad/name search 0123456789ab " + hash + "\n" +  // 7
                             "good admin 0123456789ab " + hash + "\n" +       // 8 same name
                             "other admin " + good.id + " " + hash + "\n";    // 9 same id
    const ParsedKeys parsed = parse_key_entries(text, "keys.txt");
    CHECK(parsed.keys.size() == 1);
    std::vector<std::string> problems;
    for (const auto& problem : parsed.problems) problems.push_back(problem.to_string());
    CHECK(problems == std::vector<std::string>{
                          "keys.txt:2: an entry is: NAME SCOPES ID pbkdf2-sha256$ROUNDS$SALT$HASH [rate=R/B]",
                          "keys.txt:3: scope \"public\" is not one of search, feedback, admin",
                          "keys.txt:4: id must be 12 lowercase hex digits",
                          "keys.txt:5: the hash must be pbkdf2-sha256$ROUNDS$SALT$HASH",
                          "keys.txt:6: \"rate=0/1\" must be rate=R/B (R requests per second > 0, bursts of B >= 1)",
                          "keys.txt:7: name \"bad/name\" must be 1-64 of A-Z a-z 0-9 . _ -",
                          "keys.txt:8: a second key named \"good\"",
                          "keys.txt:9: a second key with id " + good.id,
                      });
}

TEST_CASE("a key needs a valid name and a scope", "[api][access][keys]") {
    CHECK_THROWS_AS(create_key("", {Scope::search}, kFewRounds), std::invalid_argument);
    CHECK_THROWS_AS(create_key("has space", {Scope::search}, kFewRounds), std::invalid_argument);
    CHECK_THROWS_AS(create_key("ok", {}, kFewRounds), std::invalid_argument);
    CHECK(parse_scope("admin") == Scope::admin);
    CHECK_FALSE(parse_scope("public"));
    CHECK_FALSE(parse_scope("Admin"));
}
