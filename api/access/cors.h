// Cross-origin requests: which web origins (a console served from another host) may call
// the API from a browser, and the headers that tell the browser so.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace helpdex::api::access {

class CorsPolicy {
public:
    // Origins exactly as browsers send them ("https://console.example.com"); "*" allows any.
    // Empty: no cross-origin access (the console served by helpdex itself needs none).
    explicit CorsPolicy(std::vector<std::string> origins = {});

    bool allows(std::string_view origin) const;

    // Adds Access-Control-Allow-Origin (the request's origin, with Vary: Origin) and the
    // exposed headers when the request comes from an allowed origin.
    void annotate(const httplib::Request& req, httplib::Response& res) const;

    // Whether `req` is a preflight (OPTIONS with Access-Control-Request-Method) from an
    // allowed origin; if so `res` is its 204 answer, naming the methods and headers allowed.
    bool answer_preflight(const httplib::Request& req, httplib::Response& res) const;

private:
    std::vector<std::string> origins_;
};

}  // namespace helpdex::api::access
