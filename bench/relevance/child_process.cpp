// Starts helpdex as a child process and always stops it again, even when the bench fails.
#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace relbench {

namespace fs = std::filesystem;

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args) {
    std::vector<std::string> argv_strings;
    argv_strings.push_back(program);
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    const int rc = posix_spawnp(&pid_, program.c_str(), nullptr, nullptr, argv.data(), environ);
    if (rc != 0) {
        pid_ = -1;
        throw std::runtime_error("cannot start " + program + ": " + std::strerror(rc));
    }
}

ChildProcess::~ChildProcess() {
    try {
        stop();
    } catch (...) {
        // A destructor must not throw; the child is reaped or already gone.
    }
}

int ChildProcess::wait() {
    if (status_) return *status_;
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0) {
        if (errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
    }
    status_ = status;
    return status;
}

std::optional<int> ChildProcess::exit_status_if_done() {
    if (status_ || pid_ < 0) return status_;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) status_ = status;
    return status_;
}

void ChildProcess::stop(std::chrono::milliseconds grace) {
    if (pid_ < 0 || exit_status_if_done()) return;
    kill(pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (std::chrono::steady_clock::now() < deadline) {
        if (exit_status_if_done()) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(pid_, SIGKILL);
    wait();
}

std::string describe_wait_status(int status) {
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
    }
    return "stopped with wait status " + std::to_string(status);
}

bool exited_cleanly(int status) {
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

namespace {

fs::path own_directory() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

bool is_executable_file(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::string locate_helpdex(const std::string& explicit_path) {
    if (!explicit_path.empty()) {
        if (explicit_path.find('/') != std::string::npos && !is_executable_file(explicit_path)) {
            throw std::runtime_error("--helpdex " + explicit_path + ": not an executable file");
        }
        return explicit_path;
    }
    // The bench is built beside helpdex (build/release/). Beside comes first: one folder up
    // from build/release/ is build/, whose helpdex may be another (older or debug) build.
    // Two up covers a build tree that keeps the bench in bench/relevance/.
    const fs::path dir = own_directory();
    if (!dir.empty()) {
        for (const fs::path& candidate : {dir / "helpdex", dir / ".." / "helpdex", dir / ".." / ".." / "helpdex"}) {
            if (is_executable_file(candidate)) return fs::weakly_canonical(candidate).string();
        }
    }
    return "helpdex";  // posix_spawnp searches PATH
}

}  // namespace relbench
