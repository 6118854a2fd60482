// Proves api/api_contract: GET /v1/openapi.json serves docs/openapi.yaml as JSON, the
// document names every route the server has, and YAML scalars keep their types.
#include <catch2/catch.hpp>

#include "api/api_contract.h"
#include "api/routes.h"
#include "api/running_server.h"

using namespace helpdex;
using nlohmann::json;

TEST_CASE("GET /v1/openapi.json serves the contract as JSON, without a key", "[api][contract]") {
    test::RunningServer server;
    auto result = server.client().Get("/v1/openapi.json");
    REQUIRE(result);
    CHECK(result->status == 200);
    CHECK(result->get_header_value("Content-Type") == "application/json; charset=utf-8");
    const json contract = json::parse(result->body);
    CHECK(contract["openapi"] == "3.1.0");
    CHECK(contract == api::openapi_json());
}

TEST_CASE("the contract documents every API route with its method", "[api][contract]") {
    const json& paths = api::openapi_json().at("paths");
    for (const api::Route& route : api::api_routes()) {
        if (route.pattern == "/" || route.pattern.rfind("/web/", 0) == 0) continue;  // the console's files
        INFO(route.method << " " << route.pattern);
        REQUIRE(paths.contains(route.pattern));
        std::string method = route.method;
        for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(paths.at(route.pattern).contains(method));
    }
}

TEST_CASE("YAML scalars become JSON values by the core schema; quoted ones stay strings", "[api][contract]") {
    const json converted = api::yaml_to_json(R"(
version: 3.1.0
limit: 50
ratio: 0.25
negative: -3
on: true
off: false
nothing: null
tilde: ~
quoted_number: "200"
single: '1.5'
list: [1, two, "3"]
nested: {a: {b: yes}}
)");
    CHECK(converted == json::parse(R"({"version": "3.1.0", "limit": 50, "ratio": 0.25, "negative": -3, "on": true,
        "off": false, "nothing": null, "tilde": null, "quoted_number": "200", "single": "1.5",
        "list": [1, "two", "3"], "nested": {"a": {"b": "yes"}}})"));
    CHECK_THROWS_WITH(api::yaml_to_json("a: [unclosed"), Catch::Contains("not valid YAML"));
}
