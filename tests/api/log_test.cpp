// Proves api/log: the line shapes, ISO-8601 UTC times, and that concurrent lines written to
// stderr never interleave.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/log.h"
#include "support/test_support.h"

using namespace helpdex;
using nlohmann::json;

namespace {

struct Lines {
    std::vector<std::string> all;
    api::LogSink sink() {
        return [this](std::string_view line) { all.emplace_back(line); };
    }
};

}  // namespace

TEST_CASE("times are ISO-8601 UTC with milliseconds", "[api][log]") {
    using namespace std::chrono;
    CHECK(api::iso8601_utc(system_clock::time_point{}) == "1970-01-01T00:00:00.000Z");
    CHECK(api::iso8601_utc(system_clock::time_point{milliseconds(1700000000123)}) == "2023-11-14T22:13:20.123Z");
}

TEST_CASE("an access line is one JSON object, its fields in order", "[api][log]") {
    Lines lines;
    api::Log log(lines.sink());
    log.access({"GET", "/v1/documents/{id}", "/v1/documents/kb-x", 200, 1.23456, "req-1", ""});
    REQUIRE(lines.all.size() == 1);
    const std::string& line = lines.all[0];
    CHECK(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);
    const json parsed = json::parse(line);
    std::vector<std::string> keys;
    const auto in_order = nlohmann::ordered_json::parse(line);
    for (const auto& [key, value] : in_order.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"time", "level", "method", "route", "path", "status", "latency_ms", "request_id", "key"});
    CHECK(parsed["level"] == "info");
    CHECK(parsed["route"] == "/v1/documents/{id}");
    CHECK(parsed["latency_ms"] == 1.235);  // to the microsecond
    CHECK(parsed["request_id"] == "req-1");
}

TEST_CASE("an access line without a route or latency shows nulls; a 5xx is an error", "[api][log]") {
    Lines lines;
    api::Log log(lines.sink());
    log.access({"GET", "", "/nope", 404, std::nullopt, "x-1", ""});
    log.access({"GET", "/readyz", "/readyz", 503, 0.5, "x-2", ""});
    REQUIRE(lines.all.size() == 2);
    const json first = json::parse(lines.all[0]);
    CHECK(first["route"].is_null());
    CHECK(first["latency_ms"].is_null());
    CHECK(json::parse(lines.all[1])["level"] == "error");
}

TEST_CASE("paths with invalid UTF-8 are logged, not thrown on", "[api][log]") {
    Lines lines;
    api::Log log(lines.sink());
    CHECK_NOTHROW(log.access({"GET", "", "/bad\xFF\xFE", 404, std::nullopt, "x", ""}));
    REQUIRE(lines.all.size() == 1);
    CHECK(json::parse(lines.all[0])["path"] == "/bad\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("without the access log only errors and messages are written", "[api][log]") {
    Lines lines;
    api::Log log(lines.sink(), false);
    log.access({"GET", "/healthz", "/healthz", 200, 0.1, "a", ""});
    CHECK(lines.all.empty());
    log.request_error({"POST", "/v1/suggest", "/v1/suggest", 500, std::nullopt, "b", ""}, "the database is corrupt");
    log.info("now serving gen-2");
    log.warning("keeping the current index: broken");
    REQUIRE(lines.all.size() == 3);
    const json error = json::parse(lines.all[0]);
    CHECK(error["level"] == "error");
    CHECK(error["message"] == "the database is corrupt");
    CHECK(error["request_id"] == "b");
    CHECK(error["route"] == "/v1/suggest");
    CHECK(error.contains("time"));
    CHECK(json::parse(lines.all[1])["level"] == "info");
    CHECK(json::parse(lines.all[1])["message"] == "now serving gen-2");
    CHECK(json::parse(lines.all[2])["level"] == "warning");
}

TEST_CASE("lines from many threads to stderr never interleave", "[api][log][concurrency]") {
    test::TempDir dir;
    const std::string path = (dir / "stderr.log").string();
    const int saved = ::dup(STDERR_FILENO);
    const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(saved >= 0);
    REQUIRE(file >= 0);
    ::dup2(file, STDERR_FILENO);
    ::close(file);
    constexpr int kThreads = 4, kLines = 300;
    {
        const api::Log log(api::stderr_sink());
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&log, t] {
                // Long paths make each line several write-sized pieces' worth if it were split.
                const std::string path = "/" + std::string(3000, static_cast<char>('a' + t));
                for (int i = 0; i < kLines; ++i) log.access({"GET", "", path, 404, std::nullopt, std::to_string(i), ""});
            });
        }
        for (auto& thread : threads) thread.join();
    }
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    std::ifstream in(path);
    int count = 0;
    for (std::string line; std::getline(in, line); ++count) {
        const json parsed = json::parse(line);  // throws on a torn line
        const std::string logged_path = parsed["path"];
        CHECK(logged_path.find_first_not_of(logged_path[1], 1) == std::string::npos);
    }
    CHECK(count == kThreads * kLines);
}
