// Error bodies.
#include "api/errors.h"

namespace helpdex::api {

nlohmann::json error_body(const std::string& code, const std::string& message, const std::string& field) {
    return {{"error", {{"code", code}, {"message", message}, {"field", field.empty() ? nlohmann::json(nullptr) : nlohmann::json(field)}}}};
}

nlohmann::json error_body(const ApiError& error) {
    nlohmann::json body = error_body(error.code(), error.what(), error.field());
    for (const auto& [key, value] : error.details().items()) body["error"][key] = value;
    return body;
}

std::pair<std::string, std::string> describe_status(int status) {
    switch (status) {
        case 400: return {"bad_request", "the request could not be read"};
        case 404: return {"not_found", "no such endpoint (see GET /v1/search, POST /v1/suggest, GET /v1/documents/{id})"};
        case 405: return {"method_not_allowed", "this endpoint does not accept that method"};
        case 413: return {"payload_too_large", "the request body is larger than the server accepts"};
        case 414: return {"uri_too_long", "the request URI is too long"};
        case 415: return {"unsupported_media_type", "send the body as application/json"};
        case 503: return {"unavailable", "the index is not available"};
        default:
            if (status >= 500) return {"internal_error", "the server failed to answer this request"};
            return {"http_error", "the request failed with status " + std::to_string(status)};
    }
}

}  // namespace helpdex::api
