// The real server on 127.0.0.1:<free port> over the small fixture corpus, its log lines
// captured; stops and joins on destruction.
#pragma once

#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/contract_recorder.h"
#include "api/server.h"
#include "support/test_support.h"

namespace helpdex::test {

// Log lines as the server writes them, from any of its threads.
class CapturedLog {
public:
    api::LogSink sink() {
        return [this](std::string_view line) {
            std::lock_guard lock(mutex_);
            lines_.emplace_back(line);
        };
    }
    std::vector<std::string> lines() const {
        std::lock_guard lock(mutex_);
        return lines_;
    }
    // Each line parsed; fails the test on a line that is not one JSON object ending in '\n'.
    std::vector<nlohmann::json> parsed() const {
        std::vector<nlohmann::json> out;
        for (const std::string& line : lines()) {
            REQUIRE(!line.empty());
            REQUIRE(line.back() == '\n');
            REQUIRE(line.find('\n') == line.size() - 1);
            out.push_back(nlohmann::json::parse(line));
            REQUIRE(out.back().is_object());
        }
        return out;
    }
    void clear() {
        std::lock_guard lock(mutex_);
        lines_.clear();
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::string> lines_;
};

// No access log, no reloads: a server for tests that only ask it questions.
inline api::ServerOptions quiet_options() {
    api::ServerOptions options;
    options.access_log = false;
    options.reload_interval = std::chrono::milliseconds(0);
    return options;
}

class RunningServer {
public:
    // `threads` replaces options.threads: the tests' default is a small pool.
    // `synonyms`: the synonyms.yaml the server applies and watches (none by default).
    explicit RunningServer(api::ServerOptions options = {}, std::vector<api::Route> extra_routes = {},
                           RankingParameters ranking = {}, size_t threads = 4, std::filesystem::path synonyms = {}) {
        index_corpus(fixture("small-corpus"), dir_ / "idx");
        start(std::make_shared<LiveIndex>(dir_ / "idx"), std::move(options), std::move(extra_routes), ranking, threads,
              std::move(synonyms));
    }
    // The server over an index the caller opened (remote shards, another corpus).
    explicit RunningServer(std::shared_ptr<LiveIndex> index, api::ServerOptions options = {}) {
        start(std::move(index), std::move(options), {}, {}, 4, {});
    }
    // The server over a copy of a fixture corpus that it reindexes on POST /v1/admin/reindex;
    // corpus() is the copy, for the test to edit. `observer` sees every reindex job move on.
    // `watch`: the server reindexes the copy whenever its files change (serve --watch).
    struct WithCorpus {
        std::string fixture = "small-corpus";
        api::ReindexObserver observer;
        bool watch = false;
    };
    explicit RunningServer(WithCorpus with) {
        corpus_ = dir_ / "corpus";
        std::filesystem::copy(test::fixture(with.fixture), corpus_, std::filesystem::copy_options::recursive);
        index_corpus(corpus_, dir_ / "idx");
        api::ServerOptions options;
        options.watch = with.watch;
        options.watch_debounce = std::chrono::milliseconds(100);
        start(std::make_shared<LiveIndex>(dir_ / "idx"), options, {}, {}, 4, {}, corpus_, std::move(with.observer));
    }
    ~RunningServer() {
        server_->stop();
        thread_.join();
    }

    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port_);
        c.set_connection_timeout(2);
        c.set_read_timeout(5);
        return c;
    }
    int port() const { return port_; }
    CapturedLog& log() { return log_; }
    const TempDir& dir() const { return dir_; }
    const std::filesystem::path& corpus() const { return corpus_; }

private:
    void start(std::shared_ptr<LiveIndex> index, api::ServerOptions options, std::vector<api::Route> extra_routes,
               RankingParameters ranking, size_t threads, std::filesystem::path synonyms,
               std::filesystem::path corpus = {}, api::ReindexObserver observer = {}) {
        options.host = "127.0.0.1";
        options.port = 0;
        options.threads = threads;
        api::ServerSetup setup;
        setup.log_sink = log_.sink();
        setup.ranking = ranking;
        setup.synonyms = std::move(synonyms);
        setup.corpus = std::move(corpus);
        setup.reindex_observer = std::move(observer);
        setup.on_response = contract_recorder();
        for (auto& route : extra_routes) setup.routes.push_back(std::move(route));
        server_ = std::make_unique<api::Server>(std::move(index), options, std::move(setup));
        port_ = server_->bind();
        thread_ = std::thread([this] { server_->serve(); });
        for (int i = 0; i < 200 && !server_->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        REQUIRE(server_->is_running());
    }

    TempDir dir_;
    std::filesystem::path corpus_;
    CapturedLog log_;
    std::unique_ptr<api::Server> server_;
    std::thread thread_;
    int port_ = 0;
};

}  // namespace helpdex::test
