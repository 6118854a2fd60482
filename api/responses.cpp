// JSON bodies into cpp-httplib responses.
#include "api/responses.h"

#include <cstdio>

#include <httplib.h>

namespace helpdex::api {

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJsonContentType);
}

void send_error(httplib::Response& res, const ApiError& error) {
    for (const auto& [name, value] : error.headers()) res.set_header(name, value);
    send_json(res, error_body(error), error.status());
}

std::string server_timing(const std::vector<StageTime>& stages) {
    std::string header;
    for (const StageTime& stage : stages) {
        char duration[32];
        std::snprintf(duration, sizeof duration, ";dur=%.3f", stage.ms);
        if (!header.empty()) header += ", ";
        header.append(stage.stage).append(duration);
    }
    return header;
}

}  // namespace helpdex::api
