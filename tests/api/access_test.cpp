// Proves access control through the real server: each scope allowed and refused, keys
// never logged, rate limits answering 429 with Retry-After, the keys file re-read while
// serving, CORS, and no server without keys on a non-loopback address.
#include <catch2/catch.hpp>

#include <thread>

#include "api/access/key_file.h"
#include "api/running_server.h"

using namespace helpdex;
using namespace helpdex::api;
using nlohmann::json;

namespace {

// A server whose keys file holds one key per scope set asked for.
struct KeyedServer {
    explicit KeyedServer(const std::vector<std::pair<std::string, std::vector<Scope>>>& wanted, ServerOptions options = {}) {
        for (const auto& [name, scopes] : wanted) {
            access::NewKey created = access::create_key(name, scopes, 1000);
            access::add_key_entry(keys_dir / "keys", created.entry);
            keys[name] = created.key;
        }
        options.access.keys_file = (keys_dir / "keys").string();
        server = std::make_unique<test::RunningServer>(options);
    }
    int status(const std::string& method, const std::string& path, const std::string& key) {
        auto client = server->client();
        httplib::Headers headers;
        if (!key.empty()) headers.emplace("Authorization", "Bearer " + key);
        const std::string body = path.find("/admin/") != std::string::npos ? "{}" : R"({"text":"refund"})";
        auto result = method == "GET" ? client.Get(path.c_str(), headers) : client.Post(path.c_str(), headers, body, "application/json");
        REQUIRE(result);
        return result->status;
    }

    test::TempDir keys_dir;
    std::map<std::string, std::string> keys;
    std::unique_ptr<test::RunningServer> server;
};

}  // namespace

TEST_CASE("each scope opens its routes and no others", "[api][access][integration]") {
    KeyedServer s({{"searcher", {Scope::search}}, {"operator", {Scope::admin}}, {"feedback-only", {Scope::feedback}}});
    const std::string searcher = s.keys["searcher"], op = s.keys["operator"], feedback = s.keys["feedback-only"];
    for (const std::string& key : {searcher, op, feedback, std::string()}) {
        CHECK(s.status("GET", "/healthz", key) == 200);  // public routes need no key
        CHECK(s.status("GET", "/metrics", key) == 200);
        CHECK(s.status("GET", "/", key) == 200);
    }
    CHECK(s.status("GET", "/v1/search?q=refund", searcher) == 200);
    CHECK(s.status("POST", "/v1/suggest", searcher) == 200);
    CHECK(s.status("GET", "/v1/documents/fx-refund", searcher) == 200);
    CHECK(s.status("POST", "/v1/admin/reindex", searcher) == 403);
    CHECK(s.status("GET", "/v1/admin/jobs/1", searcher) == 403);
    CHECK(s.status("POST", "/v1/admin/reindex", op) == 409);  // let in: this server has no corpus
    CHECK(s.status("GET", "/v1/admin/jobs/1", op) == 409);
    CHECK(s.status("GET", "/v1/search?q=refund", op) == 403);
    CHECK(s.status("POST", "/v1/suggest", feedback) == 403);
}

TEST_CASE("without a key, or with a wrong one, the answer is 401 asking for a bearer key", "[api][access][integration]") {
    KeyedServer s({{"searcher", {Scope::search}}});
    std::string wrong = s.keys["searcher"];
    wrong.back() = wrong.back() == 'a' ? 'b' : 'a';
    auto client = s.server->client();
    for (const httplib::Headers& headers : {httplib::Headers{}, httplib::Headers{{"Authorization", "Bearer " + wrong}},
                                            httplib::Headers{{"Authorization", "Basic dXNlcjpwYXNz"}},
                                            httplib::Headers{{"Authorization", s.keys["searcher"]}}}) {
        auto result = client.Get("/v1/search?q=refund", headers);
        REQUIRE(result);
        CHECK(result->status == 401);
        CHECK(result->get_header_value("WWW-Authenticate") == "Bearer realm=\"helpdex\"");
        const json body = json::parse(result->body);
        CHECK(body["error"]["code"] == "unauthorized");
        CHECK(body["error"]["field"] == "Authorization");
    }
    auto lowercase = client.Get("/v1/search?q=refund", {{"Authorization", "bearer " + s.keys["searcher"]}});
    REQUIRE(lowercase);
    CHECK(lowercase->status == 200);  // the scheme is case-insensitive
}

TEST_CASE("the access log names the key, never the key itself", "[api][access][integration][log]") {
    ServerOptions options;
    options.reload_interval = std::chrono::milliseconds(0);
    KeyedServer s({{"ticket-system", {Scope::search}}}, options);
    const std::string key = s.keys["ticket-system"];
    CHECK(s.status("GET", "/v1/search?q=refund", key) == 200);
    CHECK(s.status("POST", "/v1/admin/reindex", key) == 403);
    std::string wrong = key;
    wrong.back() = wrong.back() == 'a' ? 'b' : 'a';
    CHECK(s.status("GET", "/v1/search?q=refund", wrong) == 401);
    const auto lines = s.server->log().parsed();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]["key"] == "ticket-system");
    CHECK(lines[1]["key"] == "ticket-system");
    CHECK(lines[2]["key"].is_null());
    const std::string secret = key.substr(17);
    for (const std::string& line : s.server->log().lines()) {
        CHECK(line.find(secret) == std::string::npos);
        CHECK(line.find(wrong.substr(17)) == std::string::npos);
    }
}

TEST_CASE("a key over its rate is answered 429 with Retry-After, then let in again", "[api][access][integration][rate]") {
    ServerOptions options;
    options.access.rate = {1, 2};  // 1 per second, bursts of 2
    KeyedServer s({{"busy", {Scope::search}}}, options);
    const std::string key = s.keys["busy"];
    auto client = s.server->client();
    const httplib::Headers headers{{"Authorization", "Bearer " + key}};
    CHECK(client.Get("/v1/search?q=refund", headers)->status == 200);
    CHECK(client.Get("/v1/search?q=refund", headers)->status == 200);
    auto limited = client.Get("/v1/search?q=refund", headers);
    REQUIRE(limited);
    CHECK(limited->status == 429);
    CHECK(limited->get_header_value("Retry-After") == "1");
    CHECK(json::parse(limited->body)["error"]["code"] == "rate_limited");
    int status = 429;
    for (int i = 0; i < 40 && status == 429; ++i) {  // bounded: a token is back within a second
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        status = client.Get("/v1/search?q=refund", headers)->status;
    }
    CHECK(status == 200);
    const std::string metrics = client.Get("/metrics")->body;
    CHECK(metrics.find("helpdex_rate_limited_requests_total{key=\"busy\"} ") != std::string::npos);
}

TEST_CASE("keys added to or revoked from the file take effect while serving", "[api][access][integration]") {
    ServerOptions options;
    options.reload_interval = std::chrono::milliseconds(50);
    options.access_log = false;
    KeyedServer s({{"first", {Scope::search}}}, options);
    const auto file = s.keys_dir / "keys";
    const access::NewKey later = access::create_key("later", {Scope::search}, 1000);
    access::add_key_entry(file, later.entry);
    int status = 0;
    for (int i = 0; i < 100 && status != 200; ++i) {  // bounded: within a few reload intervals
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        status = s.status("GET", "/v1/search?q=refund", later.key);
    }
    CHECK(status == 200);
    REQUIRE(access::remove_key_entry(file, "first"));
    for (int i = 0; i < 100 && status != 401; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        status = s.status("GET", "/v1/search?q=refund", s.keys["first"]);
    }
    CHECK(status == 401);
    CHECK(s.status("GET", "/v1/search?q=refund", later.key) == 200);
}

TEST_CASE("private metrics need the admin scope", "[api][access][integration][metrics]") {
    ServerOptions options;
    options.access.private_metrics = true;
    KeyedServer s({{"searcher", {Scope::search}}, {"operator", {Scope::admin}}}, options);
    CHECK(s.status("GET", "/metrics", "") == 401);
    CHECK(s.status("GET", "/metrics", s.keys["searcher"]) == 403);
    CHECK(s.status("GET", "/metrics", s.keys["operator"]) == 200);
}

TEST_CASE("a console on an allowed origin may call the API from a browser", "[api][access][integration][cors]") {
    ServerOptions options;
    options.access.cors_origins = {"https://console.example.com"};
    test::RunningServer server(options);
    auto client = server.client();
    auto preflight = client.Options("/v1/suggest", {{"Origin", "https://console.example.com"},
                                                    {"Access-Control-Request-Method", "POST"},
                                                    {"Access-Control-Request-Headers", "authorization, content-type"}});
    REQUIRE(preflight);
    CHECK(preflight->status == 204);
    CHECK(preflight->get_header_value("Access-Control-Allow-Origin") == "https://console.example.com");
    CHECK(preflight->get_header_value("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
    auto answer = client.Get("/v1/search?q=refund", {{"Origin", "https://console.example.com"}});
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(answer->get_header_value("Access-Control-Allow-Origin") == "https://console.example.com");
    auto stranger = client.Get("/v1/search?q=refund", {{"Origin", "https://elsewhere.test"}});
    REQUIRE(stranger);
    CHECK_FALSE(stranger->has_header("Access-Control-Allow-Origin"));
    auto stranger_preflight = client.Options("/v1/suggest", {{"Origin", "https://elsewhere.test"}, {"Access-Control-Request-Method", "POST"}});
    REQUIRE(stranger_preflight);
    CHECK_FALSE(stranger_preflight->has_header("Access-Control-Allow-Origin"));
}

TEST_CASE("without keys the server listens on loopback only, unless told --insecure", "[api][access]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    ServerOptions options;
    options.host = "0.0.0.0";
    options.port = 0;
    options.access_log = false;
    Server open_server(std::make_shared<LiveIndex>(dir / "idx"), options);
    CHECK_THROWS_WITH(open_server.bind(), Catch::Contains("refusing to listen on 0.0.0.0 without API keys"));
    CHECK(access::is_loopback("127.0.0.1"));
    CHECK(access::is_loopback("localhost"));
    CHECK(access::is_loopback("::1"));
    CHECK_FALSE(access::is_loopback("0.0.0.0"));
    CHECK_FALSE(access::is_loopback("10.0.0.7"));
}

TEST_CASE("a keys file with a problem stops the server from starting, naming the line", "[api][access]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    test::write_file(dir / "keys", "# keys\nops admin nothex pbkdf2-sha256$1$00$00\n");
    ServerOptions options;
    options.access.keys_file = (dir / "keys").string();
    CHECK_THROWS_WITH(Server(std::make_shared<LiveIndex>(dir / "idx"), options),
                      Catch::Contains((dir / "keys").string() + ":2: id must be 12 lowercase hex digits"));
}
