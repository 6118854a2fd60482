// API errors: one type, one JSON shape {"error":{"code","message","field"}}, the right status.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace helpdex::api {

class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string code, std::string message, std::string field = "")
        : std::runtime_error(message), status_(status), code_(std::move(code)), field_(std::move(field)) {}

    // More members of the error object, beside code, message and field ({"job": "…"}).
    ApiError& with(const std::string& key, nlohmann::json value) {
        details_[key] = std::move(value);
        return *this;
    }
    const nlohmann::json& details() const { return details_; }
    // A header the answer carries (Retry-After, WWW-Authenticate).
    ApiError& header(const std::string& name, std::string value) {
        headers_.emplace_back(name, std::move(value));
        return *this;
    }
    const std::vector<std::pair<std::string, std::string>>& headers() const { return headers_; }

    int status() const { return status_; }
    const std::string& code() const { return code_; }
    const std::string& field() const { return field_; }

    static ApiError bad_request(std::string message, std::string field) {
        return ApiError(400, "invalid_request", std::move(message), std::move(field));
    }
    static ApiError not_found(std::string message) { return ApiError(404, "not_found", std::move(message)); }

private:
    int status_;
    std::string code_;
    std::string field_;
    nlohmann::json details_ = nlohmann::json::object();
    std::vector<std::pair<std::string, std::string>> headers_;
};

// {"error":{"code":…,"message":…,"field":… or null, and any details}}
nlohmann::json error_body(const std::string& code, const std::string& message, const std::string& field);
nlohmann::json error_body(const ApiError& error);

// The error code and message for a bare HTTP status (routing misses, oversized bodies).
std::pair<std::string, std::string> describe_status(int status);

}  // namespace helpdex::api
