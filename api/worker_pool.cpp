// The bounded worker pool.
#include "api/worker_pool.h"

namespace helpdex::api {

WorkerPool::WorkerPool(size_t threads, size_t max_queued) : max_queued_(max_queued) {
    threads_.reserve(threads);
    for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
    shutdown();
}

bool WorkerPool::try_submit(std::function<void()> task) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || tasks_.size() >= max_queued_) return false;
        tasks_.push_back(std::move(task));
    }
    wake_.notify_one();
    return true;
}

void WorkerPool::shutdown() {
    std::deque<std::function<void()>> unrun;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        unrun.swap(tasks_);
    }
    wake_.notify_all();
    for (std::thread& thread : threads_) {
        if (thread.joinable()) thread.join();
    }
    // Destroyed here, outside the lock: a task's captures may close sockets.
    unrun.clear();
}

size_t WorkerPool::waiting() const {
    std::lock_guard lock(mutex_);
    return tasks_.size();
}

void WorkerPool::work() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
            if (stopping_) return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        task();
    }
}

}  // namespace helpdex::api
