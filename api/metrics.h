// What the server has been doing, for Prometheus (GET /metrics): requests by route and
// status, their latency, the load, the index served, reindex jobs and rate-limited calls.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

#include "api/reindex_jobs.h"
#include "search/generation.h"

namespace helpdex::api {

class Metrics {
public:
    // The latency histogram's upper bounds, in seconds.
    static constexpr std::array<double, 12> kLatencyBounds = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                              0.05,   0.1,   0.25,   0.5,   1,     2.5};

    // Load the server reads from its connection layer when metrics are rendered.
    struct Load {
        size_t open_connections = 0;
        size_t queued_requests = 0;  // arrived, waiting for a worker
    };
    void watch_load(std::function<Load()> load);

    // Counts one answered request; `route` empty for one no route matched, latency < 0 when
    // unknown (it is then left out of the histogram). Thread-safe, as is everything here.
    void count_request(std::string_view route, std::string_view method, int status, double seconds);
    // Brackets a routed request: requests in flight between the two.
    void request_started();
    void request_ended();
    void count_rate_limited(std::string_view key_name);
    // Called as a reindex job moves on: counts finished jobs by result, with their duration.
    void reindex_moved(const ReindexJob& job);

    // The Prometheus text exposition format (version 0.0.4), the served generation's figures
    // read from its manifest.
    std::string render(const Generation& served) const;

private:
    struct Latency {
        std::array<unsigned long long, kLatencyBounds.size()> buckets{};  // not cumulative
        unsigned long long count = 0;
        double sum = 0;
    };

    mutable std::mutex mutex_;
    std::function<Load()> load_;
    std::map<std::tuple<std::string, std::string, int>, unsigned long long> requests_;  // route, method, status
    std::map<std::string, Latency> latency_;                                            // by route
    long long in_flight_ = 0;
    std::map<std::string, unsigned long long> rate_limited_;  // by key name
    std::map<std::string, unsigned long long> reindex_jobs_;  // by result
    bool reindex_running_ = false;
    double reindex_seconds_sum_ = 0;
    double reindex_last_seconds_ = 0;
};

}  // namespace helpdex::api
