// Integration: slow and hostile clients against the real server on a loopback port, each
// followed by a normal request that must still be answered promptly.
#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/raw_client.h"
#include "api/responses.h"
#include "api/running_server.h"

using namespace helpdex;
using namespace std::chrono_literals;
using nlohmann::json;
using test::RawClient;

namespace {

constexpr std::string_view kHealthz = "GET /healthz HTTP/1.1\r\nHost: helpdex\r\n\r\n";

api::ServerOptions quiet_options() {
    api::ServerOptions options;
    options.access_log = false;
    options.reload_interval = 0ms;
    return options;
}

// A normal client's /healthz: answered 200, well within the generous bound.
void check_answered_promptly(test::RunningServer& server) {
    auto client = server.client();
    const auto start = std::chrono::steady_clock::now();
    auto result = client.Get("/healthz");
    const auto took = std::chrono::steady_clock::now() - start;
    REQUIRE(result);
    CHECK(result->status == 200);
    CHECK(took < 2s);
}

json body_of(const std::string& response) {
    return json::parse(response.substr(response.find("\r\n\r\n") + 4));
}

}  // namespace

TEST_CASE("32 slowloris clients neither stop /healthz nor outlive the header timeout", "[server][hostile]") {
    api::ServerOptions options = quiet_options();
    options.header_timeout = 500ms;
    options.request_timeout = 2000ms;
    test::RunningServer server(options);
    std::vector<std::unique_ptr<RawClient>> slow;
    for (int i = 0; i < 32; ++i) slow.push_back(std::make_unique<RawClient>(server.port()));
    std::atomic<int> closed{0};
    // One header byte every 200 ms per client, 15 bytes at most (3 s): never a whole head.
    std::thread drip([&] {
        for (size_t byte = 0; byte < 15 && closed < 32; ++byte) {
            int now_closed = 0;
            for (auto& client : slow) {
                if (!client->closed()) client->send(kHealthz.substr(byte, 1));
                now_closed += client->closed() ? 1 : 0;
            }
            closed = now_closed;
            std::this_thread::sleep_for(200ms);
        }
    });
    for (int i = 0; i < 4; ++i) {
        check_answered_promptly(server);
        std::this_thread::sleep_for(150ms);
    }
    drip.join();
    CHECK(closed == 32);
    int timed_out = 0;
    for (auto& client : slow) timed_out += client->received().rfind("HTTP/1.1 408", 0) == 0 ? 1 : 0;
    CHECK(timed_out == 32);
    check_answered_promptly(server);
}

TEST_CASE("a Content-Length larger than allowed is answered 413 at once, not after the body", "[server][hostile]") {
    api::ServerOptions options = quiet_options();
    options.header_timeout = 5000ms;
    options.request_timeout = 5000ms;
    test::RunningServer server(options);
    RawClient liar(server.port());
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(liar.send("POST /v1/suggest HTTP/1.1\r\nHost: helpdex\r\nContent-Type: application/json\r\n"
                      "Content-Length: 10485760\r\n\r\n0123456789"));
    const std::string reply = liar.read(4s);  // until the server closes
    CHECK(std::chrono::steady_clock::now() - start < 1s);
    CHECK(reply.rfind("HTTP/1.1 413", 0) == 0);
    CHECK(reply.find("Connection: close") != std::string::npos);
    CHECK(body_of(reply)["error"]["code"] == "payload_too_large");
    CHECK(liar.closed());
    check_answered_promptly(server);
}

TEST_CASE("past max_connections a new connection gets 503 and Retry-After, then the server recovers", "[server][hostile]") {
    api::ServerOptions options = quiet_options();
    options.access_log = true;
    options.max_connections = 8;
    test::RunningServer server(options);
    std::vector<std::unique_ptr<RawClient>> hogs;  // connected, silent: idle connections count
    for (int i = 0; i < 8; ++i) hogs.push_back(std::make_unique<RawClient>(server.port()));
    std::vector<std::unique_ptr<RawClient>> flood;
    for (int i = 0; i < 20; ++i) {
        flood.push_back(std::make_unique<RawClient>(server.port()));
        flood.back()->send(kHealthz);
    }
    for (auto& client : flood) {
        const std::string reply = client->read(2s);
        REQUIRE(reply.rfind("HTTP/1.1 503", 0) == 0);
        CHECK(reply.find("\r\nRetry-After: 1\r\n") != std::string::npos);
        CHECK(body_of(reply)["error"]["code"] == "overloaded");
    }
    bool logged = false;
    for (const json& line : server.log().parsed()) logged = logged || (line["status"] == 503 && line["route"].is_null());
    CHECK(logged);
    hogs.clear();
    int status = 0;
    for (int attempt = 0; attempt < 30 && status != 200; ++attempt) {
        if (attempt) std::this_thread::sleep_for(100ms);
        auto result = server.client().Get("/healthz");
        status = result ? result->status : 0;
    }
    CHECK(status == 200);
    check_answered_promptly(server);
}

TEST_CASE("64 keep-alive clients on 4 threads all get every answer", "[server][hostile]") {
    test::RunningServer server(quiet_options());
    constexpr int kClients = 64, kRequests = 20;
    std::vector<std::future<int>> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::async(std::launch::async, [&server] {
            auto client = server.client();
            client.set_keep_alive(true);
            int answered = 0;
            for (int i = 0; i < kRequests; ++i) {
                auto result = client.Get(i % 2 ? "/healthz" : "/v1/search?q=refund");
                answered += result && result->status == 200 ? 1 : 0;
            }
            return answered;
        }));
    }
    int answered = 0;
    for (auto& client : clients) answered += client.get();
    CHECK(answered == kClients * kRequests);
    check_answered_promptly(server);
}

TEST_CASE("past max_queued waiting requests a new one gets 503 at once, without a worker", "[server][hostile]") {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> holding{0};
    api::Route hold{"GET", "/test/hold", api::Scope::public_,
                    [&holding, released](const api::RequestContext&, api::Services&, const httplib::Request&, httplib::Response& res) {
                        ++holding;
                        released.wait_for(10s);
                        api::send_json(res, {{"held", true}});
                    }};
    api::ServerOptions options = quiet_options();
    options.max_queued = 1;
    test::RunningServer server(options, {hold}, {}, 2);
    std::vector<std::future<int>> holders;
    for (int i = 1; i <= 2; ++i) {  // one at a time: two at once could meet the bound themselves
        holders.push_back(std::async(std::launch::async, [&server] {
            auto client = server.client();
            client.set_read_timeout(15);
            auto result = client.Get("/test/hold");
            return result ? result->status : 0;
        }));
        for (int wait = 0; wait < 200 && holding < i; ++wait) std::this_thread::sleep_for(10ms);
    }
    REQUIRE(holding == 2);  // both workers busy
    RawClient queued(server.port());
    queued.send(kHealthz);
    std::this_thread::sleep_for(100ms);  // admitted: the one waiting place is taken
    RawClient refused(server.port());
    const auto start = std::chrono::steady_clock::now();
    refused.send(kHealthz);
    const std::string reply = refused.read(2s);
    CHECK(std::chrono::steady_clock::now() - start < 2s);
    CHECK(reply.rfind("HTTP/1.1 503", 0) == 0);
    CHECK(reply.find("\r\nRetry-After: 1\r\n") != std::string::npos);
    release.set_value();
    CHECK(queued.read(5s, "}").rfind("HTTP/1.1 200", 0) == 0);
    for (auto& holder : holders) CHECK(holder.get() == 200);
    check_answered_promptly(server);
}
