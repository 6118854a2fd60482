// YAML front matter (yaml-cpp) and JSONL lines (nlohmann::json) to raw fields.
#include "indexer/front_matter.h"

#include <yaml-cpp/yaml.h>

namespace helpdex::indexer {

namespace {

nlohmann::json yaml_to_json(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return nullptr;
        case YAML::NodeType::Scalar:
            return node.Scalar();
        case YAML::NodeType::Sequence: {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& item : node) array.push_back(yaml_to_json(item));
            return array;
        }
        case YAML::NodeType::Map: {
            nlohmann::json object = nlohmann::json::object();
            for (const auto& entry : node) object[entry.first.as<std::string>()] = yaml_to_json(entry.second);
            return object;
        }
    }
    return nullptr;
}

// The next line of `text` from `pos`, without its line break; advances `pos`.
std::string_view next_line(std::string_view text, size_t& pos) {
    const size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

}  // namespace

std::optional<RawRecord> parse_article(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // UTF-8 byte order mark
    size_t pos = 0;
    if (next_line(text, pos) != "---") {
        diagnostics.error("front-matter", file, 1, "", "missing front matter: the file must start with a line '---'");
        return std::nullopt;
    }
    const size_t yaml_begin = pos;
    size_t yaml_end = std::string_view::npos;
    size_t line_number = 1;
    while (pos < text.size()) {
        const size_t line_start = pos;
        ++line_number;
        const std::string_view line = next_line(text, pos);
        if (line == "---" || line == "...") {
            yaml_end = line_start;
            break;
        }
    }
    if (yaml_end == std::string_view::npos) {
        diagnostics.error("front-matter", file, 1, "", "front matter is not closed: no line '---' after the opening one");
        return std::nullopt;
    }

    RawRecord record;
    record.line = 1;
    record.body_line = line_number + 1;
    record.body = std::string(text.substr(pos));
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.substr(yaml_begin, yaml_end - yaml_begin)));
    } catch (const YAML::Exception& e) {
        // yaml-cpp marks are 0-based and count from the first YAML line (file line 2).
        diagnostics.error("front-matter", file, e.mark.line >= 0 ? static_cast<size_t>(e.mark.line) + 2 : 1, "",
                          "front matter is not valid YAML: " + e.msg);
        return std::nullopt;
    }
    if (!root.IsMap()) {
        diagnostics.error("front-matter", file, 2, "", "front matter must be a YAML mapping of keys to values");
        return std::nullopt;
    }
    for (const auto& entry : root) {
        const size_t line = static_cast<size_t>(entry.first.Mark().line) + 2;
        if (!entry.first.IsScalar()) {
            diagnostics.error("front-matter", file, line, "", "front matter keys must be plain words");
            return std::nullopt;
        }
        const std::string key = entry.first.Scalar();
        if (record.fields.count(key)) {
            diagnostics.error("duplicate-key", file, line, key, "appears twice");
            return std::nullopt;
        }
        record.fields[key] = RawField{yaml_to_json(entry.second), line};
    }
    return record;
}

std::optional<RawRecord> parse_case_line(std::string_view text, const std::string& file, size_t line,
                                         Diagnostics& diagnostics) {
    nlohmann::json object;
    try {
        object = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        std::string reason = e.what();
        if (auto at = reason.find("parse error"); at != std::string::npos) reason = reason.substr(at);
        diagnostics.error("invalid-json", file, line, "", "not valid JSON: " + reason);
        return std::nullopt;
    }
    if (!object.is_object()) {
        diagnostics.error("invalid-json", file, line, "", "each line must be a JSON object");
        return std::nullopt;
    }
    RawRecord record;
    record.line = line;
    record.body_line = line;
    for (auto& [key, value] : object.items()) record.fields[key] = RawField{value, line};
    return record;
}

}  // namespace helpdex::indexer
