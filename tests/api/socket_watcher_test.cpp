// Proves api/socket_watcher over socketpairs: a readable socket runs its readable callback,
// a silent one its expired callback near its deadline, and shutdown drops the rest unrun.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <memory>

#include "api/socket_watcher.h"

using namespace helpdex::api;
using namespace std::chrono_literals;

namespace {

struct SocketPair {
    SocketPair() { REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0); }
    ~SocketPair() {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    int fds[2];
};

bool eventually(const std::function<bool()>& done) {
    for (int i = 0; i < 1000; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(2ms);
    }
    return done();
}

}  // namespace

TEST_CASE("bytes arriving run the readable callback, once", "[api][socket_watcher]") {
    SocketWatcher watcher;
    SocketPair pair;
    std::atomic<int> readable{0}, expired{0};
    REQUIRE(watcher.watch(pair.fds[0], Clock::now() + 5s, [&] { ++readable; }, [&] { ++expired; }));
    CHECK(watcher.watched() == 1);
    REQUIRE(::write(pair.fds[1], "x", 1) == 1);
    CHECK(eventually([&] { return readable == 1; }));
    std::this_thread::sleep_for(50ms);
    CHECK(readable == 1);
    CHECK(expired == 0);
    CHECK(watcher.watched() == 0);
}

TEST_CASE("a silent socket expires at its deadline", "[api][socket_watcher]") {
    SocketWatcher watcher;
    SocketPair pair;
    std::atomic<int> readable{0}, expired{0};
    const auto start = Clock::now();
    std::atomic<long long> expired_after_ms{0};
    REQUIRE(watcher.watch(pair.fds[0], start + 150ms, [&] { ++readable; }, [&] {
        expired_after_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
        ++expired;
    }));
    CHECK(eventually([&] { return expired == 1; }));
    CHECK(readable == 0);
    CHECK(expired_after_ms >= 150);
}

TEST_CASE("shutdown destroys pending callbacks unrun and refuses new watches", "[api][socket_watcher]") {
    SocketWatcher watcher;
    SocketPair pair;
    auto token = std::make_shared<int>(0);
    std::weak_ptr<int> alive = token;
    std::atomic<int> ran{0};
    REQUIRE(watcher.watch(pair.fds[0], Clock::now() + 60s, [token, &ran] { ++ran; }, [token, &ran] { ++ran; }));
    token.reset();
    watcher.shutdown();
    CHECK(alive.expired());
    CHECK(ran == 0);
    CHECK_FALSE(watcher.watch(pair.fds[0], Clock::now() + 1s, [] {}, [] {}));
}
