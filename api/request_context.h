// What a handler knows about the request it answers, beyond the HTTP message: its id, when
// it started, the route it matched and the scope that route requires.
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <string_view>

namespace helpdex::api {

// What a caller must be allowed to do to use a route; API keys grant scopes (see
// api/access/access_control.h).
enum class Scope {
    public_,   // "public": health checks, open to anyone (`public` is a C++ keyword)
    search,    // search, suggest and read documents
    feedback,  // tell helpdex which answer helped
    admin,     // reindex, reload, configuration
};

// "public", "search", "feedback", "admin".
std::string_view scope_name(Scope scope);

struct RequestContext {
    std::string request_id;                         // also sent back in X-Request-Id
    std::chrono::steady_clock::time_point started;  // when the guard took the request
    std::string route;                              // the matched route's pattern, e.g. "/v1/documents/{id}"
    Scope scope = Scope::public_;                   // the scope the route requires
    std::string key_name;                           // the caller's API key's name; empty: none needed
};

// Whether a client's X-Request-Id may be echoed: [A-Za-z0-9._-]{1,64}.
bool is_valid_request_id(std::string_view id);

// Issues request ids: the client's own when valid, else "<8 hex digits>-<n>", the digits
// random per RequestIds object (per server), n counting up. Thread-safe.
class RequestIds {
public:
    RequestIds();
    std::string issue(std::string_view given);
    std::string fresh();

private:
    std::string prefix_;
    std::atomic<unsigned long long> counter_{0};
};

}  // namespace helpdex::api
