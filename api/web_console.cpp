// Serving the agent console's embedded files.
#include "api/web_console.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <utility>

#include <httplib.h>

namespace helpdex::api {

namespace {

Handler asset_handler(WebAsset asset) {
    const std::string etag = etag_of(asset.bytes);
    const std::string_view type = content_type_of(asset.path);
    return [asset, etag, type](const RequestContext&, Services&, const httplib::Request& req, httplib::Response& res) {
        res.set_header("Content-Security-Policy", kConsoleContentSecurityPolicy);
        res.set_header("Referrer-Policy", "no-referrer");
        // Revalidated on every load (cheap: a 304), so a new build's page is never mixed
        // with an old build's scripts.
        res.set_header("Cache-Control", "no-cache");
        res.set_header("ETag", etag);
        if (req.get_header_value("If-None-Match") == etag) {
            res.status = 304;
            return;
        }
        res.set_content(asset.bytes.data(), asset.bytes.size(), std::string(type).c_str());
    };
}

}  // namespace

std::vector<Route> web_console_routes(const std::vector<WebAsset>& assets) {
    std::vector<Route> routes;
    for (const WebAsset& asset : assets) {
        routes.push_back({"GET", "/web/" + std::string(asset.path), Scope::public_, asset_handler(asset)});
        if (asset.path == "index.html") routes.push_back({"GET", "/", Scope::public_, asset_handler(asset)});
    }
    return routes;
}

std::string_view content_type_of(std::string_view path) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kTypes{{
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".txt", "text/plain; charset=utf-8"},
    }};
    for (const auto& [extension, type] : kTypes) {
        if (path.ends_with(extension)) return type;
    }
    return "application/octet-stream";
}

std::string etag_of(std::string_view bytes) {
    uint64_t hash = 14695981039346656037ull;  // FNV-1a offset basis
    for (const unsigned char byte : bytes) {
        hash ^= byte;
        hash *= 1099511628211ull;  // FNV prime
    }
    char text[21];
    std::snprintf(text, sizeof text, "\"%016llx\"", static_cast<unsigned long long>(hash));
    return text;
}

}  // namespace helpdex::api
