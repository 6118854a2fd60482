// Proves api/access/rate_limiter: bursts, refill, the wait it reports, per-key buckets.
#include <catch2/catch.hpp>

#include "api/access/rate_limiter.h"

using namespace helpdex::api::access;
using Clock = RateLimiter::Clock;
using std::chrono::milliseconds;

TEST_CASE("a key may burst, then waits for tokens to flow back", "[api][access][rate]") {
    RateLimiter limiter({2, 3});  // 2 per second, bursts of 3
    const Clock::time_point t0 = Clock::now();
    for (int i = 0; i < 3; ++i) REQUIRE(limiter.take("ticket-system", std::nullopt, t0) == 0);
    const double wait = limiter.take("ticket-system", std::nullopt, t0);
    CHECK(wait == Approx(0.5));  // one token at 2 per second
    CHECK(limiter.take("ticket-system", std::nullopt, t0 + milliseconds(400)) > 0);
    CHECK(limiter.take("ticket-system", std::nullopt, t0 + milliseconds(500)) == 0);
    // A long pause refills to the burst, no further.
    const Clock::time_point later = t0 + std::chrono::seconds(60);
    for (int i = 0; i < 3; ++i) REQUIRE(limiter.take("ticket-system", std::nullopt, later) == 0);
    CHECK(limiter.take("ticket-system", std::nullopt, later) > 0);
}

TEST_CASE("each key has its own bucket, and its own rate when it has one", "[api][access][rate]") {
    RateLimiter limiter({1, 1});
    const Clock::time_point t0 = Clock::now();
    CHECK(limiter.take("a", std::nullopt, t0) == 0);
    CHECK(limiter.take("a", std::nullopt, t0) == Approx(1.0));
    CHECK(limiter.take("b", std::nullopt, t0) == 0);
    const RateLimit generous{100, 50};
    for (int i = 0; i < 50; ++i) REQUIRE(limiter.take("c", generous, t0) == 0);
    CHECK(limiter.take("c", generous, t0) == Approx(0.01));
}

TEST_CASE("a rate of 0 never limits", "[api][access][rate]") {
    RateLimiter limiter;
    const Clock::time_point t0 = Clock::now();
    for (int i = 0; i < 10000; ++i) REQUIRE(limiter.take("k", std::nullopt, t0) == 0);
}

TEST_CASE("a clock read out of order never adds tokens", "[api][access][rate]") {
    RateLimiter limiter({1, 1});
    const Clock::time_point t0 = Clock::now();
    CHECK(limiter.take("k", std::nullopt, t0) == 0);
    CHECK(limiter.take("k", std::nullopt, t0 - std::chrono::seconds(5)) > 0);
    CHECK(limiter.take("k", std::nullopt, t0) > 0);
}
