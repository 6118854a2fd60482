// Proves api/web_console: the agent console's files are served from the binary with their
// types, a strict Content-Security-Policy and revalidation, and the page is whole (every
// file it loads is embedded).
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "api/web_console.h"
#include "running_server.h"

using namespace helpdex;
using api::content_type_of;
using api::etag_of;

namespace {

std::set<std::string> embedded_paths() {
    std::set<std::string> paths;
    for (const api::WebAsset& asset : api::web_assets()) paths.insert(std::string(asset.path));
    return paths;
}

std::string asset_text(std::string_view path) {
    for (const api::WebAsset& asset : api::web_assets()) {
        if (asset.path == path) return std::string(asset.bytes);
    }
    FAIL("no embedded " << path);
    return {};
}

// "/web/js/app.js" → "js/app.js"; "./dom.js" from "js/app.js" → "js/dom.js".
std::string resolve(const std::string& from, const std::string& reference) {
    if (reference.starts_with("/web/")) return reference.substr(5);
    const std::string folder = from.substr(0, from.rfind('/') + 1);
    return folder + (reference.starts_with("./") ? reference.substr(2) : reference);
}

}  // namespace

TEST_CASE("the console's files are embedded, and every file the page loads is among them", "[api][web]") {
    const std::set<std::string> paths = embedded_paths();
    REQUIRE(paths.count("index.html"));
    REQUIRE(paths.count("style.css"));
    REQUIRE(paths.count("js/app.js"));
    const std::regex page_reference(R"((?:href|src)="(/web/[^"]+)\")");
    const std::regex module_import(R"(from "(\./[^"]+)\")");
    for (const std::string& path : paths) {
        const std::string text = asset_text(path);
        const std::regex& pattern = path.ends_with(".html") ? page_reference : module_import;
        for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
            INFO(path << " loads " << (*it)[1]);
            CHECK(paths.count(resolve(path, (*it)[1])));
        }
    }
}

TEST_CASE("the page has no inline script or style, which its policy would block", "[api][web]") {
    const std::string page = asset_text("index.html");
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find(" style=") == std::string::npos);
    CHECK(page.find("<style") == std::string::npos);
    CHECK(page.find(" onclick=") == std::string::npos);
}

TEST_CASE("a file's type comes from its extension", "[api][web]") {
    CHECK(content_type_of("index.html") == "text/html; charset=utf-8");
    CHECK(content_type_of("js/app.js") == "text/javascript; charset=utf-8");
    CHECK(content_type_of("style.css") == "text/css; charset=utf-8");
    CHECK(content_type_of("logo.svg") == "image/svg+xml");
    CHECK(content_type_of("notes") == "application/octet-stream");
    CHECK(content_type_of("archive.js.gz") == "application/octet-stream");
}

TEST_CASE("an ETag is a quoted hash of the bytes", "[api][web]") {
    CHECK(etag_of("") == "\"cbf29ce484222325\"");  // FNV-1a 64 of nothing: its offset basis
    CHECK(etag_of("a") == "\"af63dc4c8601ec8c\"");
    CHECK(etag_of("page one") != etag_of("page two"));
}

TEST_CASE("GET / answers the console with a strict policy, and files revalidate to 304", "[api][web][server]") {
    test::RunningServer server;
    auto client = server.client();
    auto page = client.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->get_header_value("Content-Security-Policy") == api::kConsoleContentSecurityPolicy);
    CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(page->get_header_value("Cache-Control") == "no-cache");
    CHECK(page->body == asset_text("index.html"));
    const std::string etag = page->get_header_value("ETag");
    CHECK(etag == etag_of(asset_text("index.html")));

    auto again = client.Get("/", {{"If-None-Match", etag}});
    REQUIRE(again);
    CHECK(again->status == 304);
    CHECK(again->body.empty());

    auto script = client.Get("/web/js/app.js");
    REQUIRE(script);
    CHECK(script->status == 200);
    CHECK(script->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
    CHECK(script->body == asset_text("js/app.js"));
}

TEST_CASE("a file the console does not have is a JSON 404, and the page cannot be posted to", "[api][web][server]") {
    test::RunningServer server;
    auto client = server.client();
    auto missing = client.Get("/web/js/missing.js");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(nlohmann::json::parse(missing->body)["error"]["code"] == "not_found");
    auto near_miss = client.Get("/web/js/appXjs");  // "." in a path is not a regex wildcard
    REQUIRE(near_miss);
    CHECK(near_miss->status == 404);
    auto posted = client.Post("/", "x", "text/plain");
    REQUIRE(posted);
    CHECK(posted->status == 405);
    CHECK(posted->get_header_value("Allow") == "GET");
}

TEST_CASE("every answer, JSON ones too, says nosniff", "[api][web][server]") {
    test::RunningServer server;
    auto client = server.client();
    auto health = client.Get("/healthz");
    REQUIRE(health);
    CHECK(health->get_header_value("X-Content-Type-Options") == "nosniff");
}
