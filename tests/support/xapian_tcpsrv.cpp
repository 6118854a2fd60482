// Running xapian-tcpsrv for tests: a free port, a bounded wait for readiness, a sure kill.
#include "support/xapian_tcpsrv.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace helpdex::test {

namespace fs = std::filesystem;

namespace {

sockaddr_in loopback(unsigned port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port nothing listens on right now (the kernel's pick for a socket bound to port 0).
unsigned free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!bound) throw std::runtime_error("cannot find a free loopback port");
    return ntohs(address.sin_port);
}

// Whether a Xapian remote server answers on the port: it greets each new connection. The
// greeting is read before closing so that the server's side sees a clean end, not a broken pipe.
bool answers(unsigned port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    const timeval wait{.tv_sec = 1, .tv_usec = 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    const sockaddr_in address = loopback(port);
    char greeting[64];
    const bool greeted = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
                         ::recv(fd, greeting, sizeof greeting, 0) > 0;
    ::close(fd);
    return greeted;
}

}  // namespace

fs::path find_xapian_tcpsrv() {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const fs::path candidate = fs::path(dir.empty() ? "." : dir) / "xapian-tcpsrv";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return {};
}

XapianTcpServer::XapianTcpServer(const fs::path& tcpsrv, const fs::path& database) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (start(tcpsrv, database)) return;
    }
    throw std::runtime_error(tcpsrv.string() + " did not start listening on 127.0.0.1 for " + database.string());
}

XapianTcpServer::~XapianTcpServer() {
    stop();
}

// One try on one free port: true once it listens, false (and reaped) when it exits or does
// not listen within 5 s.
bool XapianTcpServer::start(const fs::path& tcpsrv, const fs::path& database) {
    port_ = free_port();
    const std::string port = std::to_string(port_);
    std::vector<std::string> args = {tcpsrv.string(), "--port", port, "--interface", "127.0.0.1", "--quiet", database.string()};
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group: the children it forks per connection die with it.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int spawned = posix_spawn(&pid_, tcpsrv.c_str(), nullptr, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) {
        pid_ = -1;
        throw std::runtime_error("cannot run " + tcpsrv.string());
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {  // exited: the port was taken, say
            pid_ = -1;
            return false;
        }
        if (answers(port_)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop();
    return false;
}

void XapianTcpServer::stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGTERM);  // the group we made: the server and its connection children
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
}

}  // namespace helpdex::test
