// inotify, a poll loop and a debounce.
#include "api/corpus_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace helpdex::api {

namespace {

constexpr uint32_t kChanges = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;

bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

bool is_scratch_file(const std::string& name) {
    return name.empty() || name[0] == '.' || ends_with(name, "~") || ends_with(name, ".swp") || ends_with(name, ".swx");
}

CorpusWatcher::CorpusWatcher(std::filesystem::path root, std::chrono::milliseconds debounce, OnChange on_change,
                             std::filesystem::path ignored)
    : root_(std::move(root)), ignored_(std::move(ignored)), debounce_(debounce), on_change_(std::move(on_change)) {
    inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    stop_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (inotify_fd_ < 0 || stop_fd_ < 0) {
        const std::string why = std::strerror(errno);
        if (inotify_fd_ >= 0) ::close(inotify_fd_);
        if (stop_fd_ >= 0) ::close(stop_fd_);
        throw std::runtime_error("cannot watch " + root_.string() + ": " + why);
    }
    watch_tree(root_);
    thread_ = std::thread([this] { run(); });
}

CorpusWatcher::~CorpusWatcher() {
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t written = ::write(stop_fd_, &one, sizeof one);
    thread_.join();
    ::close(inotify_fd_);
    ::close(stop_fd_);
}

void CorpusWatcher::watch_tree(const std::filesystem::path& folder) {
    std::error_code error;
    if (!ignored_.empty() && std::filesystem::equivalent(folder, ignored_, error)) return;
    const int wd = ::inotify_add_watch(inotify_fd_, folder.c_str(), kChanges | IN_ONLYDIR);
    if (wd < 0) return;  // gone already, or not a folder: nothing to watch
    folders_[wd] = folder;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.is_directory(error) && !is_scratch_file(entry.path().filename().string())) watch_tree(entry.path());
    }
}

bool CorpusWatcher::read_events() {
    alignas(inotify_event) char buffer[16384];
    bool changed = false;
    for (;;) {
        const ssize_t size = ::read(inotify_fd_, buffer, sizeof buffer);
        if (size <= 0) return changed;  // EAGAIN: read them all
        for (ssize_t at = 0; at < size;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            const auto folder = folders_.find(event->wd);
            if (event->mask & IN_IGNORED) {
                if (folder != folders_.end()) folders_.erase(folder);
                continue;
            }
            const std::string name = event->len ? event->name : "";
            if (event->mask & IN_Q_OVERFLOW) changed = true;  // events were lost: assume a change
            if (folder == folders_.end() || (event->len && is_scratch_file(name))) continue;
            if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && (event->mask & IN_ISDIR)) watch_tree(folder->second / name);
            changed = true;
        }
    }
}

void CorpusWatcher::run() {
    using Clock = std::chrono::steady_clock;
    bool pending = false;
    Clock::time_point last_change;
    for (;;) {
        int timeout = -1;
        if (pending) {
            const auto due = last_change + debounce_ - Clock::now();
            timeout = static_cast<int>(std::max<long long>(0, std::chrono::ceil<std::chrono::milliseconds>(due).count()));
        }
        pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
        if (::poll(fds, 2, timeout) < 0 && errno != EINTR) return;
        if (fds[1].revents) return;
        if ((fds[0].revents & POLLIN) && read_events()) {
            pending = true;
            last_change = Clock::now();
        }
        if (pending && Clock::now() - last_change >= debounce_) {
            if (on_change_()) pending = false;
            else last_change = Clock::now();  // busy: ask again after another interval
        }
    }
}

}  // namespace helpdex::api
