// Writing JSON answers into cpp-httplib responses: one body encoding, one error shape.
#pragma once

#include <nlohmann/json.hpp>

#include "api/errors.h"

namespace httplib { struct Response; }

namespace helpdex::api {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";
inline constexpr const char* kRequestIdHeader = "X-Request-Id";

// Sets the status and the body, compact JSON with invalid UTF-8 replaced (never throws on
// text from the index or the request).
void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);

// {"error":{"code","message","field"}} with the error's status.
void send_error(httplib::Response& res, const ApiError& error);

}  // namespace helpdex::api
