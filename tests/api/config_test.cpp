// Proves api/config: today's defaults, precedence defaults < file < environment < flags,
// every problem naming its field, and --print-config's JSON reading back the same.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

#include "api/config.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::api;
using nlohmann::json;

namespace {

std::vector<std::string> fields_of(const std::vector<ConfigProblem>& problems) {
    std::vector<std::string> fields;
    for (const auto& p : problems) fields.push_back(p.field);
    return fields;
}

// load_config of one config file's text, nothing else.
LoadedConfig load_file(const test::TempDir& dir, const std::string& text) {
    const auto path = dir / "helpdex.json";
    test::write_file(path, text);
    ConfigSources sources;
    sources.file = path;
    return load_config(sources);
}

}  // namespace

TEST_CASE("the defaults are what helpdex serve ran with before there was a config", "[api][config]") {
    CHECK(config_json(Config{}) == json::parse(R"({
        "db": "index", "shards": [], "corpus": "", "synonyms": "", "host": "127.0.0.1", "port": 8080, "threads": 16, "max_body_bytes": 65536,
        "max_connections": 1024, "max_queued": 256, "header_timeout_ms": 5000, "request_timeout_ms": 10000,
        "write_timeout_ms": 10000, "keep_alive_timeout_ms": 5000,
        "reload_interval_ms": 2000, "access_log": true, "tls_cert": "", "tls_key": "",
        "watch": false, "watch_debounce_ms": 500,
        "keys_file": "", "api_keys": "", "insecure": false, "rate_limit_per_second": 0.0, "rate_limit_burst": 20.0,
        "cors_origins": [], "private_metrics": false,
        "ranking": {"classifier_weight": 0.8, "category_boost": 3.0, "uncertain_below": 0.5,
                    "repeat_category_factor": 0.2, "bm25_k1": 1.0, "bm25_b": 0.5, "expand_up_to_terms": 3,
                    "expansion_weight": 0.3, "title_boost": 3.0, "bridge_weight": 2.0, "show_from": 0.05,
                    "more_from": 0.2,
                    "answered_from": 0.5}})"));
    const LoadedConfig loaded = load_config({});
    CHECK(loaded.problems.empty());
    CHECK(config_json(loaded.config) == config_json(Config{}));
    CHECK(validate(Config{}).empty());
}

TEST_CASE("later sources override earlier ones: defaults < file < environment < flags", "[api][config]") {
    test::TempDir dir;
    test::write_file(dir / "helpdex.json",
                     R"({"db": "from-file", "host": "0.0.0.0", "port": 9000, "threads": 8, "ranking": {"bm25_k1": 1.2}})");
    ConfigSources sources;
    sources.file = dir / "helpdex.json";
    sources.environment = {{"HELPDEX_DB", "from-env"}, {"HELPDEX_PORT", "9001"}};
    sources.flags = {{"port", 9002}, {"ranking", {{"classifier_weight", 0.6}}}};
    const LoadedConfig loaded = load_config(sources);
    REQUIRE(loaded.problems.empty());
    const Config& c = loaded.config;
    CHECK(c.server.port == 9002);           // flag over environment over file
    CHECK(c.db == "from-env");              // environment over file
    CHECK(c.server.host == "0.0.0.0");      // file over default
    CHECK(c.server.threads == 8);
    CHECK(c.ranking.bm25_k1 == 1.2);
    CHECK(c.ranking.classifier_weight == 0.6);
    CHECK(c.ranking.bm25_b == 0.5);         // untouched: default
    CHECK(c.server.max_body_bytes == 64 * 1024);
}

TEST_CASE("each environment variable sets its key; empty ones are unset", "[api][config]") {
    ConfigSources sources;
    sources.environment = {{"HELPDEX_DB", "/srv/kb"}, {"HELPDEX_HOST", "::1"}, {"HELPDEX_PORT", "0"}, {"HELPDEX_THREADS", ""}};
    const LoadedConfig loaded = load_config(sources);
    REQUIRE(loaded.problems.empty());
    CHECK(loaded.config.db == "/srv/kb");
    CHECK(loaded.config.server.host == "::1");
    CHECK(loaded.config.server.port == 0);
    CHECK(loaded.config.server.threads == 16);
}

TEST_CASE("the connection limits and timeouts come from the environment and flags", "[api][config]") {
    ConfigSources sources;
    sources.environment = {{"HELPDEX_MAX_CONNECTIONS", "64"}, {"HELPDEX_MAX_QUEUED", "8"},
                           {"HELPDEX_HEADER_TIMEOUT_MS", "500"}, {"HELPDEX_REQUEST_TIMEOUT_MS", "2000"},
                           {"HELPDEX_WRITE_TIMEOUT_MS", "3000"}, {"HELPDEX_KEEP_ALIVE_TIMEOUT_MS", "4000"}};
    sources.flags = {{"max_queued", 9}, {"keep_alive_timeout_ms", 4500}};
    const LoadedConfig loaded = load_config(sources);
    REQUIRE(loaded.problems.empty());
    const ServerOptions& s = loaded.config.server;
    CHECK(s.max_connections == 64);
    CHECK(s.max_queued == 9);
    CHECK(s.header_timeout == std::chrono::milliseconds(500));
    CHECK(s.request_timeout == std::chrono::milliseconds(2000));
    CHECK(s.write_timeout == std::chrono::milliseconds(3000));
    CHECK(s.keep_alive_timeout == std::chrono::milliseconds(4500));
}

TEST_CASE("every out-of-range value is a problem naming its field", "[api][config]") {
    using Change = std::function<void(Config&)>;
    auto [change, field] = GENERATE(table<Change, std::string>({
        {[](Config& c) { c.db.clear(); }, "db"},
        {[](Config& c) { c.server.host.clear(); }, "host"},
        {[](Config& c) { c.server.port = -1; }, "port"},
        {[](Config& c) { c.server.port = 65536; }, "port"},
        {[](Config& c) { c.server.threads = 1; }, "threads"},
        {[](Config& c) { c.server.threads = 1025; }, "threads"},
        {[](Config& c) { c.server.max_body_bytes = 0; }, "max_body_bytes"},
        {[](Config& c) { c.server.max_connections = 0; }, "max_connections"},
        {[](Config& c) { c.server.max_queued = 1'000'001; }, "max_queued"},
        {[](Config& c) { c.server.header_timeout = std::chrono::milliseconds(0); }, "header_timeout_ms"},
        {[](Config& c) { c.server.header_timeout = std::chrono::milliseconds(10001); }, "header_timeout_ms"},
        {[](Config& c) { c.server.request_timeout = std::chrono::milliseconds(600'001); }, "request_timeout_ms"},
        {[](Config& c) { c.server.write_timeout = std::chrono::milliseconds(-5); }, "write_timeout_ms"},
        {[](Config& c) { c.server.keep_alive_timeout = std::chrono::milliseconds(0); }, "keep_alive_timeout_ms"},
        {[](Config& c) { c.server.reload_interval = std::chrono::milliseconds(-1); }, "reload_interval_ms"},
        {[](Config& c) { c.ranking.classifier_weight = 1.5; }, "ranking.classifier_weight"},
        {[](Config& c) { c.ranking.classifier_weight = -0.1; }, "ranking.classifier_weight"},
        {[](Config& c) { c.ranking.classifier_weight = std::nan(""); }, "ranking.classifier_weight"},
        {[](Config& c) { c.ranking.category_boost = -1; }, "ranking.category_boost"},
        {[](Config& c) { c.ranking.uncertain_below = 2; }, "ranking.uncertain_below"},
        {[](Config& c) { c.ranking.repeat_category_factor = 1.1; }, "ranking.repeat_category_factor"},
        {[](Config& c) { c.ranking.bm25_k1 = 0; }, "ranking.bm25_k1"},
        {[](Config& c) { c.ranking.bm25_b = 1.5; }, "ranking.bm25_b"},
        {[](Config& c) { c.ranking.expand_up_to_terms = 101; }, "ranking.expand_up_to_terms"},
        {[](Config& c) { c.ranking.expansion_weight = 2; }, "ranking.expansion_weight"},
        {[](Config& c) { c.ranking.bridge_weight = 5; }, "ranking.bridge_weight"},
        {[](Config& c) { c.ranking.show_from = 1.5; }, "ranking.show_from"},
        {[](Config& c) { c.ranking.answered_from = -0.1; }, "ranking.answered_from"},
        {[](Config& c) { c.corpus = "/nonexistent/helpdex-corpus"; }, "corpus"},
        {[](Config& c) { c.ranking.more_from = 1.5; }, "ranking.more_from"},
        {[](Config& c) { c.ranking.title_boost = -1; }, "ranking.title_boost"},
    }));
    Config config;
    change(config);
    const auto problems = validate(config);
    INFO(field);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == field);
    CHECK(problems[0].to_string().rfind(field + ": ", 0) == 0);
}

TEST_CASE("the ends of each range are accepted", "[api][config]") {
    Config low, high;
    low.server.port = 0;
    high.server.port = 65535;
    low.server.threads = 2;
    high.server.threads = 1024;
    low.server.reload_interval = std::chrono::milliseconds(0);
    low.ranking.classifier_weight = 0;
    high.ranking.classifier_weight = 1;
    low.ranking.bm25_b = 0;
    high.ranking.bm25_b = 1;
    low.ranking.expand_up_to_terms = 0;
    CHECK(validate(low).empty());
    CHECK(validate(high).empty());
}

TEST_CASE("all problems are reported at once", "[api][config]") {
    ConfigSources sources;
    sources.environment = {{"HELPDEX_THREADS", "many"}};
    sources.flags = {{"port", 70000}, {"ranking", {{"bm25_b", 2}}}};
    const auto fields = fields_of(load_config(sources).problems);
    CHECK(fields == std::vector<std::string>{"threads", "port", "ranking.bm25_b"});
}

TEST_CASE("a config file's bad keys and values are problems naming the key", "[api][config]") {
    test::TempDir dir;
    auto [text, field] = GENERATE(table<std::string, std::string>({
        {R"({"prot": 8080})", "prot"},
        {R"({"ranking": {"k1": 1.2}})", "ranking.k1"},
        {R"({"ranking": 5})", "ranking"},
        {R"({"port": "8080"})", "port"},
        {R"({"port": 8080.5})", "port"},
        {R"({"port": 10000000000})", "port"},
        {R"({"threads": -4})", "threads"},
        {R"({"access_log": "yes"})", "access_log"},
        {R"({"db": null})", "db"},
        {R"({"ranking": {"bm25_b": "half"}})", "ranking.bm25_b"},
        {R"({"ranking": {"expand_up_to_terms": 2.5}})", "ranking.expand_up_to_terms"},
        {R"([1, 2])", "config"},
        {R"({"port": 80,})", "config"},
        {R"({"port": 1e999999})", "config"},
    }));
    INFO(text);
    const auto problems = load_file(dir, text).problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == field);
}

TEST_CASE("an unknown key says which keys are accepted", "[api][config]") {
    test::TempDir dir;
    const auto problems = load_file(dir, R"({"ranking": {"k1": 1.2}})").problems;
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message, Catch::Contains("bm25_k1") && Catch::Contains("helpdex.json"));
}

TEST_CASE("an unreadable config file is a problem of the config flag", "[api][config]") {
    ConfigSources sources;
    sources.file = "/nonexistent/helpdex.json";
    const auto problems = load_config(sources).problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "config");
    CHECK_THAT(problems[0].message, Catch::Contains("/nonexistent/helpdex.json"));
}

TEST_CASE("a non-number in a numeric environment variable names the variable", "[api][config]") {
    ConfigSources sources;
    sources.environment = {{"HELPDEX_PORT", "80a"}};
    const auto problems = load_config(sources).problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "port");
    CHECK_THAT(problems[0].message, Catch::Contains("HELPDEX_PORT"));
}

TEST_CASE("unknown or mistyped flags are problems too", "[api][config]") {
    ConfigSources sources;
    sources.flags = {{"colour", "red"}, {"access_log", 1}};
    CHECK(fields_of(load_config(sources).problems) == std::vector<std::string>{"colour", "access_log"});
}

TEST_CASE("the printed config, used as a config file, gives the same config back", "[api][config]") {
    Config changed;
    changed.db = "/srv/kb";
    changed.shards = {"tcp://10.0.0.7:33000", "tcp://[::1]:33001"};
    changed.synonyms = "/srv/kb/synonyms.yaml";
    const test::TempDir corpus;  // a corpus must be a folder that exists
    changed.corpus = corpus.path().string();
    changed.server.host = "0.0.0.0";
    changed.server.port = 9090;
    changed.server.threads = 32;
    changed.server.max_body_bytes = 128 * 1024;
    changed.server.max_connections = 2048;
    changed.server.max_queued = 16;
    changed.server.header_timeout = std::chrono::milliseconds(800);
    changed.server.request_timeout = std::chrono::milliseconds(3000);
    changed.server.write_timeout = std::chrono::milliseconds(4000);
    changed.server.keep_alive_timeout = std::chrono::milliseconds(60000);
    changed.server.reload_interval = std::chrono::milliseconds(500);
    changed.server.access_log = false;
    const test::TempDir tls;  // TLS files must exist
    test::write_file(tls / "cert.pem", "certificate");
    test::write_file(tls / "key.pem", "key");
    changed.server.tls_cert = (tls / "cert.pem").string();
    changed.server.tls_key = (tls / "key.pem").string();
    changed.server.watch = true;
    changed.server.watch_debounce = std::chrono::milliseconds(2000);
    changed.server.access.keys_file = "/etc/helpdex/keys";
    changed.server.access.inline_keys = "ops admin 0123456789ab pbkdf2-sha256$1$00$00";
    changed.server.access.insecure = true;
    changed.server.access.rate = {50, 100};
    changed.server.access.cors_origins = {"https://console.example.com"};
    changed.server.access.private_metrics = true;
    changed.ranking.classifier_weight = 0.65;
    changed.ranking.category_boost = 2.5;
    changed.ranking.uncertain_below = 0.4;
    changed.ranking.repeat_category_factor = 0.5;
    changed.ranking.bm25_k1 = 1.6;
    changed.ranking.bm25_b = 0.75;
    changed.ranking.expand_up_to_terms = 5;
    changed.ranking.expansion_weight = 0.1;
    changed.ranking.bridge_weight = 0.5;
    changed.ranking.show_from = 0.3;
    changed.ranking.more_from = 0.4;
    changed.ranking.title_boost = 1.0;
    changed.ranking.answered_from = 0.4;
    const json printed = config_json(changed);
    CHECK(printed != config_json(Config{}));  // every field above differs from its default
    const json defaults = config_json(Config{});
    for (const auto& [key, value] : defaults.items()) {
        INFO(key);
        CHECK(printed.at(key) != value);
    }
    for (const auto& [key, value] : defaults.at("ranking").items()) {
        INFO(key);
        CHECK(printed.at("ranking").at(key) != value);
    }
    test::TempDir dir;
    const LoadedConfig loaded = load_file(dir, printed.dump(2));
    REQUIRE(loaded.problems.empty());
    CHECK(config_json(loaded.config) == printed);
}

TEST_CASE("access settings are checked: rates, bursts, origins, TLS pairs", "[api][config][access]") {
    ConfigSources sources;
    sources.flags = {{"rate_limit_per_second", -1}, {"rate_limit_burst", 0.5},
                     {"cors_origins", {"https://ok.example.com", "*", "console.example.com", "https://x.test/path"}},
                     {"tls_cert", "/nonexistent/cert.pem"}};
    const auto problems = load_config(sources).problems;
    std::vector<std::string> lines;
    for (const auto& problem : problems) lines.push_back(problem.to_string());
    CHECK(lines == std::vector<std::string>{
                       "rate_limit_per_second: must be between 0 and 1e+06, not -1",
                       "rate_limit_burst: must be between 1 and 1e+06, not 0.5",
                       "cors_origins: entry 3 \"console.example.com\" must be \"*\" or scheme://host[:port], e.g. https://console.example.com",
                       "cors_origins: entry 4 \"https://x.test/path\" must be \"*\" or scheme://host[:port], e.g. https://console.example.com",
                       "tls_key: TLS needs both tls_cert and tls_key",
                       "tls_cert: no such file: \"/nonexistent/cert.pem\"",
                   });
}

TEST_CASE("watching needs a corpus", "[api][config][watch]") {
    ConfigSources sources;
    sources.flags = {{"watch", true}, {"watch_debounce_ms", 5}};
    std::vector<std::string> lines;
    for (const auto& problem : load_config(sources).problems) lines.push_back(problem.to_string());
    CHECK(lines == std::vector<std::string>{"watch: needs the corpus to watch: --corpus DIR",
                                            "watch_debounce_ms: must be between 10 and 60000, not 5"});
}

TEST_CASE("keys and origins come from the environment too", "[api][config][access]") {
    ConfigSources sources;
    sources.environment = {{"HELPDEX_KEYS_FILE", "/etc/helpdex/keys"}, {"HELPDEX_API_KEYS", "a;b"},
                           {"HELPDEX_CORS_ORIGINS", "https://a.test, https://b.test"}};
    const LoadedConfig loaded = load_config(sources);
    REQUIRE(loaded.problems.empty());
    CHECK(loaded.config.server.access.keys_file == "/etc/helpdex/keys");
    CHECK(loaded.config.server.access.inline_keys == "a;b");
    CHECK(loaded.config.server.access.cors_origins == std::vector<std::string>{"https://a.test", "https://b.test"});
}

TEST_CASE("config keys map to JSON pointers", "[api][config]") {
    CHECK(config_pointer("port").to_string() == "/port");
    CHECK(config_pointer("ranking.bm25_k1").to_string() == "/ranking/bm25_k1");
}

TEST_CASE("remote shards come from the file, HELPDEX_SHARDS (comma-separated) or the flags", "[api][config][shards]") {
    test::TempDir dir;
    const LoadedConfig from_file = load_file(dir, R"({"shards": ["tcp://10.0.0.7:33000", "tcp://10.0.0.8:33000"]})");
    REQUIRE(from_file.problems.empty());
    CHECK(from_file.config.shards == std::vector<std::string>{"tcp://10.0.0.7:33000", "tcp://10.0.0.8:33000"});

    ConfigSources sources;
    sources.environment = {{"HELPDEX_SHARDS", "tcp://a:1, tcp://b:2,,"}};
    const LoadedConfig from_environment = load_config(sources);
    REQUIRE(from_environment.problems.empty());
    CHECK(from_environment.config.shards == std::vector<std::string>{"tcp://a:1", "tcp://b:2"});

    sources.flags = {{"shards", {"tcp://c:3"}}};  // --shard, repeatable
    CHECK(load_config(sources).config.shards == std::vector<std::string>{"tcp://c:3"});
}

TEST_CASE("a remote shard that is not tcp://HOST:PORT is a problem naming the key and the entry", "[api][config][shards]") {
    Config config;
    config.shards = {"tcp://10.0.0.7:33000", "10.0.0.8:33000", "tcp://h:99999"};
    const auto problems = validate(config);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].to_string() == "shards: entry 2 \"10.0.0.8:33000\" must start with tcp://");
    CHECK_THAT(problems[1].to_string(), Catch::StartsWith("shards: entry 3 \"tcp://h:99999\" port must be"));

    for (const char* text : {R"({"shards": "tcp://a:1"})", R"({"shards": ["tcp://a:1", 5]})"}) {
        INFO(text);
        test::TempDir dir;
        const LoadedConfig loaded = load_file(dir, text);
        REQUIRE(loaded.problems.size() == 1);
        CHECK_THAT(loaded.problems[0].to_string(), Catch::StartsWith("shards: must be a list of strings"));
    }
}
