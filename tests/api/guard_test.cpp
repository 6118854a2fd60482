// Proves api/guard through the real server: one JSON access line per request, routes logged
// by pattern, a server fault logged with its message and request id, requests no route
// answered logged once, --quiet keeping only errors, bodies never logged.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <regex>
#include <stdexcept>

#include "api/errors.h"
#include "api/responses.h"
#include "running_server.h"

using namespace helpdex;
using nlohmann::json;

namespace {

// Routes that fail the way bugs do, to see what the guard makes of them.
std::vector<api::Route> failing_routes() {
    return {
        {"GET", "/test/fail", api::Scope::public_,
         [](const api::RequestContext&, api::Services&, const httplib::Request&, httplib::Response&) {
             throw std::runtime_error("disk on fire");
         }},
        {"GET", "/test/fail-oddly", api::Scope::public_,
         [](const api::RequestContext&, api::Services&, const httplib::Request&, httplib::Response&) { throw 42; }},
        {"GET", "/test/context/{name}", api::Scope::admin,
         [](const api::RequestContext& context, api::Services&, const httplib::Request&, httplib::Response& res) {
             api::send_json(res, {{"request_id", context.request_id},
                                  {"route", context.route},
                                  {"scope", std::string(api::scope_name(context.scope))}});
         }},
    };
}

// Sends raw bytes on a new connection and returns what comes back (up to 4 KiB).
std::string send_raw(int port, const std::string& bytes) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
}

const std::set<std::string> kAccessKeys = {"time", "level", "method", "route", "path", "status", "latency_ms", "request_id", "key"};

std::set<std::string> keys_of(const json& line) {
    std::set<std::string> keys;
    for (const auto& [key, value] : line.items()) keys.insert(key);
    return keys;
}

}  // namespace

TEST_CASE("a request writes exactly one JSON access line with its fields", "[api][guard][log]") {
    test::RunningServer server;
    auto client = server.client();
    auto result = client.Get("/v1/search?q=refund&limit=3", httplib::Headers{{"X-Request-Id", "ticket-42"}});
    REQUIRE(result);
    REQUIRE(result->status == 200);
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 1);
    const json& line = lines[0];
    CHECK(keys_of(line) == kAccessKeys);
    CHECK(std::regex_match(line["time"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")));
    CHECK(line["level"] == "info");
    CHECK(line["method"] == "GET");
    CHECK(line["route"] == "/v1/search");
    CHECK(line["path"] == "/v1/search");  // without the query string
    CHECK(line["status"] == 200);
    CHECK(line["latency_ms"].is_number());
    CHECK(line["latency_ms"] >= 0);
    CHECK(line["request_id"] == "ticket-42");
    CHECK(line["key"].is_null());  // no keys: no caller to name
}

TEST_CASE("routes are logged by pattern, with the id the response carries", "[api][guard][log]") {
    test::RunningServer server;
    auto client = server.client();
    auto result = client.Get("/v1/documents/fx-refund");
    REQUIRE(result);
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["route"] == "/v1/documents/{id}");
    CHECK(lines[0]["path"] == "/v1/documents/fx-refund");
    CHECK(lines[0]["request_id"] == result->get_header_value("X-Request-Id"));
}

TEST_CASE("a handler sees its request context", "[api][guard]") {
    test::RunningServer server({}, failing_routes());
    auto client = server.client();
    auto result = client.Get("/test/context/x", httplib::Headers{{"X-Request-Id", "ctx-1"}});
    REQUIRE(result);
    CHECK(json::parse(result->body) == json{{"request_id", "ctx-1"}, {"route", "/test/context/{name}"}, {"scope", "admin"}});
}

TEST_CASE("a server fault answers 500 and logs its message with the request id", "[api][guard][log]") {
    test::RunningServer server({}, failing_routes());
    auto client = server.client();
    auto result = client.Get("/test/fail", httplib::Headers{{"X-Request-Id", "boom-1"}});
    REQUIRE(result);
    CHECK(result->status == 500);
    CHECK(json::parse(result->body) ==
          api::error_body("internal_error", "the server failed to answer this request", ""));
    CHECK(result->body.find("disk on fire") == std::string::npos);  // the cause stays in the log
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["level"] == "error");
    CHECK(lines[0]["message"] == "disk on fire");
    CHECK(lines[0]["request_id"] == "boom-1");
    CHECK(lines[0]["route"] == "/test/fail");
    CHECK(keys_of(lines[1]) == kAccessKeys);
    CHECK(lines[1]["status"] == 500);
    CHECK(lines[1]["level"] == "error");
    CHECK(lines[1]["request_id"] == "boom-1");
}

TEST_CASE("an exception of no known type is a 500 too", "[api][guard][log]") {
    test::RunningServer server({}, failing_routes());
    auto client = server.client();
    auto result = client.Get("/test/fail-oddly");
    REQUIRE(result);
    CHECK(result->status == 500);
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["message"] == "an exception of unknown type");
    CHECK(client.Get("/healthz")->status == 200);
}

TEST_CASE("requests no route answered are logged once, without a route or latency", "[api][guard][log]") {
    test::RunningServer server;
    auto client = server.client();
    int expected_status = 0;
    SECTION("unknown path") {
        expected_status = 404;
        REQUIRE(client.Get("/nope")->status == 404);
    }
    SECTION("oversized body") {
        expected_status = 413;
        const std::string big = json{{"text", std::string(70 * 1024, 'a')}}.dump();
        REQUIRE(client.Post("/v1/suggest", big, "application/json")->status == 413);
    }
    SECTION("unreadable request") {
        expected_status = 400;
        const std::string answer = send_raw(server.port(), "NONSENSE\r\n\r\n");
        CHECK(answer.rfind("HTTP/1.1 400", 0) == 0);
    }
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 1);
    CHECK(keys_of(lines[0]) == kAccessKeys);
    CHECK(lines[0]["status"] == expected_status);
    CHECK(lines[0]["route"].is_null());
    CHECK(lines[0]["latency_ms"].is_null());
    CHECK_FALSE(lines[0]["request_id"].get<std::string>().empty());
}

TEST_CASE("wrong methods are logged once with their route's pattern", "[api][guard][log]") {
    test::RunningServer server;
    auto client = server.client();
    REQUIRE(client.Delete("/v1/documents/fx-refund")->status == 405);
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["route"] == "/v1/documents/{id}");
    CHECK(lines[0]["method"] == "DELETE");
    CHECK(lines[0]["status"] == 405);
}

TEST_CASE("quiet: no access lines, but errors are still logged", "[api][guard][log]") {
    api::ServerOptions options;
    options.access_log = false;
    test::RunningServer server(options, failing_routes());
    auto client = server.client();
    REQUIRE(client.Get("/healthz")->status == 200);
    REQUIRE(client.Get("/nope")->status == 404);
    CHECK(server.log().lines().empty());
    REQUIRE(client.Get("/test/fail", httplib::Headers{{"X-Request-Id", "quiet-1"}})->status == 500);
    const auto lines = server.log().parsed();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["level"] == "error");
    CHECK(lines[0]["message"] == "disk on fire");
    CHECK(lines[0]["request_id"] == "quiet-1");
}

TEST_CASE("request bodies and query strings are never logged", "[api][guard][log]") {
    test::RunningServer server;
    auto client = server.client();
    client.Post("/v1/suggest", json{{"text", "my secret-phrase-xyz was charged twice"}}.dump(), "application/json");
    client.Post("/v1/suggest", R"({"text":"secret-phrase-xyz","limit":1e999999})", "application/json");
    client.Get("/v1/search?q=secret-phrase-xyz");
    const auto lines = server.log().lines();
    CHECK(lines.size() == 3);
    for (const std::string& line : lines) CHECK(line.find("secret-phrase-xyz") == std::string::npos);
}

TEST_CASE("concurrent requests write whole lines, one each", "[api][guard][log][concurrency]") {
    test::RunningServer server;
    constexpr int kClients = 4, kRequests = 20;
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&server] {
            auto client = server.client();
            client.set_keep_alive(true);
            for (int i = 0; i < kRequests; ++i) client.Get("/v1/search?q=camera");
        });
    }
    for (auto& thread : clients) thread.join();
    const auto lines = server.log().parsed();
    CHECK(lines.size() == kClients * kRequests);
    for (const json& line : lines) CHECK(line["status"] == 200);
}
