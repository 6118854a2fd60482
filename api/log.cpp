// JSON log lines and the stderr sink.
#include "api/log.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

namespace helpdex::api {

namespace {

using Line = nlohmann::ordered_json;  // keys in the order written: time first, as a reader expects

Line text_or_null(std::string_view text) {
    return text.empty() ? Line(nullptr) : Line(std::string(text));
}

Line start_line(const char* level) {
    return Line{{"time", iso8601_utc(std::chrono::system_clock::now())}, {"level", level}};
}

std::string finish(const Line& line) {
    // Paths may hold any bytes: replace invalid UTF-8 rather than throw.
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

LogSink stderr_sink() {
    auto mutex = std::make_shared<std::mutex>();
    return [mutex](std::string_view line) {
        std::lock_guard lock(*mutex);
        while (!line.empty()) {
            const ssize_t written = ::write(STDERR_FILENO, line.data(), line.size());
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) return;  // stderr is gone: nothing better to do with a log line
            line.remove_prefix(static_cast<size_t>(written));
        }
    };
}

Log::Log(LogSink sink, bool access_log) : sink_(std::move(sink)), access_log_(access_log) {}

void Log::access(const AccessRecord& r) const {
    if (!access_log_) return;
    Line line = start_line(r.status >= 500 ? "error" : "info");
    line["method"] = std::string(r.method);
    line["route"] = text_or_null(r.route);
    line["path"] = std::string(r.path);
    line["status"] = r.status;
    line["latency_ms"] = r.latency_ms ? Line(std::round(*r.latency_ms * 1000.0) / 1000.0) : Line(nullptr);
    line["request_id"] = std::string(r.request_id);
    line["key"] = text_or_null(r.key_name);
    sink_(finish(line));
}

void Log::request_error(const AccessRecord& r, std::string_view text) const {
    Line line = start_line("error");
    line["method"] = std::string(r.method);
    line["route"] = text_or_null(r.route);
    line["path"] = std::string(r.path);
    line["request_id"] = std::string(r.request_id);
    line["message"] = std::string(text);
    sink_(finish(line));
}

void Log::info(std::string_view text) const {
    message("info", text);
}

void Log::warning(std::string_view text) const {
    message("warning", text);
}

void Log::message(const char* level, std::string_view text) const {
    Line line = start_line(level);
    line["message"] = std::string(text);
    sink_(finish(line));
}

std::string iso8601_utc(std::chrono::system_clock::time_point time) {
    const auto since_epoch = time.time_since_epoch();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(since_epoch);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch - seconds).count();
    const std::time_t t = static_cast<std::time_t>(seconds.count());
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[64];  // ample for any int fields, so no truncation
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                  utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

}  // namespace helpdex::api
