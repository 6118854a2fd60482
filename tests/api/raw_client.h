// A raw TCP client on 127.0.0.1 for the hostile-client tests: sends exactly the bytes
// given, when given, and reads with a deadline.
#pragma once

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>
#include <string_view>

namespace helpdex::test {

class RawClient {
public:
    explicit RawClient(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        REQUIRE(fd_ >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    }
    ~RawClient() { ::close(fd_); }
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    // False once the server has closed the connection.
    bool send(std::string_view bytes) {
        return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
    }

    // Everything received until the server closes, `until` appears, or `timeout` passes.
    std::string read(std::chrono::milliseconds timeout, std::string_view until = {}) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;) {
            if (!until.empty() && received_.find(until) != std::string::npos) break;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0 || closed_) break;
            pollfd poll_fd{fd_, POLLIN, 0};
            if (::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) continue;
            receive();
        }
        return received_;
    }

    // Whether the server has closed the connection, reading what is there without waiting.
    bool closed() {
        while (!closed_ && receive() > 0) {
        }
        return closed_;
    }

    const std::string& received() const { return received_; }

private:
    ssize_t receive() {
        char buffer[4096];
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0) received_.append(buffer, static_cast<size_t>(n));
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) closed_ = true;
        return n;
    }

    int fd_;
    std::string received_;
    bool closed_ = false;
};

}  // namespace helpdex::test
