// One thread that watches sockets waiting for bytes (idle keep-alive connections, requests
// still arriving, refused ones draining) so that none of them holds a worker thread.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "api/deadline_stream.h"

namespace helpdex::api {

class SocketWatcher {
public:
    // Throws std::system_error when epoll or eventfd cannot be created.
    SocketWatcher();
    ~SocketWatcher();  // shutdown()
    SocketWatcher(const SocketWatcher&) = delete;
    SocketWatcher& operator=(const SocketWatcher&) = delete;

    // Watches `fd` once: `readable` runs when it has bytes (or EOF, or an error), `expired`
    // when `deadline` passes first; both on the watcher's thread, and must be quick (hand
    // work to a pool). The fd must stay open until one of them ran or the pair is
    // destroyed, so callbacks usually own it. False after shutdown(): both are destroyed
    // unrun. Thread-safe, callable from the callbacks.
    bool watch(int fd, Clock::time_point deadline, std::function<void()> readable, std::function<void()> expired);
    // Stops the thread and destroys every pending pair unrun. Idempotent.
    void shutdown();
    size_t watched() const;

private:
    struct Entry {
        int fd = -1;
        Clock::time_point deadline;
        std::function<void()> readable, expired;
    };
    void run();
    int wait_ms() const;
    void fire_readable(uint64_t id);
    void fire_expired(Clock::time_point now);

    int epoll_fd_ = -1;
    int wake_fd_ = -1;
    mutable std::mutex mutex_;
    std::unordered_map<uint64_t, Entry> entries_;  // by id: an fd number can be reused
    uint64_t next_id_ = 1;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace helpdex::api
