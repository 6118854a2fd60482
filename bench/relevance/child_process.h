// Starts helpdex as a child process and always stops it again, even when the bench fails.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace relbench {

class ChildProcess {
public:
    // Starts `program` (a path, or a name looked up in PATH) with `args`; throws if it cannot.
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Blocks until the child exits; returns its wait status.
    int wait();
    // The wait status if the child has exited, without blocking.
    std::optional<int> exit_status_if_done();
    // SIGTERM, then SIGKILL if it is still running after `grace`; reaps it either way.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

private:
    pid_t pid_ = -1;
    std::optional<int> status_;
};

// "exited with status 3" / "was killed by signal 9 (Killed)".
std::string describe_wait_status(int status);

bool exited_cleanly(int status);

// --helpdex when given; otherwise helpdex next to this binary, then one folder up, then PATH.
std::string locate_helpdex(const std::string& explicit_path);

}  // namespace relbench
