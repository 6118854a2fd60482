// Unrouted answers: the status line and headers by hand, the body from error_body().
#include "api/unrouted_answers.h"

#include "api/errors.h"
#include "api/responses.h"

namespace helpdex::api {

std::string unrouted_answer(int status, std::string_view request_id) {
    const bool overloaded = status == 503;
    const std::string body =
        overloaded ? error_body("overloaded", "the server is busy; retry in a second", "").dump()
                   : error_body("request_timeout", "the request did not arrive in time", "").dump();
    std::string text = overloaded ? "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n" : "HTTP/1.1 408 Request Timeout\r\n";
    text += std::string("Content-Type: ") + kJsonContentType + "\r\n";
    text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    text += std::string(kRequestIdHeader) + ": " + std::string(request_id) + "\r\n";
    text += "Connection: close\r\n\r\n";
    return text + body;
}

}  // namespace helpdex::api
