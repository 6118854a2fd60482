// The CORS headers.
#include "api/access/cors.h"

#include <algorithm>

#include <httplib.h>

namespace helpdex::api::access {

CorsPolicy::CorsPolicy(std::vector<std::string> origins) : origins_(std::move(origins)) {}

bool CorsPolicy::allows(std::string_view origin) const {
    if (origin.empty()) return false;
    return std::any_of(origins_.begin(), origins_.end(), [&](const std::string& allowed) { return allowed == "*" || allowed == origin; });
}

void CorsPolicy::annotate(const httplib::Request& req, httplib::Response& res) const {
    const std::string origin = req.get_header_value("Origin");
    if (!allows(origin)) return;
    res.set_header("Access-Control-Allow-Origin", origin);
    res.set_header("Vary", "Origin");
    // Without this a page's script could not read them.
    res.set_header("Access-Control-Expose-Headers", "X-Request-Id, Server-Timing, X-Helpdex-Generation, Retry-After");
}

bool CorsPolicy::answer_preflight(const httplib::Request& req, httplib::Response& res) const {
    if (req.method != "OPTIONS" || !req.has_header("Access-Control-Request-Method")) return false;
    if (!allows(req.get_header_value("Origin"))) return false;
    annotate(req, res);
    res.set_header("Access-Control-Allow-Methods", "GET, POST");
    res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id, Accept-Language");
    res.set_header("Access-Control-Max-Age", "600");
    res.status = 204;
    return true;
}

}  // namespace helpdex::api::access
