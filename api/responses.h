// Writing JSON answers into cpp-httplib responses: one body encoding, one error shape.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/errors.h"
#include "search/stage_timer.h"

namespace httplib { struct Response; }

namespace helpdex::api {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";
inline constexpr const char* kRequestIdHeader = "X-Request-Id";
inline constexpr const char* kServerTimingHeader = "Server-Timing";
// The index generation that answered a search, suggestion or document: each answer comes
// from one generation, even while a reindex swaps another in.
inline constexpr const char* kGenerationHeader = "X-Helpdex-Generation";

// Sets the status and the body, compact JSON with invalid UTF-8 replaced (never throws on
// text from the index or the request).
void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);

// {"error":{"code","message","field"}} with the error's status.
void send_error(httplib::Response& res, const ApiError& error);

// A Server-Timing header value (W3C Server Timing): "inquiry;dur=0.081, retrieval;dur=0.752",
// milliseconds to the microsecond. Browsers' developer tools chart it.
std::string server_timing(const std::vector<StageTime>& stages);

}  // namespace helpdex::api
