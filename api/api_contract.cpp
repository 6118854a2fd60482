// YAML to JSON for the contract.
#include "api/api_contract.h"

#include <charconv>
#include <regex>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

namespace helpdex::api {

namespace {

// A plain scalar as the JSON value YAML's core schema gives it.
nlohmann::json plain_scalar(const std::string& text) {
    static const std::regex kNull("null|Null|NULL|~|");
    static const std::regex kTrue("true|True|TRUE"), kFalse("false|False|FALSE");
    static const std::regex kInteger("[-+]?[0-9]+");
    static const std::regex kFloat(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
    if (std::regex_match(text, kNull)) return nullptr;
    if (std::regex_match(text, kTrue)) return true;
    if (std::regex_match(text, kFalse)) return false;
    if (std::regex_match(text, kInteger)) {
        long long value = 0;
        const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
        if (std::from_chars(begin, text.data() + text.size(), value).ec == std::errc()) return value;
    }
    if (std::regex_match(text, kFloat)) return std::stod(text);
    return text;
}

nlohmann::json to_json(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: {
            nlohmann::json object = nlohmann::json::object();
            for (const auto& item : node) object[item.first.as<std::string>()] = to_json(item.second);
            return object;
        }
        case YAML::NodeType::Sequence: {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& item : node) array.push_back(to_json(item));
            return array;
        }
        case YAML::NodeType::Scalar:
            // yaml-cpp tags a quoted scalar "!", a plain one "?".
            return node.Tag() == "?" ? plain_scalar(node.Scalar()) : nlohmann::json(node.Scalar());
        default:
            return nullptr;
    }
}

}  // namespace

nlohmann::json yaml_to_json(std::string_view yaml) {
    try {
        return to_json(YAML::Load(std::string(yaml)));
    } catch (const YAML::Exception& e) {
        throw std::runtime_error(std::string("the API contract is not valid YAML: ") + e.what());
    }
}

const nlohmann::json& openapi_json() {
    static const nlohmann::json contract = yaml_to_json(openapi_yaml());
    return contract;
}

}  // namespace helpdex::api
