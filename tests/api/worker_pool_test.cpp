// Proves api/worker_pool: tasks run on the workers, a full queue refuses at once, and
// shutdown joins the workers and drops what still waits.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>

#include "api/worker_pool.h"

using namespace helpdex::api;
using namespace std::chrono_literals;

TEST_CASE("every submitted task runs on a worker", "[api][worker_pool]") {
    WorkerPool pool(2, 100);
    std::atomic<int> ran{0};
    for (int i = 0; i < 50; ++i) REQUIRE(pool.try_submit([&ran] { ++ran; }));
    for (int i = 0; i < 500 && ran < 50; ++i) std::this_thread::sleep_for(2ms);
    CHECK(ran == 50);
}

TEST_CASE("past max_queued waiting tasks a task is refused at once", "[api][worker_pool]") {
    WorkerPool pool(2, 3);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> busy{0};
    for (int i = 0; i < 2; ++i) {
        REQUIRE(pool.try_submit([&busy, released] {
            ++busy;
            released.wait_for(5s);
        }));
    }
    for (int i = 0; i < 500 && busy < 2; ++i) std::this_thread::sleep_for(2ms);
    REQUIRE(busy == 2);
    for (int i = 0; i < 3; ++i) CHECK(pool.try_submit([] {}));
    CHECK(pool.waiting() == 3);
    CHECK_FALSE(pool.try_submit([] {}));
    release.set_value();
    for (int i = 0; i < 500 && pool.waiting() > 0; ++i) std::this_thread::sleep_for(2ms);
    CHECK(pool.try_submit([] {}));
}

TEST_CASE("shutdown joins the workers and destroys waiting tasks unrun", "[api][worker_pool]") {
    WorkerPool pool(2, 10);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> busy{0};
    for (int i = 0; i < 2; ++i) REQUIRE(pool.try_submit([&busy, released] { ++busy; released.wait_for(5s); }));
    for (int i = 0; i < 500 && busy < 2; ++i) std::this_thread::sleep_for(2ms);
    auto token = std::make_shared<int>(0);
    std::weak_ptr<int> watch = token;
    bool ran = false;
    REQUIRE(pool.try_submit([token, &ran] { ran = true; }));
    token.reset();
    auto stopping = std::async(std::launch::async, [&pool] { pool.shutdown(); });
    // The workers are still busy, so only shutdown can empty the queue.
    for (int i = 0; i < 500 && pool.waiting() > 0; ++i) std::this_thread::sleep_for(2ms);
    release.set_value();
    stopping.get();
    CHECK_FALSE(ran);
    CHECK(watch.expired());
    CHECK_FALSE(pool.try_submit([] {}));
    pool.shutdown();  // again: nothing to do
}
