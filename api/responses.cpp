// JSON bodies into cpp-httplib responses.
#include "api/responses.h"

#include <httplib.h>

namespace helpdex::api {

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJsonContentType);
}

void send_error(httplib::Response& res, const ApiError& error) {
    send_json(res, error_body(error), error.status());
}

}  // namespace helpdex::api
