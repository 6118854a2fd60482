// Admitting a request: its key, the key's scopes, the key's rate.
#include "api/access/access_control.h"

#include <cmath>

#include <httplib.h>

#include "api/errors.h"

namespace helpdex::api::access {

namespace {

ApiError unauthorized(const std::string& message) {
    ApiError error(401, "unauthorized", message, "Authorization");
    error.header("WWW-Authenticate", "Bearer realm=\"helpdex\"");
    return error;
}

// The key in "Authorization: Bearer <key>", or empty.
std::string bearer_key(const httplib::Request& req) {
    const std::string header = req.get_header_value("Authorization");
    constexpr std::string_view kScheme = "Bearer ";
    if (header.size() <= kScheme.size()) return "";
    for (size_t i = 0; i < kScheme.size(); ++i) {
        // The scheme is case-insensitive (RFC 9110 §11.1).
        if (std::tolower(static_cast<unsigned char>(header[i])) != std::tolower(static_cast<unsigned char>(kScheme[i]))) return "";
    }
    const size_t start = header.find_first_not_of(' ', kScheme.size());
    return start == std::string::npos ? "" : header.substr(start);
}

}  // namespace

AccessControl::AccessControl(const AccessOptions& options)
    : keys_(options.keys_file, options.inline_keys), limiter_(options.rate), cors_(options.cors_origins) {}

void AccessControl::admit(RequestContext& context, const httplib::Request& req) {
    const Scope scope = context.scope;
    if (scope == Scope::public_) return;
    const auto ring = keys_.current();
    if (ring->empty()) return;
    const std::string presented = bearer_key(req);
    if (presented.empty()) throw unauthorized("this endpoint needs an API key: send Authorization: Bearer <key>");
    const ApiKey* key = ring->verify(presented);
    if (!key) throw unauthorized("the API key is not one this server accepts");
    context.key_name = key->name;
    if (!key->grants(scope)) {
        throw ApiError(403, "forbidden", "the key \"" + key->name + "\" lacks the " + std::string(scope_name(scope)) + " scope",
                       "Authorization");
    }
    const double wait = limiter_.take(key->name, key->rate);
    if (wait > 0) {
        ApiError error(429, "rate_limited", "the key \"" + key->name + "\" is over its rate limit; retry after the delay given");
        error.header("Retry-After", std::to_string(static_cast<long long>(std::ceil(wait))));
        throw error;
    }
}

bool is_loopback(const std::string& host) {
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

}  // namespace helpdex::api::access
