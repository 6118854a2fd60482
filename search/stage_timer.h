// Where a request's time went, stage by stage: the Server-Timing header of a suggestion and
// the latency bench's breakdown read it. A lap costs one clock read.
#pragma once

#include <chrono>
#include <utility>
#include <string_view>
#include <vector>

namespace helpdex {

struct StageTime {
    std::string_view stage;  // a name with static storage: a string literal
    double ms = 0.0;
};

class StageTimer {
public:
    StageTimer() : last_(std::chrono::steady_clock::now()) {}

    // Records the time since the previous lap (or since construction) as `stage`.
    void lap(std::string_view stage) {
        const auto now = std::chrono::steady_clock::now();
        stages_.push_back({stage, std::chrono::duration<double, std::milli>(now - last_).count()});
        last_ = now;
    }
    // The laps so far, in order; the timer starts again empty.
    std::vector<StageTime> take() { return std::exchange(stages_, {}); }

private:
    std::chrono::steady_clock::time_point last_;
    std::vector<StageTime> stages_;
};

}  // namespace helpdex
