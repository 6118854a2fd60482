// The reindex jobs: one worker thread at a time, its progress under a mutex.
#include "api/reindex_jobs.h"

#include <ctime>

#include "api/errors.h"
#include "api/log.h"
#include "indexer/index_folder.h"

namespace helpdex::api {

std::string_view state_name(ReindexJob::State state) {
    switch (state) {
        case ReindexJob::State::running: return "running";
        case ReindexJob::State::succeeded: return "succeeded";
        case ReindexJob::State::failed: return "failed";
    }
    return "failed";
}

std::string_view phase_name(ReindexJob::Phase phase) {
    switch (phase) {
        case ReindexJob::Phase::validating: return "validating";
        case ReindexJob::Phase::indexing: return "indexing";
        case ReindexJob::Phase::swapping: return "swapping";
        case ReindexJob::Phase::done: return "done";
    }
    return "done";
}

ReindexJobs::ReindexJobs(std::filesystem::path corpus_dir, std::shared_ptr<LiveIndex> index, ReindexObserver observer)
    : corpus_dir_(std::move(corpus_dir)), index_(std::move(index)), observer_(std::move(observer)) {}

ReindexJobs::~ReindexJobs() {
    if (worker_.joinable()) worker_.join();
}

ReindexJob ReindexJobs::start(const ReindexRequest& request) {
    std::lock_guard lock(mutex_);
    if (!running_.empty()) {
        throw ApiError(409, "job_running", "reindex job " + running_ + " is running; one job runs at a time").with("job", running_);
    }
    // The previous job's thread has done its work (it cleared running_ last): joining is quick.
    if (worker_.joinable()) worker_.join();
    ReindexJob job;
    // The start time keeps ids unique across restarts, the count within one second.
    job.id = "reindex-" + std::to_string(std::time(nullptr)) + "-" + std::to_string(++started_count_);
    job.strict = request.strict;
    job.full = request.full;
    job.started = std::chrono::system_clock::now();
    jobs_[job.id] = job;
    order_.push_back(job.id);
    while (order_.size() > kKeptJobs) {
        jobs_.erase(order_.front());
        order_.pop_front();
    }
    running_ = job.id;
    worker_ = std::thread([this, id = job.id, request] { run(id, request); });
    return job;
}

std::optional<ReindexJob> ReindexJobs::find(std::string_view id) const {
    std::lock_guard lock(mutex_);
    const auto it = jobs_.find(id);
    if (it == jobs_.end()) return std::nullopt;
    return it->second;
}

template <typename Change>
void ReindexJobs::update(const std::string& id, Change change) {
    std::lock_guard lock(mutex_);
    const auto it = jobs_.find(id);
    if (it != jobs_.end()) change(it->second);
}

void ReindexJobs::announce(const std::string& id) const {
    if (!observer_) return;
    if (const auto job = find(id)) observer_(*job);
}

void ReindexJobs::run(const std::string& id, const ReindexRequest& request) {
    const bool strict = request.strict;
    auto finish = [&](ReindexJob::State state, std::string error) {
        std::optional<ReindexJob> finished;
        {
            std::lock_guard lock(mutex_);
            if (const auto it = jobs_.find(id); it != jobs_.end()) {
                it->second.state = state;
                if (state == ReindexJob::State::succeeded) it->second.phase = ReindexJob::Phase::done;
                it->second.error = std::move(error);
                it->second.finished = std::chrono::system_clock::now();
                finished = it->second;
            }
            running_.clear();  // with the state: a client that sees the job finished may start the next
        }
        if (observer_ && finished) observer_(*finished);
    };
    announce(id);
    try {
        indexer::IndexOptions options = indexer::options_of_manifest(index_->current()->manifest());
        options.full = request.full;
        options.progress = [&](size_t done, size_t total) {
            if (done % 100 != 0 && done != total) return;
            update(id, [&](ReindexJob& job) {
                job.documents_done = done;
                job.documents_total = total;
            });
        };
        const auto validated = [&](const indexer::Diagnostics& diagnostics, size_t) {
            update(id, [&](ReindexJob& job) {
                job.diagnostics = diagnostics.all();
                if (!(strict && diagnostics.has_errors())) job.phase = ReindexJob::Phase::indexing;
            });
            if (!(strict && diagnostics.has_errors())) announce(id);
        };
        // The corpus check runs too, so the job reports what `helpdex check` would.
        const indexer::CheckOptions check;
        const indexer::FolderIndexing result =
            indexer::index_folder(corpus_dir_, index_->directory(), options, strict, validated, &check);
        if (!result.summary) {
            finish(ReindexJob::State::failed, std::to_string(result.diagnostics.error_count()) +
                                                  " error(s) in the corpus (strict): the live index was not changed");
            return;
        }
        update(id, [&](ReindexJob& job) {
            job.summary = result.summary;
            job.phase = ReindexJob::Phase::swapping;
        });
        announce(id);
        index_->refresh();  // now, rather than at the reload loop's next look
        finish(ReindexJob::State::succeeded, "");
    } catch (const std::exception& e) {
        finish(ReindexJob::State::failed, e.what());
    }
}

}  // namespace helpdex::api
