// The HTTP server: cpp-httplib set up safely behind the guarded connection layer, the
// route table behind the guard, request ids, CORS, JSON bodies for every error, and reloads
// of the index, the synonyms and the API keys.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "api/config.h"
#include "api/log.h"
#include "api/request_context.h"
#include "api/routes.h"
#include "api/services.h"
#include "search/generation.h"

namespace helpdex::api {

class CorpusWatcher;
class GuardedHttpServer;

}  // namespace helpdex::api

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace helpdex::api {

// What a Server runs with besides its options; the defaults are what `helpdex serve` uses.
struct ServerSetup {
    RankingParameters ranking;                // Config::ranking
    std::filesystem::path synonyms;           // the synonyms.yaml to apply and watch; empty: none
    std::filesystem::path corpus;             // what POST /v1/admin/reindex indexes; empty: none
    ReindexObserver reindex_observer;         // called after each reindex log line (tests hold jobs)
    LogSink log_sink = stderr_sink();         // tests capture the log lines here
    std::vector<Route> routes = api_routes(); // tests may add routes (one that fails, say)
    // Sees every request and its final response as it is sent (tests record the exchanges
    // to check them against the API contract); empty: nothing.
    std::function<void(const httplib::Request&, const httplib::Response&)> on_response;
};

class Server {
public:
    // Throws std::runtime_error when the API keys cannot be read (each problem named), or
    // the TLS certificate or key cannot be used.
    Server(std::shared_ptr<LiveIndex> index, ServerOptions options, ServerSetup setup = {});
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds the listening socket and returns the port. Throws std::runtime_error when there
    // are no API keys and the host is not a loopback address (unless access.insecure), or
    // when the address is in use (the socket is bound without SO_REUSEPORT, so a second server on
    // the same port fails here instead of silently sharing connections).
    int bind();
    // Serves until stop(). Call bind() first.
    void serve();
    // Stops serving; safe from any thread, and more than once.
    void stop();
    bool is_running() const;
    bool uses_tls() const { return !options_.tls_cert.empty(); }
    // How many API keys are accepted now; 0: every route is open (loopback only).
    size_t key_count() const;

private:
    void install_routes(const std::vector<Route>& routes);
    void install_error_answers();
    void reload_loop();
    void refresh_synonyms();  // re-reads synonyms.yaml when it changed, logging what it found
    void watch_corpus();      // --watch: a reindex job when the corpus's files change
    bool reindex_changed_corpus();
    void load_keys();         // the first read of the API keys: any problem stops the server
    void refresh_keys();      // re-reads the keys file when it changed; a bad one keeps the keys
    void log_unrouted(const httplib::Request& req, const httplib::Response& res);
    std::string answer_unrouted(int status);

    ServerOptions options_;
    Log log_;
    RequestIds request_ids_;
    Services services_;
    std::unique_ptr<GuardedHttpServer> http_;  // joins its threads before log_ goes
    std::unique_ptr<CorpusWatcher> watcher_;   // --watch; stopped before services_ goes
    std::atomic<bool> stopping_{false};
    std::mutex reload_mutex_;
    std::condition_variable reload_wake_;
    std::thread reloader_;
};

}  // namespace helpdex::api
