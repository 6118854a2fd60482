// The HTTP service: routes, per-thread search engines, error handling, index reloads.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "api/config.h"
#include "search/generation.h"

namespace httplib { class Server; }

namespace helpdex::api {

class Server {
public:
    Server(std::shared_ptr<LiveIndex> index, ServerOptions options);
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
    void install_routes();
    void reload_loop();

    std::shared_ptr<LiveIndex> index_;
    ServerOptions options_;
    std::unique_ptr<httplib::Server> http_;
    std::atomic<bool> stopping_{false};
    std::mutex reload_mutex_;
    std::condition_variable reload_wake_;
    std::thread reloader_;
};

}  // namespace helpdex::api
