// Suggest latency over real loopback HTTP, against two baselines measured in the same run:
// the bare /healthz endpoint (the HTTP floor) and the suggestion engine called in-process
// (the search floor). Prints p50/p90/p99 and the ratios.
//
//   bench_latency --db INDEX_DIR [--inquiries FILE] [--requests N] [--quick]
//
// Inquiries: one per line (the default is a built-in multilingual set).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/server.h"
#include "search/suggester.h"

using namespace helpdex;
using Clock = std::chrono::steady_clock;

namespace {

const std::vector<std::string> kDefaultInquiries = {
    "My card was declined when paying for the subscription",
    "I was charged twice this month after changing my plan",
    "camera keeps going offline every night",
    "Mijn betaling is geweigerd, wat moet ik doen?",
    "Meine Kamera geht ständig offline",
    "Je n'ai pas reçu mon remboursement après le retour",
    "El hub no entra en modo de emparejamiento",
    "パスワードのリセットメールが届きません",
    "Hello, I think someone hacked my account, there are logins from another country. Please help urgently!",
    "where is my order? tracking has not updated for 5 days",
};

struct Stats {
    double p50, p90, p99, mean;
};

Stats stats_of(std::vector<double> micros) {
    std::sort(micros.begin(), micros.end());
    auto at = [&](double q) { return micros[std::min(micros.size() - 1, static_cast<size_t>(q * micros.size()))]; };
    double sum = 0;
    for (double m : micros) sum += m;
    return {at(0.50), at(0.90), at(0.99), sum / micros.size()};
}

void print_row(const char* name, const Stats& s) {
    std::printf("%-28s %9.3f %9.3f %9.3f %9.3f\n", name, s.p50 / 1000, s.p90 / 1000, s.p99 / 1000, s.mean / 1000);
}

template <typename F>
std::vector<double> time_each(size_t n, F&& call) {
    std::vector<double> micros;
    micros.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const auto start = Clock::now();
        call(i);
        micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    return micros;
}

// Each stage's durations over the requests, from their Server-Timing headers
// ("name;dur=ms, …"), the stages in their mean place in a request (a stage that runs
// for some requests only, such as feedback, still shows where it runs).
class StageBreakdown {
public:
    void add(const std::string& header) {
        ++requests_;
        std::istringstream metrics(header);
        size_t place = 0;
        for (std::string metric; std::getline(metrics, metric, ',');) {
            const size_t start = metric.find_first_not_of(' '), at = metric.find(";dur=");
            if (start == std::string::npos || at == std::string::npos) continue;
            const std::string name = metric.substr(start, at - start);
            if (!by_stage_.contains(name)) order_.push_back(name);
            by_stage_[name].push_back(1000 * std::stod(metric.substr(at + 5)));
            place_sum_[name] += static_cast<double>(place++);
        }
    }
    // Per stage: in how many requests it ran, its p50 and mean when it ran, and its mean
    // share of a request (its summed time over every request).
    void print() {
        const auto mean_place = [&](const std::string& name) { return place_sum_[name] / by_stage_.at(name).size(); };
        std::stable_sort(order_.begin(), order_.end(),
                         [&](const std::string& a, const std::string& b) { return mean_place(a) < mean_place(b); });
        std::printf("\nstages of POST /v1/suggest (Server-Timing)   ran    p50 (ms)   mean (ms)   per request (ms)\n");
        for (const std::string& name : order_) {
            const std::vector<double>& micros = by_stage_.at(name);
            const Stats s = stats_of(micros);
            std::printf("  %-40s %5.0f%% %10.3f %11.3f %18.3f\n", name.c_str(), 100.0 * micros.size() / requests_,
                        s.p50 / 1000, s.mean / 1000, s.mean * micros.size() / requests_ / 1000);
        }
    }

private:
    size_t requests_ = 0;
    std::vector<std::string> order_;
    std::map<std::string, std::vector<double>> by_stage_;
    std::map<std::string, double> place_sum_;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"helpdex suggest latency bench"};
    std::string db, inquiries_file;
    size_t requests = 2000;
    bool quick = false;
    app.add_option("--db", db, "Index directory")->required();
    app.add_option("--inquiries", inquiries_file, "File with one inquiry per line");
    app.add_option("--requests", requests, "Requests per measurement");
    app.add_flag("--quick", quick, "200 requests: a smoke run for CI");
    CLI11_PARSE(app, argc, argv);
    if (quick) requests = 200;

    std::vector<std::string> inquiries = kDefaultInquiries;
    if (!inquiries_file.empty()) {
        inquiries.clear();
        std::ifstream in(inquiries_file);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty()) inquiries.push_back(line);
        }
    }

    auto index = std::make_shared<LiveIndex>(db);
    api::ServerOptions options;
    options.port = 0;
    options.access_log = false;
    api::Server server(index, options);
    const int port = server.bind();
    std::thread serving([&] { server.serve(); });
    for (int i = 0; i < 200 && !server.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));

    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);  // else Nagle holds the body behind the headers (~40 ms)
    client.set_read_timeout(10);
    std::vector<std::string> bodies;
    for (const auto& text : inquiries) bodies.push_back(nlohmann::json{{"text", text}}.dump());

    // Warm up caches and connections.
    for (size_t i = 0; i < 50; ++i) client.Post("/v1/suggest", bodies[i % bodies.size()], "application/json");

    size_t failures = 0;
    const auto http_floor = time_each(requests, [&](size_t) {
        auto r = client.Get("/healthz");
        failures += !r || r->status != 200;
    });
    std::vector<std::string> timing_headers;  // read after the timed loop
    timing_headers.reserve(requests);
    const auto http_suggest = time_each(requests, [&](size_t i) {
        auto r = client.Post("/v1/suggest", bodies[i % bodies.size()], "application/json");
        failures += !r || r->status != 200;
        if (r) timing_headers.push_back(r->get_header_value("Server-Timing"));
    });
    Searcher searcher(index->current());
    const auto in_process = time_each(requests, [&](size_t i) {
        SuggestRequest request;
        request.text = inquiries[i % inquiries.size()];
        suggest(searcher, request);
    });
    server.stop();
    serving.join();

    const Stats floor = stats_of(http_floor), engine = stats_of(in_process), full = stats_of(http_suggest);
    std::printf("helpdex latency bench: %zu requests each, %zu distinct inquiries, %s documents, 1 keep-alive client\n",
                requests, inquiries.size(), std::to_string(index->current()->document_count()).c_str());
    std::printf("%-28s %9s %9s %9s %9s   (ms)\n", "", "p50", "p90", "p99", "mean");
    print_row("GET /healthz (HTTP floor)", floor);
    print_row("suggest in-process", engine);
    print_row("POST /v1/suggest", full);
    std::printf("ratio POST /v1/suggest p50 / (floor + in-process) p50: %.2f\n", full.p50 / (floor.p50 + engine.p50));
    StageBreakdown stages;
    for (const auto& header : timing_headers) stages.add(header);
    stages.print();
    std::printf("failures: %zu\n", failures);
    return failures == 0 ? 0 : 1;
}
