// Request ids and scope names.
#include "api/request_context.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <random>

namespace helpdex::api {

std::string_view scope_name(Scope scope) {
    switch (scope) {
        case Scope::public_: return "public";
        case Scope::search: return "search";
        case Scope::feedback: return "feedback";
        case Scope::admin: return "admin";
    }
    return "unknown";
}

bool is_valid_request_id(std::string_view id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
}

RequestIds::RequestIds() {
    std::random_device random;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%08x", random());
    prefix_ = buffer;
}

std::string RequestIds::issue(std::string_view given) {
    return is_valid_request_id(given) ? std::string(given) : fresh();
}

std::string RequestIds::fresh() {
    return prefix_ + "-" + std::to_string(++counter_);
}

}  // namespace helpdex::api
