// Runs helpdex as a child (index, then serve) and sends every query to POST /v1/suggest.
#include "helpdex_runner.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "child_process.h"

namespace relbench {

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr size_t kErrorSamples = 5;

// Binding port 0 lets the kernel pick a free port; it stays free long enough for helpdex to
// take it (helpdex refuses to start on a taken port, which is reported, never hidden).
int pick_free_loopback_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t length = sizeof addr;
    const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length) == 0;
    close(fd);
    if (!ok) throw std::runtime_error("cannot find a free port on 127.0.0.1");
    return ntohs(addr.sin_port);
}

void wait_until_ready(ChildProcess& server, int port) {
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(std::chrono::milliseconds(200));
    client.set_read_timeout(std::chrono::seconds(2));
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (Clock::now() < deadline) {
        if (auto status = server.exit_status_if_done()) {
            throw std::runtime_error("helpdex serve " + describe_wait_status(*status) + " before it was ready");
        }
        auto result = client.Get("/readyz");
        if (result && result->status == 200) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("helpdex serve was not ready (GET /readyz) within 30 s");
}

// Counts failed requests and keeps the first few messages for the report.
class ErrorLog {
public:
    void add(const std::string& message) {
        std::lock_guard lock(mutex_);
        if (samples_.size() < kErrorSamples) samples_.push_back(message);
        ++count_;
    }
    size_t count() const { return count_; }
    const std::vector<std::string>& samples() const { return samples_; }

private:
    std::mutex mutex_;
    std::vector<std::string> samples_;
    size_t count_ = 0;
};

std::string excerpt(const std::string& body) {
    return body.size() <= 200 ? body : body.substr(0, 200) + "…";
}

// The parts of a /v1/suggest answer the metrics need.
Answer answer_from_suggestion(const json& reply) {
    Answer answer;
    const json& inquiry = reply.at("inquiry");
    if (inquiry.contains("category") && inquiry["category"].is_string()) answer.category = inquiry["category"];
    if (inquiry.contains("category_confidence") && inquiry["category_confidence"].is_number()) {
        answer.confidence = inquiry["category_confidence"].get<double>();
    }
    for (const json& issue : reply.at("similar_issues")) {
        answer.ranked_categories.push_back(issue.value("category", ""));
    }
    return answer;
}

Answer ask_helpdex(httplib::Client& client, const LabelledText& query, int limit, ErrorLog& errors) {
    const std::string body =
        json{{"text", query.text}, {"limit", limit}}.dump(-1, ' ', false, json::error_handler_t::replace);
    const auto start = Clock::now();
    auto result = client.Post("/v1/suggest", body, "application/json");
    if (!result) {
        // A keep-alive connection can be closed under a client at any moment; a ticket system
        // retries once on a fresh connection, and so does the bench. The retry is reported on
        // stderr and its time counts in this request's latency.
        std::fprintf(stderr, "helpdex request retried: query %s: %s\n", query.id.c_str(),
                     httplib::to_string(result.error()).c_str());
        result = client.Post("/v1/suggest", body, "application/json");
    }
    const double latency_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();

    Answer failed;
    failed.failed = true;
    failed.latency_ms = latency_ms;
    if (!result) {
        errors.add("query " + query.id + ": " + httplib::to_string(result.error()));
        return failed;
    }
    if (result->status != 200) {
        errors.add("query " + query.id + ": HTTP " + std::to_string(result->status) + " " + excerpt(result->body));
        return failed;
    }
    try {
        Answer answer = answer_from_suggestion(json::parse(result->body));
        answer.latency_ms = latency_ms;
        return answer;
    } catch (const json::exception& e) {
        errors.add("query " + query.id + ": unexpected reply (" + e.what() + "): " + excerpt(result->body));
        return failed;
    }
}

// Hands out the items of one list to the workers, each exactly once.
struct WorkQueue {
    const std::vector<LabelledText>& items;
    std::atomic<size_t> next{0};
};

// One keep-alive client per thread: httplib clients are not shared across threads. Warm-up
// requests go over the same connection as the measured ones, so neither the connection set-up
// nor the server's first-use costs land in the figures.
void query_worker(int port, int limit, WorkQueue& warmup, std::barrier<>& warmed_up, WorkQueue& queries,
                  std::vector<Answer>& answers, ErrorLog& errors) {
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);  // without it a POST body waits ~40 ms behind Nagle's algorithm
    client.set_connection_timeout(std::chrono::seconds(5));
    client.set_read_timeout(std::chrono::seconds(30));
    ErrorLog ignored;  // a warm-up failure that persists shows up in the measured requests
    for (size_t i = warmup.next++; i < warmup.items.size(); i = warmup.next++) {
        ask_helpdex(client, warmup.items[i], limit, ignored);
    }
    warmed_up.arrive_and_wait();
    for (size_t i = queries.next++; i < queries.items.size(); i = queries.next++) {
        answers[i] = ask_helpdex(client, queries.items[i], limit, errors);
    }
}

std::vector<Answer> send_all_queries(int port, const HelpdexOptions& options, const std::vector<LabelledText>& warmup,
                                     const std::vector<LabelledText>& queries, ErrorLog& errors) {
    std::vector<Answer> answers(queries.size());
    WorkQueue warmup_queue{warmup};
    WorkQueue query_queue{queries};
    const size_t worker_count = std::max<size_t>(1, options.workers);
    std::barrier<> warmed_up(static_cast<std::ptrdiff_t>(worker_count));
    std::vector<std::thread> workers;
    for (size_t w = 0; w < worker_count; ++w) {
        workers.emplace_back(query_worker, port, options.similar_limit, std::ref(warmup_queue), std::ref(warmed_up),
                             std::ref(query_queue), std::ref(answers), std::ref(errors));
    }
    for (std::thread& worker : workers) worker.join();
    return answers;
}

}  // namespace

double build_helpdex_index(const HelpdexOptions& options) {
    const auto start = Clock::now();
    ChildProcess indexer(options.binary, {"index", options.corpus_dir.string(), "--db", options.index_dir.string(),
                                          "--strict", "-q"});
    const int status = indexer.wait();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!exited_cleanly(status)) {
        throw std::runtime_error("helpdex index " + describe_wait_status(status) + " (its messages are above)");
    }
    return seconds;
}

SystemRun run_helpdex_queries(const HelpdexOptions& options, const std::vector<LabelledText>& warmup,
                              const std::vector<LabelledText>& queries) {
    const int port = pick_free_loopback_port();
    ChildProcess server(options.binary, {"serve", "--db", options.index_dir.string(), "--host", "127.0.0.1", "--port",
                                         std::to_string(port), "-q"});
    wait_until_ready(server, port);

    ErrorLog errors;
    SystemRun run;
    run.name = "helpdex";
    run.latency_kind = "client-side, loopback HTTP, " + std::to_string(options.workers) + " workers";
    run.answers = send_all_queries(port, options, warmup, queries, errors);
    run.errors = errors.count();
    server.stop();

    for (const std::string& message : errors.samples()) std::fprintf(stderr, "helpdex request failed: %s\n", message.c_str());
    if (errors.count() > errors.samples().size()) {
        std::fprintf(stderr, "… and %zu more failed requests\n", errors.count() - errors.samples().size());
    }
    return run;
}

}  // namespace relbench
