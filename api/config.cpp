// Config layers (defaults < file < environment < flags), reading and validation.
#include "api/config.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <type_traits>

#include "api/config_environment.h"

namespace helpdex::api {

namespace {

using nlohmann::json;

// Calls visit(key, field) for every config field: the one list of keys for reading layers,
// printing and checking for unknown keys. A '.' in a key is a nested object.
template <class AnyConfig, class Visit>
void for_each_field(AnyConfig& c, Visit&& visit) {
    visit("db", c.db);
    visit("shards", c.shards);
    visit("corpus", c.corpus);
    visit("synonyms", c.synonyms);
    visit("host", c.server.host);
    visit("port", c.server.port);
    visit("threads", c.server.threads);
    visit("max_connections", c.server.max_connections);
    visit("max_queued", c.server.max_queued);
    visit("header_timeout_ms", c.server.header_timeout);
    visit("request_timeout_ms", c.server.request_timeout);
    visit("write_timeout_ms", c.server.write_timeout);
    visit("keep_alive_timeout_ms", c.server.keep_alive_timeout);
    visit("max_body_bytes", c.server.max_body_bytes);
    visit("reload_interval_ms", c.server.reload_interval);
    visit("access_log", c.server.access_log);
    visit("watch", c.server.watch);
    visit("watch_debounce_ms", c.server.watch_debounce);
    visit("tls_cert", c.server.tls_cert);
    visit("tls_key", c.server.tls_key);
    visit("keys_file", c.server.access.keys_file);
    visit("api_keys", c.server.access.inline_keys);
    visit("insecure", c.server.access.insecure);
    visit("rate_limit_per_second", c.server.access.rate.per_second);
    visit("rate_limit_burst", c.server.access.rate.burst);
    visit("cors_origins", c.server.access.cors_origins);
    visit("private_metrics", c.server.access.private_metrics);
    visit("ranking.classifier_weight", c.ranking.classifier_weight);
    visit("ranking.category_boost", c.ranking.category_boost);
    visit("ranking.uncertain_below", c.ranking.uncertain_below);
    visit("ranking.repeat_category_factor", c.ranking.repeat_category_factor);
    visit("ranking.bm25_k1", c.ranking.bm25_k1);
    visit("ranking.bm25_b", c.ranking.bm25_b);
    visit("ranking.expand_up_to_terms", c.ranking.expand_up_to_terms);
    visit("ranking.expansion_weight", c.ranking.expansion_weight);
    visit("ranking.bridge_weight", c.ranking.bridge_weight);
    visit("ranking.show_from", c.ranking.show_from);
    visit("ranking.title_boost", c.ranking.title_boost);
    visit("ranking.more_from", c.ranking.more_from);
    visit("ranking.answered_from", c.ranking.answered_from);
}

// Unknown keys are errors, so a misspelt key never silently means "the default".
void check_keys(const json& layer, const json& known, const std::string& prefix, const std::string& source,
                std::vector<ConfigProblem>& problems) {
    for (const auto& [key, value] : layer.items()) {
        const std::string field = prefix + key;
        auto it = known.find(key);
        if (it == known.end()) {
            std::string accepted;
            for (const auto& [name, ignored] : known.items()) accepted += (accepted.empty() ? "" : ", ") + name;
            problems.push_back({field, "unknown key in " + source + " (accepted: " + accepted + ")"});
        } else if (it->is_object() && !value.is_object()) {
            problems.push_back({field, "must be an object of keys, not " + std::string(value.type_name()) + " (" + source + ")"});
        } else if (it->is_object()) {
            check_keys(value, *it, field + ".", source, problems);
        }
    }
}

// Reads the fields one layer sets, recording a problem for each value of the wrong type.
class LayerReader {
public:
    LayerReader(const json& layer, std::string source, std::vector<ConfigProblem>& problems)
        : layer_(layer), source_(std::move(source)), problems_(problems) {}

    template <class T>
    void operator()(const char* key, T& field) {
        const auto at = config_pointer(key);
        if (!layer_.contains(at)) return;
        const json& value = layer_.at(at);
        if constexpr (std::is_same_v<T, std::string>) {
            if (value.is_string()) return void(field = value.get<std::string>());
            wrong_type(key, "a string", value);
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            const auto is_string = [](const json& item) { return item.is_string(); };
            if (value.is_array() && std::all_of(value.begin(), value.end(), is_string)) {
                return void(field = value.get<std::vector<std::string>>());
            }
            wrong_type(key, "a list of strings", value);
        } else if constexpr (std::is_same_v<T, bool>) {
            if (value.is_boolean()) return void(field = value.get<bool>());
            wrong_type(key, "true or false", value);
        } else if constexpr (std::is_floating_point_v<T>) {
            if (value.is_number()) return void(field = value.get<T>());
            wrong_type(key, "a number", value);
        } else if constexpr (std::is_integral_v<T>) {
            read_whole(key, value, field);
        } else {
            long long count = field.count();
            read_whole(key, value, count);
            field = T(count);
        }
    }

private:
    template <class Int>
    void read_whole(const char* key, const json& value, Int& field) {
        if (!value.is_number_integer()) return wrong_type(key, "a whole number", value);
        const bool fits = value.is_number_unsigned()
                              ? value.get<unsigned long long>() <= static_cast<unsigned long long>(std::numeric_limits<Int>::max())
                              : value.get<long long>() >= static_cast<long long>(std::numeric_limits<Int>::min());
        if (!fits) return problems_.push_back({key, value.dump() + " is out of range (" + source_ + ")"});
        field = value.is_number_unsigned() ? static_cast<Int>(value.get<unsigned long long>())
                                           : static_cast<Int>(value.get<long long>());
    }

    void wrong_type(const char* key, const char* expected, const json& value) {
        problems_.push_back({key, std::string("must be ") + expected + ", not " + value.dump() + " (" + source_ + ")"});
    }

    const json& layer_;
    std::string source_;
    std::vector<ConfigProblem>& problems_;
};

void apply_layer(Config& config, const json& layer, const std::string& source, std::vector<ConfigProblem>& problems) {
    if (!layer.is_object()) {
        problems.push_back({"config", source + " must hold a JSON object of config keys"});
        return;
    }
    check_keys(layer, config_json(Config{}), "", source, problems);
    for_each_field(config, LayerReader(layer, source, problems));
}

std::optional<json> read_config_file(const std::filesystem::path& path, std::vector<ConfigProblem>& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({"config", "cannot read " + path.string()});
        return std::nullopt;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        return json::parse(text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for numbers like 1e999
        problems.push_back({"config", path.string() + " is not valid JSON: " + e.what()});
        return std::nullopt;
    }
}

}  // namespace

LoadedConfig load_config(const ConfigSources& sources) {
    LoadedConfig loaded;
    if (sources.file) {
        if (auto layer = read_config_file(*sources.file, loaded.problems)) {
            apply_layer(loaded.config, *layer, sources.file->string(), loaded.problems);
        }
    }
    apply_layer(loaded.config, environment_layer(sources.environment, loaded.problems), "the environment", loaded.problems);
    apply_layer(loaded.config, sources.flags, "the command line", loaded.problems);
    for (ConfigProblem& problem : validate(loaded.config)) loaded.problems.push_back(std::move(problem));
    return loaded;
}

nlohmann::json config_json(const Config& config) {
    json out = json::object();
    for_each_field(config, [&out](const char* key, const auto& field) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, std::chrono::milliseconds>) {
            out[config_pointer(key)] = field.count();
        } else {
            out[config_pointer(key)] = field;
        }
    });
    return out;
}

nlohmann::json::json_pointer config_pointer(std::string_view key) {
    std::string path = "/" + std::string(key);
    std::replace(path.begin(), path.end(), '.', '/');
    return json::json_pointer(path);
}

}  // namespace helpdex::api
