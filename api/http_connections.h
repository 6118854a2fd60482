// cpp-httplib's Server with the connections handled here, so that slow or hostile clients
// cannot hold its worker threads: requests are read without blocking and handed to a
// worker only once they have arrived, idle keep-alive connections wait in one watcher
// thread, and open connections and waiting requests are capped (503 past the caps).
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include <httplib.h>

#include "api/deadline_stream.h"
#include "api/socket_watcher.h"
#include "api/worker_pool.h"

namespace helpdex::api {

struct ConnectionLimits {
    size_t threads = 16;                  // workers running cpp-httplib's request handling
    size_t max_connections = 1024;        // open connections, idle keep-alive ones included
    size_t max_queued = 256;              // arrived requests waiting for a worker
    size_t keep_alive_max_count = 1000;   // requests per connection
    std::chrono::milliseconds keep_alive_timeout{5000};  // an idle connection is closed after this
    StreamLimits stream;                  // header, request and write deadlines; body cap
    std::shared_ptr<const TlsContext> tls;  // set: every connection speaks HTTPS
};

// Called, from any thread, for each answer the connection layer writes itself (503 past a
// cap, 408 when a request is overdue); returns the X-Request-Id to send, and may log it.
using UnroutedAnswerHook = std::function<std::string(int status)>;

// Serves once: after listen ends (stop()), every connection is closed and every thread
// joined, and the object cannot listen again. Routes and handlers are set as on any
// httplib::Server; keep-alive and timeout settings of the base class are not used.
class GuardedHttpServer : public httplib::Server {
public:
    GuardedHttpServer(ConnectionLimits limits, UnroutedAnswerHook on_unrouted);
    ~GuardedHttpServer() override;

    size_t open_connections() const { return open_; }
    size_t queued_requests() const { return workers_.waiting(); }
    // cpp-httplib listens with a backlog of 5: a burst of connects overflows it and the
    // kernel drops their handshakes, to be retried a second or more later. Call after bind.
    void widen_listen_backlog();
    // Closes every connection and joins the workers and the watcher. Idempotent and
    // thread-safe (a second caller waits for the first); called when the accept loop ends.
    void close_connections();

private:
    struct Connection;
    struct ClosingSocket;
    using ConnectionPtr = std::shared_ptr<Connection>;

    // cpp-httplib calls this on its accepting thread for each new socket (our task queue
    // runs it inline): admission, not serving.
    bool process_and_close_socket(socket_t sock) override;
    void serve(const ConnectionPtr& connection);
    bool answer(Connection& connection);
    void await_bytes(const ConnectionPtr& connection);
    void time_out(Connection& connection);
    // Answers `status` (as far as the connection can) and closes gently.
    void refuse(int fd, int status);
    void refuse(Connection& connection, int status);
    void linger(int fd);
    void drain(std::shared_ptr<ClosingSocket> socket, Clock::time_point deadline);

    ConnectionLimits limits_;
    UnroutedAnswerHook on_unrouted_;
    int stop_fd_;  // an eventfd, readable once stopping: wakes every waiting stream
    std::atomic<size_t> open_{0};
    std::once_flag closed_;
    WorkerPool workers_;
    SocketWatcher watcher_;
};

}  // namespace helpdex::api
