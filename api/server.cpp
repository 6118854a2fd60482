// Route table and handlers (get_search, post_suggest, get_document, get_healthz, get_readyz).
#include "api/server.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <atomic>
#include <cstdio>
#include <functional>
#include <random>
#include <set>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/errors.h"
#include "api/json_views.h"
#include "api/request_parsing.h"
#include "search/search.h"
#include "search/suggester.h"

namespace helpdex::api {

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kRequestIdHeader = "X-Request-Id";

// A Searcher (and its analysis state) per worker thread, rebuilt when the live generation
// changes. Xapian databases and ICU iterators are not thread-safe; this keeps them private.
struct ThreadEngine {
    std::unique_ptr<Searcher> searcher;
};

ThreadEngine& engine_for(const std::shared_ptr<const Generation>& generation) {
    thread_local ThreadEngine engine;
    if (!engine.searcher || engine.searcher->generation_ptr() != generation) {
        engine.searcher = std::make_unique<Searcher>(generation);
    }
    return engine;
}

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
}

void send_error(httplib::Response& res, const ApiError& error) {
    send_json(res, error_body(error), error.status());
}

QueryParams params_of(const httplib::Request& req) {
    return QueryParams(req.params.begin(), req.params.end());
}

bool is_request_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
}

std::string new_request_id() {
    static const std::string prefix = [] {
        std::random_device random;
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%08x", random());
        return std::string(buffer);
    }();
    static std::atomic<unsigned long long> counter{0};
    return prefix + "-" + std::to_string(++counter);
}

// Only SO_REUSEADDR: cpp-httplib's default adds SO_REUSEPORT, which lets a second server
// take half of this one's connections.
void exclusive_socket_options(int socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

struct Route {
    const char* method;
    const char* pattern;
    Handler handler;
};

void get_healthz(const std::shared_ptr<LiveIndex>&, const httplib::Request&, httplib::Response& res) {
    send_json(res, {{"status", "ok"}});
}

void get_readyz(const std::shared_ptr<LiveIndex>& index, const httplib::Request&, httplib::Response& res) {
    auto generation = index->current();
    ThreadEngine& engine = engine_for(generation);
    // A real query, not just "the file is open": proves the index answers.
    SearchRequest probe;
    probe.limit = 1;
    const SearchResponse response = search(*engine.searcher, probe);
    if (response.total == 0) throw ApiError(503, "unavailable", "the index holds no documents");
    send_json(res, {{"status", "ready"},
                    {"generation", generation->name()},
                    {"documents", generation->document_count()},
                    {"languages", generation->languages()}});
}

void get_search(const std::shared_ptr<LiveIndex>& index, const httplib::Request& req, httplib::Response& res) {
    const SearchRequest request = parse_search_request(params_of(req));
    ThreadEngine& engine = engine_for(index->current());
    send_json(res, search_response_json(search(*engine.searcher, request)));
}

void post_suggest(const std::shared_ptr<LiveIndex>& index, const httplib::Request& req, httplib::Response& res) {
    const std::string content_type = req.get_header_value("Content-Type");
    if (!content_type.empty() && content_type.find("json") == std::string::npos) {
        throw ApiError(415, "unsupported_media_type", "send the body as application/json, not " + content_type, "Content-Type");
    }
    const SuggestRequest request = parse_suggest_request(req.body);
    ThreadEngine& engine = engine_for(index->current());
    send_json(res, suggestion_json(suggest(*engine.searcher, request)));
}

void get_document(const std::shared_ptr<LiveIndex>& index, const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    const std::string lang = parse_document_lang(params_of(req));
    ThreadEngine& engine = engine_for(index->current());
    auto document = engine.searcher->find_document(id);
    if (!document) throw ApiError::not_found("no published document with id \"" + id + "\"");
    const auto members = engine.searcher->translations(document->group());
    if (!lang.empty() && lang != document->lang) {
        for (const auto& [member_lang, member_id] : members) {
            if (member_lang == lang) {
                document = engine.searcher->find_document(member_id);
                break;
            }
        }
    }
    send_json(res, document_json(*document, members));
}

}  // namespace

Server::Server(std::shared_ptr<LiveIndex> index, ServerOptions options)
    : index_(std::move(index)), options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
    // Without TCP_NODELAY small responses wait ~40 ms for a delayed ACK (Nagle).
    http_->set_tcp_nodelay(true);
    http_->set_socket_options(exclusive_socket_options);
    http_->set_payload_max_length(options_.max_body_bytes);
    http_->set_keep_alive_max_count(1000);
    http_->set_keep_alive_timeout(5);
    http_->set_read_timeout(10, 0);
    http_->set_write_timeout(10, 0);
    const size_t threads = std::max<size_t>(2, options_.threads);
    http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    install_routes();
}

Server::~Server() {
    stop();
}

void Server::install_routes() {
    auto bound = [this](void (*handler)(const std::shared_ptr<LiveIndex>&, const httplib::Request&, httplib::Response&)) {
        return [this, handler](const httplib::Request& req, httplib::Response& res) { handler(index_, req, res); };
    };
    const std::vector<Route> routes = {
        {"GET", "/healthz", bound(get_healthz)},
        {"GET", "/readyz", bound(get_readyz)},
        {"GET", "/v1/search", bound(get_search)},
        {"POST", "/v1/suggest", bound(post_suggest)},
        {"GET", R"(/v1/documents/([^/]+))", bound(get_document)},
    };

    // Every handler runs inside one guard, so no input can take the server down and every
    // failure answers with the same JSON error shape.
    auto guarded = [](Handler handler) {
        return [handler](const httplib::Request& req, httplib::Response& res) {
            try {
                handler(req, res);
            } catch (const ApiError& e) {
                send_error(res, e);
            } catch (const IndexError& e) {
                send_error(res, ApiError(503, "unavailable", e.what()));
            } catch (const Xapian::Error& e) {
                std::fprintf(stderr, "helpdex: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.get_description().c_str());
                send_error(res, ApiError(500, "internal_error", "the search index failed to answer"));
            } catch (const std::exception& e) {
                std::fprintf(stderr, "helpdex: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.what());
                send_error(res, ApiError(500, "internal_error", "the server failed to answer this request"));
            }
        };
    };

    std::map<std::string, std::set<std::string>> allowed;  // pattern → methods
    for (const Route& route : routes) {
        allowed[route.pattern].insert(route.method);
        const std::string method = route.method;
        if (method == "GET") http_->Get(route.pattern, guarded(route.handler));
        else if (method == "POST") http_->Post(route.pattern, guarded(route.handler));
    }
    // Known paths with the wrong method answer 405 with an Allow header, not 404.
    for (const auto& [pattern, methods] : allowed) {
        std::string allow;
        for (const auto& m : methods) allow += (allow.empty() ? "" : ", ") + m;
        auto not_allowed = [allow](const httplib::Request& req, httplib::Response& res) {
            res.set_header("Allow", allow);
            send_json(res, error_body("method_not_allowed", req.method + " is not allowed here; use " + allow, ""), 405);
        };
        if (!methods.count("GET")) http_->Get(pattern, not_allowed);
        if (!methods.count("POST")) http_->Post(pattern, not_allowed);
        http_->Put(pattern, not_allowed);
        http_->Patch(pattern, not_allowed);
        http_->Delete(pattern, not_allowed);
        http_->Options(pattern, not_allowed);
    }

    http_->set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        const std::string given = req.get_header_value(kRequestIdHeader);
        res.set_header(kRequestIdHeader, is_request_id(given) ? given : new_request_id());
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Runs for every status >= 400: fill only bodies no handler wrote (404, 413, …).
    http_->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.has_header(kRequestIdHeader)) res.set_header(kRequestIdHeader, new_request_id());
        if (res.body.empty()) {
            const auto [code, message] = describe_status(res.status);
            send_json(res, error_body(code, message, ""), res.status);
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    http_->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send_json(res, error_body("internal_error", "the server failed to answer this request", ""), 500);
    });
    if (options_.access_log) {
        http_->set_logger([](const httplib::Request& req, const httplib::Response& res) {
            std::fprintf(stderr, "%s %s %d %s\n", req.method.c_str(), req.path.c_str(), res.status,
                         res.get_header_value(kRequestIdHeader).c_str());
        });
    }
}

int Server::bind() {
    const int port = options_.port == 0 ? http_->bind_to_any_port(options_.host)
                                        : (http_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
    if (port < 0) {
        throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                                 " (is another server using it?)");
    }
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
        try {
            if (index_->refresh()) std::fprintf(stderr, "helpdex: now serving %s\n", index_->current()->name().c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "helpdex: keeping the current index: %s\n", e.what());
        }
    }
}

}  // namespace helpdex::api
