// cpp-httplib set-up, routes and their 405 answers behind the guard, error bodies, binding,
// serving, stopping and the reload loop.
#include "api/server.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <map>
#include <set>

#include <httplib.h>

#include "api/corpus_watcher.h"
#include "api/errors.h"
#include "api/guard.h"
#include "api/http_connections.h"
#include "api/json_views.h"
#include "api/responses.h"
#include "api/tls.h"

namespace helpdex::api {

namespace {

// Only SO_REUSEADDR: cpp-httplib's default adds SO_REUSEPORT, which lets a second server
// take half of this one's connections.
void exclusive_socket_options(int socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

void register_handler(httplib::Server& http, const std::string& method, const std::string& regex, HttpHandler handler) {
    if (method == "GET") http.Get(regex, std::move(handler));
    else if (method == "POST") http.Post(regex, std::move(handler));
    else if (method == "PUT") http.Put(regex, std::move(handler));
    else if (method == "PATCH") http.Patch(regex, std::move(handler));
    else if (method == "DELETE") http.Delete(regex, std::move(handler));
    else if (method == "OPTIONS") http.Options(regex, std::move(handler));
    else throw std::logic_error("no cpp-httplib registration for method " + method);
}

// A known path asked with a method it does not serve: 405 with an Allow header, not 404.
Route method_not_allowed(const std::string& pattern, const std::set<std::string>& methods) {
    std::string allow;
    for (const auto& m : methods) allow += (allow.empty() ? "" : ", ") + m;
    auto answer = [allow](const RequestContext&, Services&, const httplib::Request& req, httplib::Response& res) {
        res.set_header("Allow", allow);
        send_json(res, error_body("method_not_allowed", req.method + " is not allowed here; use " + allow, ""), 405);
    };
    // Public: a wrong method is answered before any credentials would matter.
    return Route{"", pattern, Scope::public_, answer};
}

ConnectionLimits connection_limits(const ServerOptions& options) {
    ConnectionLimits limits;
    limits.threads = std::max<size_t>(2, options.threads);
    limits.max_connections = options.max_connections;
    limits.max_queued = options.max_queued;
    limits.keep_alive_timeout = options.keep_alive_timeout;
    limits.stream.header_timeout = options.header_timeout;
    limits.stream.request_timeout = options.request_timeout;
    limits.stream.write_timeout = options.write_timeout;
    limits.stream.max_body_bytes = options.max_body_bytes;
    // The certificate is loaded once, at start: a bad one stops the server, naming the file.
    if (!options.tls_cert.empty()) limits.tls = std::make_shared<TlsContext>(options.tls_cert, options.tls_key);
    return limits;
}

// "incremental: 1 added, 0 changed, 0 removed", or "full: <why>".
std::string how_reindexed(const indexer::ReindexReport& r) {
    if (!r.incremental) return "full: " + r.full_reason;
    return "incremental: " + std::to_string(r.added) + " added, " + std::to_string(r.changed) + " changed, " +
           std::to_string(r.removed) + " removed";
}

// A log line as a reindex job moves on, then the setup's own observer.
ReindexObserver logging_observer(const Log& log, ReindexObserver then) {
    return [&log, then = std::move(then)](const ReindexJob& job) {
        std::string line = "reindex " + job.id + ": ";
        if (job.state == ReindexJob::State::failed) {
            log.warning(line + "failed: " + job.error);
        } else {
            if (job.state == ReindexJob::State::running) line += phase_name(job.phase);
            else line += "succeeded, " + job.summary->generation + " live (" + std::to_string(job.summary->indexed) +
                         " documents; " + how_reindexed(job.summary->reindex) + ")";
            log.info(line);
        }
        if (then) then(job);
    };
}

}  // namespace

Server::Server(std::shared_ptr<LiveIndex> index, ServerOptions options, ServerSetup setup)
    : options_(std::move(options)),
      log_(std::move(setup.log_sink), options_.access_log),
      services_(std::move(index), setup.ranking, std::move(setup.synonyms), setup.corpus,
                logging_observer(log_, std::move(setup.reindex_observer)), options_.access),
      http_(std::make_unique<GuardedHttpServer>(connection_limits(options_), [this](int status) { return answer_unrouted(status); })) {
    // Without TCP_NODELAY small responses wait ~40 ms for a delayed ACK (Nagle).
    http_->set_tcp_nodelay(true);
    http_->set_socket_options(exclusive_socket_options);
    http_->set_payload_max_length(options_.max_body_bytes);
    services_.metrics.watch_load([this] { return Metrics::Load{http_->open_connections(), http_->queued_requests()}; });
    load_keys();
    // The operator chooses whether the metrics are public.
    for (Route& route : setup.routes) {
        if (route.pattern == kMetricsPath && options_.access.private_metrics) route.scope = Scope::admin;
    }
    install_routes(setup.routes);
    install_error_answers();
    if (setup.on_response) {
        http_->set_post_routing_handler([hook = std::move(setup.on_response)](const httplib::Request& req, httplib::Response& res) {
            hook(req, res);
        });
    }
    refresh_synonyms();
    if (options_.watch) watch_corpus();
}

void Server::watch_corpus() {
    if (!services_.reindex) throw std::runtime_error("--watch needs the corpus to watch: --corpus DIR");
    watcher_ = std::make_unique<CorpusWatcher>(services_.reindex->corpus(), options_.watch_debounce,
                                               [this] { return reindex_changed_corpus(); }, services_.index->directory());
    log_.info("watching " + services_.reindex->corpus().string() + ": a change is reindexed once saved");
}

bool Server::reindex_changed_corpus() {
    try {
        const ReindexJob job = services_.reindex->start({});
        log_.info("the corpus changed: reindex " + job.id + " started");
        return true;
    } catch (const ApiError& e) {
        if (e.status() == 409) return false;  // one is running: ask again once it may be done
        log_.warning(std::string("the corpus changed but no reindex could start: ") + e.what());
        return true;
    }
}

void Server::load_keys() {
    const auto refresh = services_.access.keys().refresh();
    if (!refresh.problems.empty()) {
        std::string problems;
        for (const auto& problem : refresh.problems) problems += "\n  " + problem.to_string();
        throw std::runtime_error("the API keys cannot be read:" + problems);
    }
}

size_t Server::key_count() const {
    return services_.access.keys().current()->size();
}

void Server::refresh_keys() {
    const auto refresh = services_.access.keys().refresh();
    for (const auto& problem : refresh.problems) log_.warning("keys (the ones in use are kept): " + problem.to_string());
    if (refresh.reread && refresh.problems.empty()) {
        log_.info("keys: " + std::to_string(services_.access.keys().current()->size()) + " API keys accepted");
    }
}

void Server::refresh_synonyms() {
    const wording::SynonymsFile::Refresh refresh = services_.synonyms.refresh();
    for (const auto& problem : refresh.problems) log_.warning("synonyms: " + problem.to_string());
    if (refresh.reread) {
        log_.info("synonyms: " + std::to_string(services_.synonyms.current()->group_count()) + " groups from " +
                  services_.synonyms.path().string());
    }
}

Server::~Server() {
    stop();
}

// Every handler, the 405 answers included, runs inside the guard, so no input can take
// the server down and every failure answers with the same JSON error shape.
void Server::install_routes(const std::vector<Route>& routes) {
    std::map<std::string, std::set<std::string>> allowed;  // pattern → methods
    for (const Route& route : routes) {
        allowed[route.pattern].insert(route.method);
        register_handler(*http_, route.method, path_regex(route.pattern), guarded(route, services_, log_));
    }
    for (const auto& [pattern, methods] : allowed) {
        const Route not_allowed = method_not_allowed(pattern, methods);
        for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
            if (!methods.count(method)) register_handler(*http_, method, path_regex(pattern), guarded(not_allowed, services_, log_));
        }
    }
    http_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        res.set_header(kRequestIdHeader, request_ids_.issue(req.get_header_value(kRequestIdHeader)));
        // No answer is ever to be read as another type than the one it declares.
        res.set_header("X-Content-Type-Options", "nosniff");
        const access::CorsPolicy& cors = services_.access.cors();
        if (cors.answer_preflight(req, res)) {
            log_unrouted(req, res);
            return httplib::Server::HandlerResponse::Handled;
        }
        cors.annotate(req, res);
        return httplib::Server::HandlerResponse::Unhandled;
    });
}

// Requests no route answered: unknown paths, oversized bodies, unreadable requests.
void Server::install_error_answers() {
    // Runs for every status >= 400. Every route writes a body, so an empty one means no
    // route ran: fill it, and log the request here since the guard never saw it.
    http_->set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
        if (!res.has_header(kRequestIdHeader)) res.set_header(kRequestIdHeader, request_ids_.fresh());
        if (res.body.empty()) {
            const auto [code, message] = describe_status(res.status);
            send_json(res, error_body(code, message, ""), res.status);
            log_unrouted(req, res);
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    // A backstop: the guard answers every exception a handler throws.
    http_->set_exception_handler([this](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        send_json(res, error_body("internal_error", "the server failed to answer this request", ""), 500);
        const std::string request_id = res.get_header_value(kRequestIdHeader);
        log_.request_error({req.method, "", req.path, 500, std::nullopt, request_id, ""}, "an exception escaped the guard");
        log_unrouted(req, res);
    });
}

// A request the guard never saw: counted and logged here.
void Server::log_unrouted(const httplib::Request& req, const httplib::Response& res) {
    services_.metrics.count_request("", req.method, res.status, -1);
    log_.access({req.method, "", req.path, res.status, std::nullopt, res.get_header_value(kRequestIdHeader), ""});
}

// The connection layer's own 503s and 408s: no route saw them, so they are logged here.
std::string Server::answer_unrouted(int status) {
    std::string id = request_ids_.fresh();
    services_.metrics.count_request("", "", status, -1);
    log_.access({"", "", "", status, std::nullopt, id, ""});
    return id;
}

int Server::bind() {
    if (services_.access.keys().current()->empty() && !access::is_loopback(options_.host) && !options_.access.insecure) {
        throw std::runtime_error("refusing to listen on " + options_.host +
                                 " without API keys: anyone who can reach it could reindex and read the knowledge base. "
                                 "Create keys (helpdex keys create) or pass --insecure");
    }
    const int port = options_.port == 0 ? http_->bind_to_any_port(options_.host)
                                        : (http_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
    if (port < 0) {
        throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                                 " (is another server using it?)");
    }
    http_->widen_listen_backlog();
    return port;
}

void Server::serve() {
    if (options_.reload_interval.count() > 0) reloader_ = std::thread([this] { reload_loop(); });
    http_->listen_after_bind();
}

void Server::stop() {
    {
        std::lock_guard lock(reload_mutex_);
        if (stopping_.exchange(true)) return;
    }
    reload_wake_.notify_all();
    http_->stop();
    if (reloader_.joinable()) reloader_.join();
}

bool Server::is_running() const {
    return http_->is_running();
}

void Server::reload_loop() {
    std::unique_lock lock(reload_mutex_);
    while (!stopping_) {
        reload_wake_.wait_for(lock, options_.reload_interval, [this] { return stopping_.load(); });
        if (stopping_) break;
        refresh_synonyms();
        refresh_keys();
        try {
            if (services_.index->refresh()) {
                // Free engines of the old generation go now; lent ones when their request ends.
                services_.searchers.drop_stale();
                log_.info("now serving " + generation_json(*services_.index->current())["generation"].get<std::string>());
            }
        } catch (const std::exception& e) {
            log_.warning(std::string("keeping the current index: ") + e.what());
        }
    }
}

}  // namespace helpdex::api
