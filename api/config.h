// Everything `helpdex serve` is configured by, from defaults, a JSON file, the environment
// and command-line flags, checked once at start-up.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/access/access_control.h"
#include "search/suggester.h"

namespace helpdex::api {

// How the HTTP server listens and behaves. The defaults are what `helpdex serve` runs with.
struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;                 // 0 picks a free port (tests)
    size_t threads = 16;             // workers; one is held only while a request is answered
    size_t max_connections = 1024;   // open connections (idle keep-alive too); past it 503
    size_t max_queued = 256;         // arrived requests waiting for a worker; past it 503
    std::chrono::milliseconds header_timeout{5000};      // a request's head must arrive within this
    std::chrono::milliseconds request_timeout{10000};    // and the whole request within this
    std::chrono::milliseconds write_timeout{10000};      // a response must be sent within this
    std::chrono::milliseconds keep_alive_timeout{5000};  // an idle connection is closed after this
    size_t max_body_bytes = 64 * 1024;
    std::chrono::milliseconds reload_interval{2000};  // how often CURRENT is checked; 0 = never
    bool access_log = true;          // one JSON line per request on stderr
    access::AccessOptions access;    // API keys, rate limits, CORS, who may read /metrics
    bool watch = false;              // reindex the corpus when its files change (needs Config::corpus)
    std::chrono::milliseconds watch_debounce{500};  // … once they have been quiet this long
    std::string tls_cert;            // PEM certificate (chain); with tls_key: HTTPS only
    std::string tls_key;             // PEM private key
};

struct Config {
    std::string db = "index";        // the index directory
    // The corpus folder POST /v1/admin/reindex indexes into `db`; empty: reindexing from the
    // server is off.
    std::string corpus;
    // The editors' synonyms.yaml, re-read when it changes; empty: the one in the corpus
    // folder the served index was built from.
    std::string synonyms;
    // Remote shards (tcp://HOST:PORT, served by xapian-tcpsrv) searched instead of the
    // generation's own databases; empty: the local ones. Models and routing stay in `db`.
    std::vector<std::string> shards;
    ServerOptions server;
    RankingParameters ranking;       // how the suggester combines evidence
};

// One thing wrong with a configuration: `field` is the config key ("port",
// "ranking.bm25_k1"), as in the file and in `--print-config`.
struct ConfigProblem {
    std::string field;
    std::string message;
    std::string to_string() const { return field + ": " + message; }
};

// Where the layers above the defaults come from, lowest precedence first.
struct ConfigSources {
    std::optional<std::filesystem::path> file;       // --config FILE: a JSON object of config keys
    std::map<std::string, std::string> environment;  // HELPDEX_<KEY>: see helpdex_environment();
                                                     // HELPDEX_SHARDS, _CORS_ORIGINS comma-separated
    nlohmann::json flags = nlohmann::json::object(); // the command-line values given, by config key
};

struct LoadedConfig {
    Config config;
    std::vector<ConfigProblem> problems;  // empty when the config may be served
};

// Defaults < file < environment < flags, then validate(). Never throws for bad input: an
// unreadable file, invalid JSON, an unknown key (named, e.g. "ranking.k1"), a mistyped or
// out-of-range value each become a problem, all of them reported at once.
LoadedConfig load_config(const ConfigSources& sources);

// Every problem of a config, each naming its field: port 0–65535, threads 2–1024,
// timeouts 1 ms–10 min with header_timeout_ms <= request_timeout_ms, weights and factors in
// [0, 1], bm25_k1 > 0, each of shards a tcp://HOST:PORT URL, …
std::vector<ConfigProblem> validate(const Config& config);

// The config as a JSON object with the same keys a config file takes (`--print-config`);
// load_config() of it gives the same config back.
nlohmann::json config_json(const Config& config);

// Where a config key ("ranking.bm25_k1") sits in config_json() and in a config file
// (/ranking/bm25_k1).
nlohmann::json::json_pointer config_pointer(std::string_view key);

// The HELPDEX_* variables load_config() reads, those set to a non-empty value: HELPDEX_DB,
// _CORPUS, _SYNONYMS, _KEYS_FILE, _API_KEYS, _SHARDS, _CORS_ORIGINS,
// _HOST, _PORT, _THREADS, _MAX_CONNECTIONS, _MAX_QUEUED, _HEADER_TIMEOUT_MS,
// _REQUEST_TIMEOUT_MS, _WRITE_TIMEOUT_MS, _KEEP_ALIVE_TIMEOUT_MS.
std::map<std::string, std::string> helpdex_environment();

}  // namespace helpdex::api
