// Proves api/access/key_hash: PBKDF2 against published vectors, random secrets, comparison.
#include <catch2/catch.hpp>

#include <set>

#include "api/access/key_hash.h"

using namespace helpdex::api::access;

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published test vectors", "[api][access][keys]") {
    // RFC 7914 §11 lists PBKDF2-HMAC-SHA256 vectors; these two are its P="password", S="salt".
    CHECK(pbkdf2_sha256_hex("password", "salt", 1) == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(pbkdf2_sha256_hex("password", "salt", 2) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
}

TEST_CASE("random secrets are hex of the asked size and never repeat", "[api][access][keys]") {
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) {
        const std::string secret = random_hex(16);
        REQUIRE(secret.size() == 32);
        REQUIRE(secret.find_first_not_of("0123456789abcdef") == std::string::npos);
        seen.insert(secret);
    }
    CHECK(seen.size() == 100);
}

TEST_CASE("constant-time comparison says equal only for the same bytes", "[api][access][keys]") {
    const std::string a = sha256("key one"), b = sha256("key two");
    CHECK(a.size() == 32);
    CHECK(constant_time_equal(a, sha256("key one")));
    CHECK_FALSE(constant_time_equal(a, b));
    std::string last_differs = a;
    last_differs.back() ^= 1;
    CHECK_FALSE(constant_time_equal(a, last_differs));
    CHECK_FALSE(constant_time_equal(a, a.substr(0, 31)));
    CHECK(constant_time_equal("", ""));
}
