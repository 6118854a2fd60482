// The agent console's routes: GET / answers the page, GET /web/<path> each of its files,
// from memory, with the headers a page that shows customer data should carry (the server
// adds X-Content-Type-Options: nosniff to every answer).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api/routes.h"
#include "api/web_assets.h"

namespace helpdex::api {

// Only the page's own scripts, styles and API; no inline script or style, no frames, no
// other origin: whatever text reaches the page cannot run as code.
inline constexpr const char* kConsoleContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// GET / (index.html) and GET /web/<path> for every asset; public scope (the page holds no
// data: it asks the API for it). An If-None-Match that names the asset's ETag gets 304.
std::vector<Route> web_console_routes(const std::vector<WebAsset>& assets = web_assets());

// "text/html; charset=utf-8", "text/javascript; charset=utf-8", … by extension;
// "application/octet-stream" for an unknown one.
std::string_view content_type_of(std::string_view path);

// A strong ETag for `bytes`: a quoted FNV-1a 64-bit hash in hex.
std::string etag_of(std::string_view bytes);

}  // namespace helpdex::api
