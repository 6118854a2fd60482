// Integration: the real server on an ephemeral loopback port, over real HTTP.
#include <catch2/catch.hpp>

#include <future>
#include <sstream>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/running_server.h"
#include "api/server.h"
#include "support/test_support.h"

using namespace helpdex;
using nlohmann::json;

namespace {

// The fixture server as the tests below need it: no access log, a fast reload check.
class RunningServer : public test::RunningServer {
public:
    explicit RunningServer(std::filesystem::path synonyms = {})
        : test::RunningServer(options(), {}, {}, 4, std::move(synonyms)) {}

private:
    static api::ServerOptions options() {
        api::ServerOptions options;
        options.access_log = false;
        options.reload_interval = std::chrono::milliseconds(100);
        return options;
    }
};

json body_of(const httplib::Result& result) {
    REQUIRE(result);
    CHECK(result->get_header_value("Content-Type") == "application/json; charset=utf-8");
    CHECK_FALSE(result->get_header_value("X-Request-Id").empty());
    return json::parse(result->body);
}

void check_error(const httplib::Result& result, int status, const std::string& field) {
    REQUIRE(result);
    CHECK(result->status == status);
    const json body = body_of(result);
    REQUIRE(body.contains("error"));
    CHECK(body["error"]["code"].is_string());
    CHECK(body["error"]["message"].is_string());
    if (field.empty()) CHECK(body["error"]["field"].is_null());
    else CHECK(body["error"]["field"] == field);
}

std::string suggest_body(const std::string& text) {
    return json{{"text", text}}.dump();
}

}  // namespace

TEST_CASE("health and readiness", "[server]") {
    RunningServer server;
    auto client = server.client();
    auto health = client.Get("/healthz");
    REQUIRE(health);
    CHECK(health->status == 200);
    CHECK(body_of(health)["status"] == "ok");
    auto ready = client.Get("/readyz");
    REQUIRE(ready);
    CHECK(ready->status == 200);
    const json body = body_of(ready);
    CHECK(body["status"] == "ready");
    CHECK(body["documents"] == 10);
}

TEST_CASE("search returns ranked results with facets", "[server]") {
    RunningServer server;
    auto client = server.client();
    auto result = client.Get("/v1/search?q=camera+offline&limit=5");
    REQUIRE(result);
    CHECK(result->status == 200);
    const json body = body_of(result);
    REQUIRE(body["results"].size() >= 2);
    CHECK(body["total"] >= 2);
    const json& top = body["results"][0];
    for (const char* key : {"id", "title", "type", "lang", "category", "score", "snippet"}) CHECK(top.contains(key));
    CHECK(top["category"] == "devices/connectivity");
    CHECK(body["facets"]["category"]["devices/connectivity"] >= 2);
    CHECK(body["facets"].contains("type"));
    CHECK(body["facets"].contains("lang"));
}

TEST_CASE("search filters by type, category, language and product", "[server]") {
    RunningServer server;
    auto client = server.client();
    auto cases = body_of(client.Get("/v1/search?q=charged&type=case"));
    for (const auto& r : cases["results"]) CHECK(r["type"] == "case");
    auto billing = body_of(client.Get("/v1/search?category=billing"));
    CHECK(billing["total"] >= 4);
    for (const auto& r : billing["results"]) CHECK(r["category"].get<std::string>().rfind("billing", 0) == 0);
    auto dutch = body_of(client.Get("/v1/search?lang=nl"));
    CHECK(dutch["total"] == 2);
    auto cams = body_of(client.Get("/v1/search?product=cam&limit=100"));
    CHECK(cams["total"] == 3);
    auto paged = body_of(client.Get("/v1/search?category=billing&limit=1&offset=1"));
    CHECK(paged["results"].size() == 1);
}

TEST_CASE("suggest answers inquiry, solutions with steps, similar issues and escalation", "[server]") {
    RunningServer server;
    auto client = server.client();
    auto result = client.Post("/v1/suggest", suggest_body("Hi, I was charged twice this month after changing my plan. Thanks, Anna"),
                              "application/json");
    REQUIRE(result);
    CHECK(result->status == 200);
    const json body = body_of(result);
    CHECK(body["inquiry"]["language"] == "en");
    CHECK(body["inquiry"]["category"] == "billing/payments");
    CHECK(body["inquiry"]["category_confidence"] > 0.3);
    CHECK(body["inquiry"]["category_uncertain"].is_boolean());
    CHECK(body["inquiry"]["urgency"] == "high");  // the matched known issue is high priority
    REQUIRE_FALSE(body["solutions"].empty());
    const json& top = body["solutions"][0];
    CHECK(top["id"] == "fx-double-charge");
    CHECK(top["steps"].size() == 4);
    CHECK_FALSE(top["matched_terms"].empty());
    CHECK(top["updated"] == "2026-05-02");
    REQUIRE_FALSE(body["similar_issues"].empty());
    for (const auto& issue : body["similar_issues"]) {
        CHECK((issue["type"] == "case" || issue["type"] == "known-issue"));
        CHECK(issue.contains("updated"));
        CHECK(issue.contains("resolution"));
    }
    // The message, cut into what was read and what was not, joins back into the text sent.
    const json& segments = body["inquiry"]["segments"];
    REQUIRE(segments.size() == 1);
    CHECK(segments[0]["text"] == "Hi, I was charged twice this month after changing my plan. Thanks, Anna");
    CHECK(segments[0]["kind"] == "read");
    CHECK(body["escalation"]["team"] == "Billing Operations");
    CHECK(body["escalation"]["sla"] == "4h");
    CHECK(body["escalation"]["source"] == "routing:billing");
    CHECK(body["escalation"]["path"].size() == 3);
}

TEST_CASE("an e-mail whose whole message is its subject gets a suggestion", "[server]") {
    RunningServer server;
    auto client = server.client();
    const json body = body_of(client.Post("/v1/suggest", json{{"subject", "charged twice after changing my plan"}, {"text", ""}}.dump(),
                                          "application/json"));
    REQUIRE_FALSE(body["solutions"].empty());
    CHECK(body["solutions"][0]["id"] == "fx-double-charge");
    CHECK(body["inquiry"]["segments"].empty());
}

TEST_CASE("a suggestion says where its time went in a Server-Timing header", "[server]") {
    RunningServer server;
    auto client = server.client();
    auto result = client.Post("/v1/suggest", suggest_body("I was charged twice this month"), "application/json");
    REQUIRE(result);
    CHECK(result->status == 200);
    const std::string header = result->get_header_value("Server-Timing");
    // name;dur=milliseconds, in pipeline order, the response's serialisation last.
    std::vector<std::string> names;
    std::istringstream metrics(header);
    for (std::string metric; std::getline(metrics, metric, ',');) {
        const auto at = metric.find(";dur=");
        REQUIRE(at != std::string::npos);
        names.push_back(metric.substr(metric.find_first_not_of(' '), at - metric.find_first_not_of(' ')));
        CHECK(std::stod(metric.substr(at + 5)) >= 0.0);
    }
    REQUIRE(names.size() >= 6);
    CHECK(names.front() == "inquiry");
    CHECK(names[1] == "retrieval");
    CHECK(names[2] == "category");
    CHECK(names[names.size() - 3] == "ranking");
    CHECK(names[names.size() - 2] == "presentation");
    CHECK(names.back() == "response");
}

TEST_CASE("document look-up, in the requested language", "[server]") {
    RunningServer server;
    auto client = server.client();
    const json doc = body_of(client.Get("/v1/documents/fx-double-charge"));
    CHECK(doc["id"] == "fx-double-charge");
    CHECK(doc["body"]["markdown"].get<std::string>().find("## Resolution") != std::string::npos);
    CHECK(doc["body"]["html"].get<std::string>().find("<ol>") != std::string::npos);
    CHECK(doc["translations"].size() == 2);
    const json dutch = body_of(client.Get("/v1/documents/fx-double-charge?lang=nl"));
    CHECK(dutch["id"] == "fx-double-charge-nl");
    CHECK(dutch["lang"] == "nl");
    // No French translation: the original is returned.
    CHECK(body_of(client.Get("/v1/documents/fx-double-charge?lang=fr"))["id"] == "fx-double-charge");
}

TEST_CASE("drafts and archived documents are never returned", "[server]") {
    RunningServer server;
    auto client = server.client();
    for (const char* id : {"fx-draft-chime", "fx-archived-firmware", "fx-case-4"}) {
        INFO(id);
        check_error(client.Get((std::string("/v1/documents/") + id).c_str()), 404, "");
    }
    CHECK(body_of(client.Get("/v1/search?q=zebra"))["total"] == 0);
    const json suggestion = body_of(client.Post("/v1/suggest", suggest_body("zebra chime zebra firmware"), "application/json"));
    for (const char* list : {"solutions", "similar_issues"}) {
        for (const auto& hit : suggestion[list]) CHECK(hit["title"].get<std::string>().find("Zebra") == std::string::npos);
    }
}

TEST_CASE("every bad request gets a JSON error naming the field", "[server]") {
    RunningServer server;
    auto client = server.client();
    check_error(client.Get("/v1/search?limit=0"), 400, "limit");
    check_error(client.Get("/v1/search?limit=1000"), 400, "limit");
    check_error(client.Get("/v1/search?type=blog"), 400, "type");
    check_error(client.Get("/v1/search?lang=xx"), 400, "lang");
    check_error(client.Get("/v1/search?colour=red"), 400, "colour");
    check_error(client.Post("/v1/suggest", "{not json", "application/json"), 400, "");
    check_error(client.Post("/v1/suggest", "{}", "application/json"), 400, "text");
    check_error(client.Post("/v1/suggest", R"({"text":42})", "application/json"), 400, "text");
    check_error(client.Post("/v1/suggest", R"({"text":"x","limit":500})", "application/json"), 400, "limit");
    check_error(client.Post("/v1/suggest", R"({"text":"x"})", "text/plain"), 415, "Content-Type");
    check_error(client.Get("/v1/documents/no-such-doc"), 404, "");
    check_error(client.Get("/v1/documents/fx-refund?lang=zz"), 400, "lang");
}

TEST_CASE("unknown routes are 404 and wrong methods 405, as JSON", "[server]") {
    RunningServer server;
    auto client = server.client();
    check_error(client.Get("/nope"), 404, "");
    check_error(client.Get("/v1/suggest"), 405, "");
    auto del = client.Delete("/v1/search");
    check_error(del, 405, "");
    CHECK(del->get_header_value("Allow") == "GET");
    check_error(client.Put("/v1/documents/fx-refund", "{}", "application/json"), 405, "");
}

TEST_CASE("bodies over 64 KiB are refused with 413", "[server]") {
    RunningServer server;
    auto client = server.client();
    const std::string big = json{{"text", std::string(70 * 1024, 'a')}}.dump();
    check_error(client.Post("/v1/suggest", big, "application/json"), 413, "");
    // The server is still fine afterwards.
    auto after = client.Get("/healthz");
    REQUIRE(after);
    CHECK(after->status == 200);
}

TEST_CASE("a client's request id is echoed, others get a fresh one", "[server]") {
    RunningServer server;
    auto client = server.client();
    auto mine = client.Get("/healthz", httplib::Headers{{"X-Request-Id", "ticket-123"}});
    REQUIRE(mine);
    CHECK(mine->get_header_value("X-Request-Id") == "ticket-123");
    auto a = client.Get("/healthz");
    auto b = client.Get("/healthz");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->get_header_value("X-Request-Id") != b->get_header_value("X-Request-Id"));
}

TEST_CASE("concurrent clients on keep-alive connections all get correct answers", "[server]") {
    RunningServer server;
    constexpr int kClients = 4, kRequests = 25;
    std::vector<std::future<int>> workers;
    for (int c = 0; c < kClients; ++c) {
        workers.push_back(std::async(std::launch::async, [&server] {
            auto client = server.client();
            client.set_keep_alive(true);
            int correct = 0;
            for (int i = 0; i < kRequests; ++i) {
                auto result = client.Post("/v1/suggest", suggest_body("camera keeps going offline"), "application/json");
                if (result && result->status == 200 &&
                    json::parse(result->body)["inquiry"]["category"] == "devices/connectivity") {
                    ++correct;
                }
            }
            return correct;
        }));
    }
    for (auto& worker : workers) CHECK(worker.get() == kRequests);
}

TEST_CASE("garbage bytes never crash the server", "[server]") {
    RunningServer server;
    auto client = server.client();
    std::string garbage;
    for (int i = 0; i < 256; ++i) garbage += static_cast<char>(i);
    auto result = client.Post("/v1/suggest", garbage, "application/json");
    REQUIRE(result);
    CHECK(result->status == 400);
    auto search = client.Get("/v1/search?q=%FF%FE%00");
    REQUIRE(search);
    CHECK(search->status == 400);
    CHECK(client.Get("/healthz")->status == 200);
}

TEST_CASE("a second server cannot take the same port", "[server]") {
    RunningServer server;
    test::TempDir dir;
    api::ServerOptions options;
    options.port = server.port();
    options.access_log = false;
    api::Server second(std::make_shared<LiveIndex>(server.dir() / "idx"), options);
    CHECK_THROWS_WITH(second.bind(), Catch::Contains("cannot listen"));
}

TEST_CASE("the server picks up a reindex without restarting", "[server]") {
    RunningServer server;
    auto client = server.client();
    const std::string before = body_of(client.Get("/readyz"))["generation"];
    test::index_corpus(test::fixture("small-corpus"), server.dir() / "idx");
    std::string after = before;
    for (int i = 0; i < 100 && after == before; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        after = body_of(client.Get("/readyz"))["generation"];
    }
    CHECK(after != before);
    CHECK(client.Get("/v1/search?q=refund")->status == 200);
}

TEST_CASE("an editor's synonyms.yaml is applied as soon as it is saved, without a reindex", "[server][synonyms]") {
    test::TempDir editor;
    const std::filesystem::path synonyms = editor / "synonyms.yaml";
    RunningServer server(synonyms);
    auto client = server.client();
    const auto total = [&client](const std::string& query) {
        return body_of(client.Get("/v1/search?q=" + query))["total"].get<int>();
    };
    REQUIRE(total("moneyback") == 0);  // no document says it

    test::write_file(synonyms, "en:\n  - [moneyback, refund]\n");
    int found = 0;
    for (int i = 0; i < 100 && found == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        found = total("moneyback");
    }
    CHECK(found == total("refund"));

    // A broken edit is reported in the log and changes nothing.
    test::write_file(synonyms, "en: [unclosed");
    bool reported = false;
    for (int i = 0; i < 100 && !reported; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        for (const auto& line : server.log().lines()) reported = reported || line.find("not valid YAML") != std::string::npos;
    }
    CHECK(reported);
    CHECK(total("moneyback") == found);
}
