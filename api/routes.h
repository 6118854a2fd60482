// The route table: every endpoint's method, path pattern, required scope and handler.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "api/request_context.h"
#include "api/services.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace helpdex::api {

// Answers one request into `res`, or throws (ApiError, IndexError, Xapian::Error, any
// std::exception): the guard (api/guard.h) turns exceptions into JSON errors. Called from
// many threads at once with the same Services.
using Handler = std::function<void(const RequestContext&, Services&, const httplib::Request&, httplib::Response&)>;

struct Route {
    std::string method;   // "GET", "POST", …
    std::string pattern;  // "/v1/documents/{id}": each {name} matches one path segment, in req.matches
    Scope scope;
    Handler handler;
};

// Prometheus metrics (public, or admin when access.private_metrics).
inline constexpr const char* kMetricsPath = "/metrics";

// The API: GET /healthz, GET /readyz, GET /metrics, GET /v1/openapi.json (public); GET /v1/search, POST /v1/suggest,
// GET /v1/documents/{id} (search); POST /v1/admin/reindex, GET /v1/admin/jobs/{id} (admin,
// api/reindex_jobs.h); and the agent console: GET / and GET /web/<file>
// (public, api/web_console.h).
std::vector<Route> api_routes();

// The regular expression cpp-httplib matches a pattern with: each {name} becomes ([^/]+),
// every other character matches itself (".", "+"… escaped).
std::string path_regex(std::string_view pattern);

}  // namespace helpdex::api
