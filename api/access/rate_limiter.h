// Per-key rate limits: a token bucket for each key name, refilled continuously.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "api/access/api_keys.h"

namespace helpdex::api::access {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    // `standard` applies to keys without a rate of their own; per_second 0: no limit.
    explicit RateLimiter(RateLimit standard = {});

    // Takes a token from the bucket of `who` (a key's name) under `own`, or the standard
    // limit. Returns 0 when the request may go on, else the seconds until a token will be
    // there (for Retry-After). Thread-safe.
    double take(std::string_view who, const std::optional<RateLimit>& own, Clock::time_point now = Clock::now());

private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point filled;
    };

    RateLimit standard_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;  // one per key name: bounded by the keys
};

}  // namespace helpdex::api::access
