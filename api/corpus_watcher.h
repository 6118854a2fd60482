// `helpdex serve --watch`: notices files changing in the corpus folder (inotify) and, once
// the changes have settled for a debounce interval, asks for a reindex — for editors who
// want each save live without a request.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>
#include <unordered_map>

namespace helpdex::api {

class CorpusWatcher {
public:
    // Called on the watcher's thread once changes have settled. Returns true when the change
    // was taken care of (a reindex started), false to be asked again after another interval
    // (a reindex is still running).
    using OnChange = std::function<bool()>;

    // Watches `root` and every folder below it (folders created later too), except `ignored`
    // (the index, should it live inside the corpus) and hidden or editor backup files
    // (".name", "name~", "*.swp"). Throws std::runtime_error when inotify cannot be set up.
    CorpusWatcher(std::filesystem::path root, std::chrono::milliseconds debounce, OnChange on_change,
                  std::filesystem::path ignored = {});
    ~CorpusWatcher();  // stops and joins
    CorpusWatcher(const CorpusWatcher&) = delete;
    CorpusWatcher& operator=(const CorpusWatcher&) = delete;

private:
    void run();
    void watch_tree(const std::filesystem::path& folder);
    bool read_events();  // whether any event was a change worth a reindex

    std::filesystem::path root_, ignored_;
    std::chrono::milliseconds debounce_;
    OnChange on_change_;
    int inotify_fd_ = -1;
    int stop_fd_ = -1;
    std::unordered_map<int, std::filesystem::path> folders_;  // watch descriptor → folder
    std::thread thread_;
};

// Whether a file name is one editors' tools write beside the real file (hidden, "~", swap).
bool is_scratch_file(const std::string& name);

}  // namespace helpdex::api
