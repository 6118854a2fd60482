// Proves api/unrouted_answers: whole responses with the server's JSON error shape.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "api/unrouted_answers.h"

using namespace helpdex::api;

TEST_CASE("a 503 says overloaded, asks to retry in a second and closes", "[api][unrouted_answers]") {
    const std::string text = unrouted_answer(503, "abc-1");
    CHECK(text.rfind("HTTP/1.1 503 Service Unavailable\r\n", 0) == 0);
    CHECK(text.find("\r\nRetry-After: 1\r\n") != std::string::npos);
    CHECK(text.find("\r\nConnection: close\r\n") != std::string::npos);
    CHECK(text.find("\r\nX-Request-Id: abc-1\r\n") != std::string::npos);
    const std::string body = text.substr(text.find("\r\n\r\n") + 4);
    CHECK(text.find("Content-Length: " + std::to_string(body.size()) + "\r\n") != std::string::npos);
    const auto json = nlohmann::json::parse(body);
    CHECK(json["error"]["code"] == "overloaded");
    CHECK(json["error"]["field"].is_null());
}

TEST_CASE("a 408 says the request timed out, without Retry-After", "[api][unrouted_answers]") {
    const std::string text = unrouted_answer(408, "abc-2");
    CHECK(text.rfind("HTTP/1.1 408 Request Timeout\r\n", 0) == 0);
    CHECK(text.find("Retry-After") == std::string::npos);
    CHECK(nlohmann::json::parse(text.substr(text.find("\r\n\r\n") + 4))["error"]["code"] == "request_timeout");
}
