// Proves api/routes: the route table's methods, patterns and scopes, and pattern matching.
#include <catch2/catch.hpp>

#include <regex>

#include "api/routes.h"
#include "running_server.h"

using namespace helpdex;
using api::path_regex;
using api::scope_name;
using api::Scope;

TEST_CASE("the route table gives every endpoint its scope", "[api][routes]") {
    std::vector<std::string> rows;
    for (const api::Route& route : api::api_routes()) {
        CHECK(route.handler);
        if (route.pattern.starts_with("/web/")) {
            CHECK(route.scope == Scope::public_);  // the console's files: see web_console_test
            continue;
        }
        rows.push_back(route.method + " " + route.pattern + " " + std::string(scope_name(route.scope)));
    }
    CHECK(rows == std::vector<std::string>{
                      "GET /healthz public",
                      "GET /readyz public",
                      "GET /metrics public",
                      "GET /v1/openapi.json public",
                      "GET /v1/search search",
                      "POST /v1/suggest search",
                      "GET /v1/documents/{id} search",
                      "POST /v1/admin/reindex admin",
                      "GET /v1/admin/jobs/{id} admin",
                      "GET / public",
                  });
}

TEST_CASE("a pattern's other characters match only themselves", "[api][routes]") {
    CHECK(path_regex("/web/js/app.js") == "/web/js/app\\.js");
    const std::regex script(path_regex("/web/js/app.js"));
    CHECK(std::regex_match(std::string("/web/js/app.js"), script));
    CHECK_FALSE(std::regex_match(std::string("/web/js/appXjs"), script));
    const std::regex odd(path_regex("/a+b(c)[d]$^|?*"));
    CHECK(std::regex_match(std::string("/a+b(c)[d]$^|?*"), odd));
    CHECK_FALSE(std::regex_match(std::string("/aab(c)[d]$^|?*"), odd));
}

TEST_CASE("a {name} in a pattern matches one path segment", "[api][routes]") {
    CHECK(path_regex("/v1/documents/{id}") == "/v1/documents/([^/]+)");
    CHECK(path_regex("/healthz") == "/healthz");
    const std::regex documents(path_regex("/v1/documents/{id}"));
    std::smatch match;
    const std::string path = "/v1/documents/kb-billing-card-declined";
    REQUIRE(std::regex_match(path, match, documents));
    CHECK(match[1] == "kb-billing-card-declined");
    CHECK_FALSE(std::regex_match(std::string("/v1/documents/a/b"), documents));
}

TEST_CASE("scopes have their names", "[api][routes]") {
    CHECK(scope_name(Scope::public_) == "public");
    CHECK(scope_name(Scope::search) == "search");
    CHECK(scope_name(Scope::feedback) == "feedback");
    CHECK(scope_name(Scope::admin) == "admin");
}

TEST_CASE("a suggest body with a number no double holds answers 400 naming the field, not 500", "[api][routes][server]") {
    test::RunningServer server;
    auto client = server.client();
    auto result = client.Post("/v1/suggest", R"({"text":"hi","limit":1e999999})", "application/json");
    REQUIRE(result);
    CHECK(result->status == 400);
    const auto body = nlohmann::json::parse(result->body);
    CHECK(body["error"]["code"] == "invalid_request");
    CHECK(body["error"]["field"] == "limit");
    auto top_level = client.Post("/v1/suggest", "1e999999", "application/json");
    REQUIRE(top_level);
    CHECK(top_level->status == 400);
    CHECK(nlohmann::json::parse(top_level->body)["error"]["code"] == "malformed_json");
}

TEST_CASE("the ranking parameters a server is given reach the suggester", "[api][routes][server]") {
    const std::string inquiry = nlohmann::json{{"text", "I was charged twice this month after changing my plan"}}.dump();
    auto uncertain = [&](const RankingParameters& ranking) {
        test::RunningServer server({}, {}, ranking);
        auto result = server.client().Post("/v1/suggest", inquiry, "application/json");
        REQUIRE(result);
        REQUIRE(result->status == 200);
        return nlohmann::json::parse(result->body)["inquiry"]["category_uncertain"].get<bool>();
    };
    RankingParameters never_sure;
    never_sure.uncertain_below = 1.0;  // no calibrated confidence reaches 1
    CHECK(uncertain(never_sure));
    RankingParameters always_sure;
    always_sure.uncertain_below = 0.0;
    CHECK_FALSE(uncertain(always_sure));
}
