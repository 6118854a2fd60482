// The server's log: one JSON object per line (access lines, errors, reloads), each line
// handed to the sink whole, so lines from different threads never interleave.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace helpdex::api {

// What the access log says about one answered request. Never the request's body.
struct AccessRecord {
    std::string_view method;
    std::string_view route;              // the route pattern; empty when no route matched (404, 413, 400)
    std::string_view path;               // the path as asked, without the query string
    int status = 0;
    std::optional<double> latency_ms;    // unknown when no route matched
    std::string_view request_id;
    std::string_view key_name;           // the caller's API key's name (never the key); empty: none
};

// Receives one complete line, '\n' included. Called from any server thread at once, so it
// must be thread-safe.
using LogSink = std::function<void(std::string_view line)>;

// Writes each line to stderr with one write(2) (looping only on a short write, under a
// mutex), so concurrent lines never interleave.
LogSink stderr_sink();

// Thread-safe (the sink is). Lines:
//   {"time","level","method","route","path","status","latency_ms","request_id","key"}   access
//   {"time","level":"error","method","route","path","request_id","message"}       request_error
//   {"time","level","message"}                                                   info, warning
// time is ISO-8601 UTC with milliseconds; level "error" for statuses >= 500, else "info".
class Log {
public:
    explicit Log(LogSink sink = stderr_sink(), bool access_log = true);

    // One line per request; nothing when the access log is off (--quiet).
    void access(const AccessRecord& record) const;
    // Why a request failed on the server's side (a 500): always written, even with --quiet.
    void request_error(const AccessRecord& request, std::string_view message) const;
    void info(std::string_view message) const;
    void warning(std::string_view message) const;

private:
    void message(const char* level, std::string_view text) const;

    LogSink sink_;
    bool access_log_;
};

// "2026-12-03T15:21:49.349Z"
std::string iso8601_utc(std::chrono::system_clock::time_point time);

}  // namespace helpdex::api
