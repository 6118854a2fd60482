// bench_bare_http: the HTTP floor of the performance bench. A bare cpp-httplib server set up
// like helpdex's (TCP_NODELAY, keep-alive, timeouts, thread pool) answering the API's two
// query routes with a small fixed JSON body, so wrk measures HTTP alone.
#include <sys/socket.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>
#include <httplib.h>

namespace {

struct BareOptions {
    std::string host = "127.0.0.1";
    int port = 0;         // 0: any free port
    size_t threads = 16;  // as `helpdex serve --threads`
};

constexpr const char* kSuggestBody =
    R"({"inquiry":{"language":"en","category":null},"solutions":[],"similar_issues":[],"escalation":null})";
constexpr const char* kSearchBody = R"({"total":0,"query_language":"en","results":[],"facets":{}})";
constexpr const char* kJsonType = "application/json; charset=utf-8";

// Only SO_REUSEADDR, as helpdex: cpp-httplib's default SO_REUSEPORT would let two servers share a port.
void exclusive_socket_options(int socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

// The same knobs api/server.cpp turns, so the only difference left is the work per request.
void configure(httplib::Server& http, size_t threads) {
    http.set_tcp_nodelay(true);
    http.set_socket_options(exclusive_socket_options);
    http.set_payload_max_length(64 * 1024);
    http.set_keep_alive_max_count(1000);
    http.set_keep_alive_timeout(5);
    http.set_read_timeout(10, 0);
    http.set_write_timeout(10, 0);
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.Post("/v1/suggest", [](const httplib::Request&, httplib::Response& res) { res.set_content(kSuggestBody, kJsonType); });
    http.Get("/v1/search", [](const httplib::Request&, httplib::Response& res) { res.set_content(kSearchBody, kJsonType); });
    http.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content(R"({"status":"ok"})", kJsonType); });
}

int serve(const BareOptions& options) {
    // Block the stop signals everywhere; one thread waits for them and stops the server.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    httplib::Server http;
    configure(http, options.threads);
    const int port = options.port == 0 ? http.bind_to_any_port(options.host)
                                       : (http.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) {
        std::cerr << "bench_bare_http: cannot listen on " << options.host << ":" << options.port << "\n";
        return 1;
    }
    std::cout << "listening on http://" << options.host << ":" << port << std::endl;
    std::thread waiter([&http, signals] {
        int received = 0;
        sigwait(&signals, &received);
        http.stop();
    });
    const bool served = http.listen_after_bind();
    if (!served) pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return served ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"The HTTP floor: a bare cpp-httplib server answering /v1/suggest and /v1/search with fixed JSON"};
    BareOptions options;
    app.add_option("--host", options.host, "listen address")->capture_default_str();
    app.add_option("--port", options.port, "port (0: any free port, printed)")->capture_default_str()->check(CLI::Range(0, 65535));
    app.add_option("--threads", options.threads, "worker threads, as helpdex serve --threads")->capture_default_str()->check(CLI::Range(2, 1024));
    CLI11_PARSE(app, argc, argv);
    return serve(options);
}
