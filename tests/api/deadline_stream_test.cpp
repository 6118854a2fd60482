// Proves api/deadline_stream over a socketpair, no server: requests are gathered without
// blocking, reads and writes give up at their deadline, a refused body is never delivered,
// and pipelined bytes survive the request before them.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "api/deadline_stream.h"

using namespace helpdex::api;
using namespace std::chrono_literals;

namespace {

// Both ends of a connected pair; `server` is what the stream reads.
struct SocketPair {
    SocketPair() { REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0); }
    ~SocketPair() {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    int server() const { return fds[0]; }
    void send(const std::string& text) const { REQUIRE(::write(fds[1], text.data(), text.size()) == ssize_t(text.size())); }
    int fds[2];
};

StreamLimits small_limits() {
    StreamLimits limits;
    limits.header_timeout = 100ms;
    limits.request_timeout = 200ms;
    limits.write_timeout = 100ms;
    limits.max_body_bytes = 1024;
    return limits;
}

std::string read_all(DeadlineStream& stream, size_t count) {
    std::string out(count, '\0');
    size_t got = 0;
    while (got < count) {
        const ssize_t n = stream.read(out.data() + got, count - got);
        if (n <= 0) break;
        got += static_cast<size_t>(n);
    }
    out.resize(got);
    return out;
}

}  // namespace

TEST_CASE("a request is ready only once its head and its Content-Length body arrived", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    CHECK(stream.fill_available() == Arrival::waiting);
    pair.send("POST /x HTTP/1.1\r\nContent-Length: 5\r\n");
    CHECK(stream.fill_available() == Arrival::waiting);
    pair.send("\r\nab");
    CHECK(stream.fill_available() == Arrival::waiting);
    pair.send("cde");
    CHECK(stream.fill_available() == Arrival::ready);
    CHECK_FALSE(stream.body_refused());
}

TEST_CASE("the wait deadline is the header deadline, then the request deadline", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    const auto start = Clock::now();
    stream.begin_request(start);
    CHECK(stream.wait_deadline() == start + 100ms);
    pair.send("POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\n");
    CHECK(stream.fill_available() == Arrival::waiting);
    CHECK(stream.wait_deadline() == start + 200ms);
}

TEST_CASE("a read gives up at the request deadline instead of waiting for the peer", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    const auto start = Clock::now();
    char byte;
    CHECK(stream.read(&byte, 1) < 0);
    CHECK(stream.failed());
    const auto waited = Clock::now() - start;
    CHECK(waited >= 150ms);
    CHECK(waited < 2s);
}

TEST_CASE("a declared body over max_body_bytes is refused after the head, at once", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    const std::string head = "POST /x HTTP/1.1\r\nContent-Length: 10485760\r\n\r\n";
    pair.send(head + "0123456789");
    REQUIRE(stream.fill_available() == Arrival::ready);
    CHECK(stream.body_refused());
    CHECK(read_all(stream, 4096) == head);
    const auto start = Clock::now();
    char buffer[64];
    CHECK(stream.read(buffer, sizeof buffer) == 0);
    CHECK(Clock::now() - start < 50ms);
}

TEST_CASE("pipelined requests are kept; an unread body is skipped", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    pair.send("GET /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nxyzGET /b HTTP/1.1\r\n\r\n");
    REQUIRE(stream.fill_available() == Arrival::ready);
    CHECK(read_all(stream, 10) == "GET /a HTT");
    stream.finish_request();
    REQUIRE(stream.has_unread());
    REQUIRE(stream.fill_available() == Arrival::ready);
    CHECK(read_all(stream, 20) == "GET /b HTTP/1.1\r\n\r\n");
}

TEST_CASE("a head longer than max_head_bytes closes the connection", "[api][deadline_stream]") {
    SocketPair pair;
    StreamLimits limits = small_limits();
    limits.max_head_bytes = 100;
    DeadlineStream stream(pair.server(), -1, limits);
    pair.send("GET / HTTP/1.1\r\nX-Long: " + std::string(200, 'a'));
    CHECK(stream.fill_available() == Arrival::closed);
}

TEST_CASE("the peer closing is closed, not waiting", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    ::shutdown(pair.fds[1], SHUT_WR);
    CHECK(stream.fill_available() == Arrival::closed);
}

TEST_CASE("a write to a peer that never reads gives up at the write deadline", "[api][deadline_stream]") {
    SocketPair pair;
    DeadlineStream stream(pair.server(), -1, small_limits());
    const std::string chunk(1 << 20, 'x');
    const auto start = Clock::now();
    ssize_t result = 0;
    for (int i = 0; i < 64 && result >= 0; ++i) result = stream.write(chunk.data(), chunk.size());
    CHECK(result < 0);
    CHECK(stream.failed());
    CHECK(Clock::now() - start < 2s);
}
