// Token buckets.
#include "api/access/rate_limiter.h"

#include <algorithm>

namespace helpdex::api::access {

RateLimiter::RateLimiter(RateLimit standard) : standard_(standard) {}

double RateLimiter::take(std::string_view who, const std::optional<RateLimit>& own, Clock::time_point now) {
    const RateLimit limit = own.value_or(standard_);
    if (limit.per_second <= 0) return 0;
    std::lock_guard lock(mutex_);
    auto [it, fresh] = buckets_.try_emplace(std::string(who), Bucket{limit.burst, now});
    Bucket& bucket = it->second;
    if (!fresh) {
        const double elapsed = std::chrono::duration<double>(now - bucket.filled).count();
        bucket.tokens = std::min(limit.burst, bucket.tokens + std::max(0.0, elapsed) * limit.per_second);
        bucket.filled = std::max(bucket.filled, now);
    }
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return (1 - bucket.tokens) / limit.per_second;
}

}  // namespace helpdex::api::access
