// Category → route resolution and the routing table's stored form.
#include "search/routing.h"

#include <nlohmann/json.hpp>

namespace helpdex {

const Route* RoutingTable::resolve(std::string_view category) const {
    std::string key(category);
    while (!key.empty()) {
        if (auto it = routes_.find(key); it != routes_.end()) return &it->second;
        const auto slash = key.rfind('/');
        if (slash == std::string::npos) break;
        key.resize(slash);
    }
    return default_ ? &*default_ : nullptr;
}

namespace {

nlohmann::json route_to_json(const Route& route) {
    return {{"category", route.category}, {"team", route.team}, {"path", route.path}, {"sla", route.sla}};
}

Route route_from_json(const nlohmann::json& j) {
    return Route{j.at("category").get<std::string>(), j.at("team").get<std::string>(),
                 j.at("path").get<std::vector<std::string>>(), j.at("sla").get<std::map<std::string, std::string>>()};
}

}  // namespace

nlohmann::json RoutingTable::to_json() const {
    nlohmann::json out = {{"default", default_ ? route_to_json(*default_) : nlohmann::json(nullptr)},
                          {"categories", nlohmann::json::array()}};
    for (const auto& [key, route] : routes_) out["categories"].push_back(route_to_json(route));
    return out;
}

RoutingTable RoutingTable::from_json(const nlohmann::json& j) {
    RoutingTable table;
    if (j.contains("default") && !j.at("default").is_null()) table.set_default(route_from_json(j.at("default")));
    for (const auto& route : j.at("categories")) table.add(route_from_json(route));
    return table;
}

long duration_minutes(std::string_view text) {
    if (text.size() < 2) return 0;
    long number = 0;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') return 0;
        number = number * 10 + (text[i] - '0');
        if (number > 1'000'000) return 0;
    }
    switch (text.back()) {
        case 'm': return number;
        case 'h': return number * 60;
        case 'd': return number * 60 * 24;
        case 'w': return number * 60 * 24 * 7;
        default: return 0;
    }
}

bool is_duration(std::string_view text) {
    return duration_minutes(text) > 0;
}

std::vector<std::string> category_ancestors(std::string_view category) {
    std::vector<std::string> paths;
    for (size_t slash = category.find('/'); slash != std::string_view::npos; slash = category.find('/', slash + 1)) {
        paths.emplace_back(category.substr(0, slash));
    }
    paths.emplace_back(category);
    return paths;
}

bool is_category_path(std::string_view category) {
    if (category.empty() || category.front() == '/' || category.back() == '/') return false;
    char previous = '/';
    for (char c : category) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '/';
        if (!ok || (c == '/' && previous == '/')) return false;
        previous = c;
    }
    return true;
}

}  // namespace helpdex
