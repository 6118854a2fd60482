// The guard every routed request passes through: context, access check, exceptions to JSON
// errors, timing, metrics and one access-log line.
#pragma once

#include <functional>

#include "api/log.h"
#include "api/request_context.h"
#include "api/routes.h"
#include "api/services.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace helpdex::api {

using HttpHandler = std::function<void(const httplib::Request&, httplib::Response&)>;

// The cpp-httplib handler for `route`: builds the RequestContext (the request id is the
// X-Request-Id already set on the response by the pre-routing handler), admits the caller
// (services.access: key, scope, rate), runs the handler and answers any exception in the JSON error shape:
// ApiError → its own status; IndexError → 503; Xapian::Error and anything else → 500 with a
// public message, the real one logged with the request id. Then counts the request in
// services.metrics and writes one access line.
// Throws only if answering itself fails (out of memory), which the server's exception
// handler then answers. `services` and `log` must outlive the handler.
HttpHandler guarded(Route route, Services& services, const Log& log);

}  // namespace helpdex::api
