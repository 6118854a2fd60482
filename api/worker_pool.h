// A fixed set of worker threads with a bounded queue: past the bound a task is refused at
// once instead of waiting, so an overloaded server can answer 503 without a worker.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace helpdex::api {

class WorkerPool {
public:
    WorkerPool(size_t threads, size_t max_queued);
    ~WorkerPool();  // shutdown()
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Queues `task`; false, and `task` destroyed, when max_queued tasks already wait or
    // after shutdown(). Thread-safe, callable from the workers themselves.
    bool try_submit(std::function<void()> task);
    // Lets running tasks finish, destroys the waiting ones unrun, joins every worker.
    // Idempotent; not from a worker.
    void shutdown();
    size_t waiting() const;

private:
    void work();

    size_t max_queued_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace helpdex::api
