// Who may call what, in one place: API keys and their scopes, per-key rate limits and the
// CORS allow-list. The guard asks it once per request.
#pragma once

#include <string>
#include <vector>

#include "api/access/api_keys.h"
#include "api/access/cors.h"
#include "api/access/key_source.h"
#include "api/access/rate_limiter.h"
#include "api/request_context.h"

namespace helpdex::api::access {

// What `helpdex serve` is told about access (config keys in parentheses).
struct AccessOptions {
    std::string keys_file;                  // (keys_file) the keys file, re-read when it changes
    std::string inline_keys;                // (api_keys) entries separated by ';'
    bool insecure = false;                  // (insecure) allow a non-loopback address without keys
    RateLimit rate{0, 20};                  // (rate_limit_per_second, rate_limit_burst) per key
    std::vector<std::string> cors_origins;  // (cors_origins)
    bool private_metrics = false;           // (private_metrics) GET /metrics needs the admin scope
};

class AccessControl {
public:
    explicit AccessControl(const AccessOptions& options);

    // Lets the request on to the route needing context.scope, or throws ApiError: 401
    // unauthorized (no key, or not a key of this server; with WWW-Authenticate: Bearer), 403
    // forbidden (the key lacks the scope), 429 rate_limited (with Retry-After). Sets
    // context.key_name as soon as the key is known (so a refusal is logged with it); it stays
    // empty when the route is public or the server has no keys (loopback only).
    void admit(RequestContext& context, const httplib::Request& req);

    KeySource& keys() { return keys_; }
    const KeySource& keys() const { return keys_; }
    const CorsPolicy& cors() const { return cors_; }

private:
    KeySource keys_;
    RateLimiter limiter_;
    CorsPolicy cors_;
};

// Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost): the only addresses a
// server without keys may listen on, unless told --insecure.
bool is_loopback(const std::string& host);

}  // namespace helpdex::api::access
