// Proves api/access/cors: the allow-list, the headers on answers and preflights.
#include <catch2/catch.hpp>

#include <httplib.h>

#include "api/access/cors.h"

using namespace helpdex::api::access;

namespace {

httplib::Request request(const std::string& method, const std::string& origin, bool preflight = false) {
    httplib::Request req;
    req.method = method;
    if (!origin.empty()) req.set_header("Origin", origin);
    if (preflight) req.set_header("Access-Control-Request-Method", "POST");
    return req;
}

}  // namespace

TEST_CASE("only listed origins are allowed; * allows any; none by default", "[api][access][cors]") {
    const CorsPolicy listed({"https://console.example.com"});
    CHECK(listed.allows("https://console.example.com"));
    CHECK_FALSE(listed.allows("https://console.example.com.evil.test"));
    CHECK_FALSE(listed.allows("http://console.example.com"));
    CHECK_FALSE(listed.allows(""));
    CHECK(CorsPolicy({"*"}).allows("https://anything.test"));
    CHECK_FALSE(CorsPolicy().allows("https://console.example.com"));
}

TEST_CASE("an allowed origin's answers name it and expose helpdex's headers", "[api][access][cors]") {
    const CorsPolicy policy({"https://console.example.com"});
    httplib::Response res;
    policy.annotate(request("GET", "https://console.example.com"), res);
    CHECK(res.get_header_value("Access-Control-Allow-Origin") == "https://console.example.com");
    CHECK(res.get_header_value("Vary") == "Origin");
    CHECK(res.get_header_value("Access-Control-Expose-Headers").find("X-Request-Id") != std::string::npos);
    httplib::Response other;
    policy.annotate(request("GET", "https://other.test"), other);
    CHECK_FALSE(other.has_header("Access-Control-Allow-Origin"));
}

TEST_CASE("a preflight from an allowed origin is answered 204 with what may be sent", "[api][access][cors]") {
    const CorsPolicy policy({"https://console.example.com"});
    httplib::Response res;
    REQUIRE(policy.answer_preflight(request("OPTIONS", "https://console.example.com", true), res));
    CHECK(res.status == 204);
    CHECK(res.get_header_value("Access-Control-Allow-Methods") == "GET, POST");
    CHECK(res.get_header_value("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
    httplib::Response refused, plain_options;
    CHECK_FALSE(policy.answer_preflight(request("OPTIONS", "https://other.test", true), refused));
    CHECK_FALSE(refused.has_header("Access-Control-Allow-Origin"));
    CHECK_FALSE(policy.answer_preflight(request("OPTIONS", "https://console.example.com"), plain_options));
}
