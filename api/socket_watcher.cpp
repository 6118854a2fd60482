// The socket watcher: epoll for readability, a scan for deadlines at least every 100 ms,
// an eventfd to wake it for shutdown.
#include "api/socket_watcher.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <vector>

namespace helpdex::api {

namespace {

constexpr uint64_t kWakeId = 0;        // the eventfd's epoll id; entries count from 1
constexpr int kLongestWaitMs = 100;    // deadlines are noticed at most this late

}  // namespace

SocketWatcher::SocketWatcher() {
    epoll_fd_ = ::epoll_create1(EPOLL_CLOEXEC);
    if (epoll_fd_ < 0) throw std::system_error(errno, std::generic_category(), "epoll_create1");
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wake_fd_ < 0) {
        const int error = errno;
        ::close(epoll_fd_);
        throw std::system_error(error, std::generic_category(), "eventfd");
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = kWakeId;
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, wake_fd_, &event);
    thread_ = std::thread([this] { run(); });
}

SocketWatcher::~SocketWatcher() {
    shutdown();
    ::close(wake_fd_);
    ::close(epoll_fd_);
}

bool SocketWatcher::watch(int fd, Clock::time_point deadline, std::function<void()> readable, std::function<void()> expired) {
    std::lock_guard lock(mutex_);
    if (stopping_) return false;
    const uint64_t id = next_id_++;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLRDHUP;
    event.data.u64 = id;
    if (::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &event) != 0) return false;
    entries_.emplace(id, Entry{fd, deadline, std::move(readable), std::move(expired)});
    return true;
}

void SocketWatcher::shutdown() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    const uint64_t one = 1;
    (void)!::write(wake_fd_, &one, sizeof one);
    if (thread_.joinable()) thread_.join();
    std::unordered_map<uint64_t, Entry> left;
    {
        std::lock_guard lock(mutex_);
        left.swap(entries_);
        for (const auto& [id, entry] : left) ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, entry.fd, nullptr);
    }
    // Destroyed outside the lock: the callbacks' captures close their sockets.
}

size_t SocketWatcher::watched() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

void SocketWatcher::run() {
    epoll_event events[64];
    for (;;) {
        const int n = ::epoll_wait(epoll_fd_, events, 64, wait_ms());
        {
            std::lock_guard lock(mutex_);
            if (stopping_) return;
        }
        for (int i = 0; i < n; ++i) {
            if (events[i].data.u64 != kWakeId) fire_readable(events[i].data.u64);
        }
        fire_expired(Clock::now());
    }
}

int SocketWatcher::wait_ms() const {
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    long long wait = kLongestWaitMs;
    for (const auto& [id, entry] : entries_) {
        const long long left = std::chrono::duration_cast<std::chrono::milliseconds>(entry.deadline - now).count() + 1;
        wait = std::min(wait, std::max(0LL, left));
    }
    return static_cast<int>(wait);
}

void SocketWatcher::fire_readable(uint64_t id) {
    Entry entry;
    {
        std::lock_guard lock(mutex_);
        auto it = entries_.find(id);
        if (it == entries_.end()) return;  // expired in the same round
        ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, it->second.fd, nullptr);
        entry = std::move(it->second);
        entries_.erase(it);
    }
    entry.readable();
}

void SocketWatcher::fire_expired(Clock::time_point now) {
    std::vector<Entry> due;
    {
        std::lock_guard lock(mutex_);
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (it->second.deadline > now) {
                ++it;
                continue;
            }
            ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, it->second.fd, nullptr);
            due.push_back(std::move(it->second));
            it = entries_.erase(it);
        }
    }
    for (Entry& entry : due) entry.expired();
}

}  // namespace helpdex::api
