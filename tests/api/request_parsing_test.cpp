// Proves api/request_parsing: every rejection names its field.
#include <catch2/catch.hpp>

#include "api/errors.h"
#include "api/request_parsing.h"

using namespace helpdex;
using namespace helpdex::api;

namespace {

// The field a request is rejected for, or "accepted".
std::string rejected_field_of_search(const QueryParams& params) {
    try {
        parse_search_request(params);
        return "accepted";
    } catch (const ApiError& e) {
        CHECK(e.status() == 400);
        return e.field();
    }
}

std::string rejected_field_of_suggest(const std::string& body) {
    try {
        parse_suggest_request(body);
        return "accepted";
    } catch (const ApiError& e) {
        CHECK(e.status() == 400);
        return e.field().empty() ? e.code() : e.field();
    }
}

}  // namespace

TEST_CASE("search parameters are parsed with defaults", "[api][parsing]") {
    const auto request = parse_search_request({{"q", "refund"}, {"type", "faq,sop"}, {"type", "case"}, {"category", "billing"}});
    CHECK(request.q == "refund");
    CHECK(request.types == std::vector<std::string>{"faq", "sop", "case"});
    CHECK(request.limit == 10);
    CHECK(request.offset == 0);
}

TEST_CASE("bad search parameters are rejected naming the parameter", "[api][parsing]") {
    auto [params, field] = GENERATE(table<QueryParams, std::string>({
        {{{"q", "x"}, {"limit", "0"}}, "limit"},
        {{{"limit", "101"}}, "limit"},
        {{{"limit", "ten"}}, "limit"},
        {{{"limit", "-1"}}, "limit"},
        {{{"offset", "10001"}}, "offset"},
        {{{"type", "tutorial"}}, "type"},
        {{{"lang", "xx"}}, "lang"},
        {{{"category", "Billing"}}, "category"},
        {{{"product", "a b"}}, "product"},
        {{{"sort", "date"}}, "sort"},
        {{{"q", "a"}, {"q", "b"}}, "q"},
        {{{"q", "bad \xFF"}}, "q"},
        {{{"q", std::string(3000, 'a')}}, "q"},
    }));
    CHECK(rejected_field_of_search(params) == field);
}

TEST_CASE("suggest bodies are parsed", "[api][parsing]") {
    const auto request = parse_suggest_request(R"({"text":"my card was declined","subject":"payment","lang":"en","product":"plus","limit":3})");
    CHECK(request.text == "my card was declined");
    CHECK(request.subject == "payment");
    CHECK(request.limit == 3);
}

TEST_CASE("a suggest body with a subject and no text is accepted: ticket systems send such e-mails",
          "[api][parsing]") {
    CHECK(parse_suggest_request(R"({"subject":"card declined"})").subject == "card declined");
    CHECK(parse_suggest_request(R"({"subject":"card declined","text":"  "})").text == "  ");
}

TEST_CASE("bad suggest bodies are rejected naming the field", "[api][parsing]") {
    auto [body, field] = GENERATE(table<std::string, std::string>({
        {"not json", "malformed_json"},
        {"[1,2]", "malformed_json"},
        {"{}", "text"},
        {R"({"text":""})", "text"},
        {R"({"text":"   "})", "text"},
        {R"({"text":"","subject":" "})", "text"},
        {R"({"text":5})", "text"},
        {R"({"text":"x","lang":"klingon"})", "lang"},
        {R"({"text":"x","limit":0})", "limit"},
        {R"({"text":"x","limit":51})", "limit"},
        {R"({"text":"x","limit":"5"})", "limit"},
        {R"({"text":"x","limit":2.5})", "limit"},
        {R"({"text":"x","subject":["a"]})", "subject"},
        {R"({"text":"x","product":"bad product"})", "product"},
        {R"({"text":"x","priority":"high"})", "priority"},
        {"{\"text\":\"bad \xFF\"}", "malformed_json"},
        // A number no double holds was a 500 (nlohmann throws out_of_range, not parse_error).
        {R"({"text":"hi","limit":1e999999})", "limit"},
        {R"({"text":"hi","limit":-1e999999})", "limit"},
        {R"({"text":"hi","colour":1e999999})", "colour"},
        {R"({"text":"hi","limit":[1e999999]})", "limit"},
        {R"({"text":"hi","limit":{"inner":1e999999}})", "limit"},
        {"1e999999", "malformed_json"},
        {R"([1e999999])", "malformed_json"},
    }));
    INFO(body);
    CHECK(rejected_field_of_suggest(body) == field);
}

TEST_CASE("a number too large to represent is an invalid_request naming its field", "[api][parsing]") {
    try {
        parse_suggest_request(R"({"text":"hi","limit":1e999999})");
        FAIL("accepted");
    } catch (const ApiError& e) {
        CHECK(e.status() == 400);
        CHECK(e.code() == "invalid_request");
        CHECK(e.field() == "limit");
    }
}

TEST_CASE("error bodies have one shape", "[api][errors]") {
    const auto body = error_body(ApiError::bad_request("'limit' must be between 1 and 100", "limit"));
    CHECK(body == nlohmann::json::parse(R"({"error":{"code":"invalid_request","message":"'limit' must be between 1 and 100","field":"limit"}})"));
    CHECK(error_body("not_found", "x", "")["error"]["field"].is_null());
}

TEST_CASE("Accept-Language gives the most preferred language helpdex knows", "[api][parsing]") {
    auto [header, expected] = GENERATE(table<std::string, std::string>({
        {"nl-BE,nl;q=0.9,en;q=0.8", "nl"},
        {"en;q=0.5, de-CH;q=0.9", "de"},
        {"tlh, fr;q=0.2", "fr"},  // Klingon is not known: the next best is
        {"FR-ca", "fr"},
        {"", ""},
        {"*", ""},
        {"de;q=abc", ""},         // a malformed weight counts as 0
        {",,;;q=", ""},
    }));
    INFO(header);
    CHECK(preferred_language(header) == expected);
}
