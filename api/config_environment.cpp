// The environment layer: HELPDEX_<KEY> variables as a config layer.
#include "api/config_environment.h"

#include <charconv>
#include <cstdlib>
#include <sstream>

namespace helpdex::api {

using nlohmann::json;

namespace {

// The variables the environment layer reads: HELPDEX_ and the key in capitals.
struct Variable {
    const char* name;
    const char* key;
    bool whole_number;
};
constexpr Variable kVariables[] = {
    {"HELPDEX_DB", "db", false},
    {"HELPDEX_CORPUS", "corpus", false},
    {"HELPDEX_SYNONYMS", "synonyms", false},
    {"HELPDEX_KEYS_FILE", "keys_file", false},
    {"HELPDEX_API_KEYS", "api_keys", false},
    {"HELPDEX_HOST", "host", false},
    {"HELPDEX_PORT", "port", true},
    {"HELPDEX_THREADS", "threads", true},
    {"HELPDEX_MAX_CONNECTIONS", "max_connections", true},
    {"HELPDEX_MAX_QUEUED", "max_queued", true},
    {"HELPDEX_HEADER_TIMEOUT_MS", "header_timeout_ms", true},
    {"HELPDEX_REQUEST_TIMEOUT_MS", "request_timeout_ms", true},
    {"HELPDEX_WRITE_TIMEOUT_MS", "write_timeout_ms", true},
    {"HELPDEX_KEEP_ALIVE_TIMEOUT_MS", "keep_alive_timeout_ms", true},
};

// Comma-separated lists.
constexpr std::pair<const char*, const char*> kListVariables[] = {
    {"HELPDEX_SHARDS", "shards"},
    {"HELPDEX_CORS_ORIGINS", "cors_origins"},
};

// "a, b,,c" → {"a", "b", "c"}: blanks around entries and empty entries dropped.
std::vector<std::string> comma_separated(const std::string& text) {
    std::vector<std::string> items;
    std::istringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        const size_t first = item.find_first_not_of(" \t");
        if (first == std::string::npos) continue;
        items.push_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
    }
    return items;
}

}  // namespace

json environment_layer(const std::map<std::string, std::string>& environment, std::vector<ConfigProblem>& problems) {
    json layer = json::object();
    for (const auto& [name, key] : kListVariables) {
        if (auto it = environment.find(name); it != environment.end() && !it->second.empty()) layer[key] = comma_separated(it->second);
    }
    for (const Variable& variable : kVariables) {
        auto it = environment.find(variable.name);
        if (it == environment.end() || it->second.empty()) continue;
        const std::string& text = it->second;
        if (!variable.whole_number) {
            layer[variable.key] = text;
            continue;
        }
        long long value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size()) {
            problems.push_back({variable.key, std::string(variable.name) + " must be a whole number, not \"" + text + "\""});
        } else {
            layer[variable.key] = value;
        }
    }
    return layer;
}

std::map<std::string, std::string> helpdex_environment() {
    std::map<std::string, std::string> environment;
    for (const Variable& variable : kVariables) {
        const char* value = std::getenv(variable.name);
        if (value && *value) environment[variable.name] = value;
    }
    for (const auto& [name, key] : kListVariables) {
        if (const char* value = std::getenv(name); value && *value) environment[name] = value;
    }
    return environment;
}

}  // namespace helpdex::api
