// Reindexing from the server: an editor's POST /v1/admin/reindex starts a job that builds a
// new generation of the server's corpus beside the live one and swaps it in; GET
// /v1/admin/jobs/{id} follows it. One job at a time; requests in flight finish on the
// generation they started with.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "indexer/diagnostics.h"
#include "api/request_parsing.h"
#include "indexer/index_writer.h"
#include "search/generation.h"

namespace helpdex::api {

struct ReindexJob {
    enum class State { running, succeeded, failed };
    // validating → indexing → swapping → done (or failed at any of them).
    enum class Phase { validating, indexing, swapping, done };

    std::string id;
    State state = State::running;
    Phase phase = Phase::validating;
    bool strict = false;
    bool full = false;
    size_t documents_done = 0, documents_total = 0;
    std::chrono::system_clock::time_point started, finished;  // finished: once not running
    std::vector<indexer::Diagnostic> diagnostics;             // once validated
    std::optional<indexer::IndexSummary> summary;             // once written
    std::string error;                                        // why it failed
};

std::string_view state_name(ReindexJob::State state);
std::string_view phase_name(ReindexJob::Phase phase);

// Called on the job's thread, without any lock held, as a job enters each phase and when it
// finishes (the server logs it; a test may hold a job in a phase).
using ReindexObserver = std::function<void(const ReindexJob&)>;

class ReindexJobs {
public:
    // Reindexes `corpus_dir` into the live index's directory, with the options the served
    // generation was written with (field weights, shards).
    ReindexJobs(std::filesystem::path corpus_dir, std::shared_ptr<LiveIndex> index, ReindexObserver observer = {});
    ~ReindexJobs();  // waits for a running job: its generation is either swapped in or removed
    ReindexJobs(const ReindexJobs&) = delete;
    ReindexJobs& operator=(const ReindexJobs&) = delete;

    // Starts a job and returns it as it starts. Throws ApiError 409 naming the running job
    // ("job" in the error body) when one runs.
    ReindexJob start(const ReindexRequest& request);
    // The job as it is now: running, or finished (the last kKeptJobs are kept).
    std::optional<ReindexJob> find(std::string_view id) const;

    const std::filesystem::path& corpus() const { return corpus_dir_; }

    static constexpr size_t kKeptJobs = 50;

private:
    void run(const std::string& id, const ReindexRequest& request);
    template <typename Change>
    void update(const std::string& id, Change change);
    void announce(const std::string& id) const;  // the observer, with the job as it is now

    std::filesystem::path corpus_dir_;
    std::shared_ptr<LiveIndex> index_;
    ReindexObserver observer_;
    mutable std::mutex mutex_;
    std::map<std::string, ReindexJob, std::less<>> jobs_;
    std::deque<std::string> order_;  // job ids, oldest first
    std::string running_;            // the running job's id; empty: none
    size_t started_count_ = 0;
    std::thread worker_;
};

}  // namespace helpdex::api
