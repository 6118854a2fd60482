// The answers the connection layer writes itself, with no request parsed or no worker to
// parse it: whole HTTP/1.1 responses with the server's JSON error body.
#pragma once

#include <string>
#include <string_view>

namespace helpdex::api {

// 503 "overloaded" (too many connections, or the request queue is full; with Retry-After: 1)
// or 408 "request_timeout" (the request did not arrive in time). Always Connection: close.
std::string unrouted_answer(int status, std::string_view request_id);

}  // namespace helpdex::api
