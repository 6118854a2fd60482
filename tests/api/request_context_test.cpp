// Proves api/request_context: which client request ids are echoed, and fresh ids.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "api/request_context.h"

using namespace helpdex::api;

TEST_CASE("a client's request id is echoed only when it is safe to", "[api][context]") {
    CHECK(is_valid_request_id("ticket-123"));
    CHECK(is_valid_request_id("A.b_c-9"));
    CHECK(is_valid_request_id(std::string(64, 'x')));
    CHECK_FALSE(is_valid_request_id(""));
    CHECK_FALSE(is_valid_request_id(std::string(65, 'x')));
    CHECK_FALSE(is_valid_request_id("has space"));
    CHECK_FALSE(is_valid_request_id("new\nline"));
    CHECK_FALSE(is_valid_request_id("caf\xC3\xA9"));
}

TEST_CASE("fresh request ids share a per-server prefix and never repeat", "[api][context]") {
    RequestIds ids;
    CHECK(ids.issue("ticket-1") == "ticket-1");
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) {
        const std::string id = ids.issue("bad id");
        CHECK(std::regex_match(id, std::regex("[0-9a-f]{8}-[0-9]+")));
        CHECK(is_valid_request_id(id));
        seen.insert(id);
    }
    CHECK(seen.size() == 100);
}
