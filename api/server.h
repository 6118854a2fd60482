// The HTTP server: cpp-httplib set up safely behind the guarded connection layer, the
// route table behind the guard, request ids, JSON bodies for every error, and index reloads.
#pragma once

#include <atomic>
#include <condition_variable>
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

class GuardedHttpServer;

// What a Server runs with besides its options; the defaults are what `helpdex serve` uses.
struct ServerSetup {
    RankingParameters ranking;                // Config::ranking
    std::filesystem::path synonyms;           // the synonyms.yaml to apply and watch; empty: none
    std::filesystem::path corpus;             // what POST /v1/admin/reindex indexes; empty: none
    ReindexObserver reindex_observer;         // called after each reindex log line (tests hold jobs)
    LogSink log_sink = stderr_sink();         // tests capture the log lines here
    std::vector<Route> routes = api_routes(); // tests may add routes (one that fails, say)
};

class Server {
public:
    Server(std::shared_ptr<LiveIndex> index, ServerOptions options, ServerSetup setup = {});
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds the listening socket and returns the port. Throws std::runtime_error when the
    // address is in use (the socket is bound without SO_REUSEPORT, so a second server on
    // the same port fails here instead of silently sharing connections).
    int bind();
    // Serves until stop(). Call bind() first.
    void serve();
    // Stops serving; safe from any thread, and more than once.
    void stop();
    bool is_running() const;

private:
    void install_routes(const std::vector<Route>& routes);
    void install_error_answers();
    void reload_loop();
    void refresh_synonyms();  // re-reads synonyms.yaml when it changed, logging what it found
    std::string answer_unrouted(int status);

    ServerOptions options_;
    Log log_;
    RequestIds request_ids_;
    Services services_;
    std::unique_ptr<GuardedHttpServer> http_;  // joins its threads before log_ goes
    std::atomic<bool> stopping_{false};
    std::mutex reload_mutex_;
    std::condition_variable reload_wake_;
    std::thread reloader_;
};

}  // namespace helpdex::api
