// A `xapian-tcpsrv` child process serving one database on a free loopback port, for tests
// of remote shards; killed (its whole process group) and reaped when the object dies.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace helpdex::test {

// The xapian-tcpsrv on PATH, or an empty path (the caller fails the test naming the package).
std::filesystem::path find_xapian_tcpsrv();

class XapianTcpServer {
public:
    // Starts `tcpsrv` serving `database` on 127.0.0.1 and waits, at most a few seconds,
    // until it accepts connections. Throws std::runtime_error when it exits or never
    // listens (after a few attempts on other ports, in case another process took one).
    XapianTcpServer(const std::filesystem::path& tcpsrv, const std::filesystem::path& database);
    ~XapianTcpServer();
    XapianTcpServer(const XapianTcpServer&) = delete;
    XapianTcpServer& operator=(const XapianTcpServer&) = delete;

    unsigned port() const { return port_; }
    std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

private:
    bool start(const std::filesystem::path& tcpsrv, const std::filesystem::path& database);
    void stop();

    pid_t pid_ = -1;
    unsigned port_ = 0;
};

}  // namespace helpdex::test
