// The serve subcommand.
#include "cli/serve_command.h"

#include <pthread.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "api/config.h"
#include "api/json_views.h"
#include "api/server.h"
#include "search/remote_shard.h"

namespace helpdex::cli {

namespace {

template <class T>
void add_config_flag(CLI::App& command, nlohmann::json& flags, const std::string& flag, const char* key,
                     const std::string& description) {
    const auto pointer = api::config_pointer(key);
    const nlohmann::json fallback = api::config_json(api::Config{}).at(pointer);
    command.add_option_function<T>(flag, [&flags, pointer](const T& value) { flags[pointer] = value; },
                                   description + " (default: " + (fallback.is_string() ? fallback.get<std::string>() : fallback.dump()) + ")");
}

int serve_until_signalled(const api::Config& config) {
    // Block the stop signals in every thread; one thread waits for them and stops the server.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    auto index = std::make_shared<LiveIndex>(config.db, parse_remote_shards(config.shards));
    const std::filesystem::path synonyms =
        config.synonyms.empty() ? index->current()->corpus_synonyms() : std::filesystem::path(config.synonyms);
    api::ServerSetup setup;
    setup.ranking = config.ranking;
    setup.synonyms = synonyms;
    setup.corpus = config.corpus;
    api::Server server(index, config.server, std::move(setup));
    const int port = server.bind();
    const nlohmann::json generation = api::generation_json(*index->current());
    std::cerr << "helpdex: serving " << generation["generation"].get<std::string>() << " (" << generation["documents"]
              << " documents) on " << (server.uses_tls() ? "https://" : "http://") << config.server.host << ":" << port << " (the agent console: open it in a browser)\n";
    if (server.key_count() == 0) {
        std::cerr << "helpdex: no API keys: every route is open to callers that can reach " << config.server.host
                  << " (create keys with helpdex keys create, then pass --keys-file)\n";
    } else {
        std::cerr << "helpdex: " << server.key_count() << " API keys accepted; routes other than health checks, the console"
                  << (config.server.access.private_metrics ? "" : " and metrics") << " need Authorization: Bearer <key>\n";
    }
    std::thread waiter([&server, signals] {
        int received = 0;
        sigwait(&signals, &received);
        std::cerr << "helpdex: stopping\n";
        server.stop();
    });
    server.serve();
    // serve() returned without a signal only on failure; wake the waiter either way.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}

// Who may call, from where, how often; and HTTPS.
void add_access_flags(CLI::App& command, nlohmann::json& flags) {
    add_config_flag<std::string>(command, flags, "--keys-file", "keys_file",
                                 "API keys accepted (helpdex keys create), re-read when it changes (or HELPDEX_KEYS_FILE; "
                                 "default: none, HELPDEX_API_KEYS may hold entries)");
    command.add_flag_callback("--insecure", [&flags] { flags["insecure"] = true; },
                              "Listen on a non-loopback address without API keys (every route open to the network)");
    add_config_flag<double>(command, flags, "--rate-limit", "rate_limit_per_second",
                            "Requests per second each API key may make, 0: no limit (a key's rate= overrides it)");
    add_config_flag<double>(command, flags, "--rate-burst", "rate_limit_burst", "Requests a key may make at once above its rate");
    add_config_flag<std::vector<std::string>>(command, flags, "--cors-origin", "cors_origins",
                                              "A web origin allowed to call the API from a browser, repeatable, * for any "
                                              "(or HELPDEX_CORS_ORIGINS, comma-separated)");
    command.add_flag_callback("--private-metrics", [&flags] { flags["private_metrics"] = true; },
                              "GET /metrics needs a key with the admin scope");
    add_config_flag<std::string>(command, flags, "--tls-cert", "tls_cert", "PEM certificate: serve HTTPS (with --tls-key)");
    add_config_flag<std::string>(command, flags, "--tls-key", "tls_key", "PEM private key of --tls-cert");
}

}  // namespace

void add_serve_command(CLI::App& app, ServeCommand& serve) {
    CLI::App& command = *app.add_subcommand("serve", "Serve the HTTP API");
    serve.command = &command;
    nlohmann::json& flags = serve.flags;
    command.add_option("--config", serve.config_file, "A JSON file of config keys (see --print-config)");
    command.add_flag("--print-config", serve.print_config, "Print the effective config as JSON and exit");
    add_config_flag<std::string>(command, flags, "--db", "db", "Index directory (or HELPDEX_DB)");
    add_config_flag<std::string>(command, flags, "--corpus", "corpus",
                                 "The corpus folder POST /v1/admin/reindex indexes into --db (or HELPDEX_CORPUS; default: none, "
                                 "reindexing from the server is off)");
    command.add_flag_callback("--watch", [&flags] { flags["watch"] = true; },
                              "Reindex --corpus whenever its files change (inotify), once saves have settled");
    add_config_flag<long long>(command, flags, "--watch-debounce-ms", "watch_debounce_ms",
                               "How long the corpus must be quiet before a --watch reindex starts");
    add_config_flag<std::string>(command, flags, "--synonyms", "synonyms",
                                 "synonyms.yaml to apply, re-read when it changes (or HELPDEX_SYNONYMS; default: the indexed corpus's)");
    add_config_flag<std::vector<std::string>>(command, flags, "--shard", "shards",
                                              "A remote shard tcp://HOST:PORT (xapian-tcpsrv), repeatable; replaces the "
                                              "index's own databases (or HELPDEX_SHARDS, comma-separated)");
    add_config_flag<std::string>(command, flags, "--host", "host", "Address to listen on (or HELPDEX_HOST)");
    add_config_flag<long long>(command, flags, "--port", "port", "Port, 0: any free port (or HELPDEX_PORT)");
    add_config_flag<long long>(command, flags, "--threads", "threads",
                               "Worker threads, each held only while a request is answered (or HELPDEX_THREADS)");
    add_config_flag<long long>(command, flags, "--max-connections", "max_connections",
                               "Open connections, idle keep-alive ones included; past it 503 (or HELPDEX_MAX_CONNECTIONS)");
    add_config_flag<long long>(command, flags, "--max-queued", "max_queued",
                               "Arrived requests waiting for a worker; past it 503 (or HELPDEX_MAX_QUEUED)");
    add_config_flag<long long>(command, flags, "--header-timeout-ms", "header_timeout_ms",
                               "A request's head must arrive within this (or HELPDEX_HEADER_TIMEOUT_MS)");
    add_config_flag<long long>(command, flags, "--request-timeout-ms", "request_timeout_ms",
                               "A whole request must arrive within this (or HELPDEX_REQUEST_TIMEOUT_MS)");
    add_config_flag<long long>(command, flags, "--write-timeout-ms", "write_timeout_ms",
                               "A response must be sent within this (or HELPDEX_WRITE_TIMEOUT_MS)");
    add_config_flag<long long>(command, flags, "--keep-alive-timeout-ms", "keep_alive_timeout_ms",
                               "An idle keep-alive connection is closed after this (or HELPDEX_KEEP_ALIVE_TIMEOUT_MS)");
    add_config_flag<long long>(command, flags, "--max-body-bytes", "max_body_bytes", "Largest request body accepted");
    add_config_flag<long long>(command, flags, "--reload-interval-ms", "reload_interval_ms",
                               "How often to look for a new index generation, 0: never");
    command.add_flag_callback("-q,--quiet", [&flags] { flags["access_log"] = false; }, "No access log (errors are still logged)");
    add_access_flags(command, flags);
    add_config_flag<double>(command, flags, "--classifier-weight", "ranking.classifier_weight",
                            "Category belief: weight of the classifier against the top hits' vote");
    add_config_flag<double>(command, flags, "--category-boost", "ranking.category_boost",
                            "A hit's score x (1 + boost x belief in its category)");
    add_config_flag<double>(command, flags, "--uncertain-below", "ranking.uncertain_below",
                            "Category confidence under which the answer says category_uncertain");
    add_config_flag<double>(command, flags, "--repeat-category-factor", "ranking.repeat_category_factor",
                            "How much less each further hit of an already listed category counts");
    add_config_flag<double>(command, flags, "--bm25-k1", "ranking.bm25_k1", "BM25 term-frequency saturation");
    add_config_flag<double>(command, flags, "--bm25-b", "ranking.bm25_b", "BM25 length normalisation");
    add_config_flag<long long>(command, flags, "--expand-up-to-terms", "ranking.expand_up_to_terms",
                               "Inquiries of at most this many terms get relevance feedback");
    add_config_flag<double>(command, flags, "--expansion-weight", "ranking.expansion_weight",
                            "Weight of the expansion terms relative to the inquiry's");
    add_config_flag<double>(command, flags, "--bridge-weight", "ranking.bridge_weight",
                            "Weight of a term's translations into the index's other languages relative to it");
    add_config_flag<double>(command, flags, "--show-from", "ranking.show_from",
                            "Hits less likely right than this are not returned");
    add_config_flag<double>(command, flags, "--title-boost", "ranking.title_boost",
                            "A hit's score x (1 + boost x its title's overlap with the inquiry)");
    add_config_flag<double>(command, flags, "--more-from", "ranking.more_from",
                            "Solutions after the first less likely right than this are not returned");
    add_config_flag<double>(command, flags, "--answered-from", "ranking.answered_from",
                            "A top solution at least this likely right answers the inquiry");
}

int run_serve(const ServeCommand& serve) {
    api::ConfigSources sources;
    if (!serve.config_file.empty()) sources.file = serve.config_file;
    sources.environment = api::helpdex_environment();
    sources.flags = serve.flags;
    const api::LoadedConfig loaded = api::load_config(sources);
    if (!loaded.problems.empty()) {
        for (const api::ConfigProblem& problem : loaded.problems) std::cerr << "helpdex serve: " << problem.to_string() << "\n";
        return 2;
    }
    if (serve.print_config) {
        std::cout << api::config_json(loaded.config).dump(2) << "\n";
        return 0;
    }
    return serve_until_signalled(loaded.config);
}

}  // namespace helpdex::cli
