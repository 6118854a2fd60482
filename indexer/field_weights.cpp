// Parsing and printing field weights.
#include "indexer/field_weights.h"

#include <array>
#include <charconv>
#include <stdexcept>
#include <utility>

namespace helpdex::indexer {

namespace {

using Member = Xapian::termcount FieldWeights::*;

constexpr std::array<std::pair<std::string_view, Member>, 6> kFields = {{
    {"title", &FieldWeights::title},
    {"symptoms", &FieldWeights::symptoms},
    {"tags", &FieldWeights::tags},
    {"steps", &FieldWeights::steps},
    {"body", &FieldWeights::body},
    {"cases", &FieldWeights::cases},
}};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

}  // namespace

FieldWeights parse_field_weights(std::string_view spec) {
    FieldWeights weights;
    std::array<bool, kFields.size()> seen{};
    while (!spec.empty()) {
        const size_t comma = spec.find(',');
        const std::string_view item = trimmed(spec.substr(0, comma));
        spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
        if (item.empty()) continue;
        const size_t equals = item.find('=');
        const std::string_view name = trimmed(item.substr(0, equals));
        size_t field = 0;
        while (field < kFields.size() && kFields[field].first != name) ++field;
        if (field == kFields.size()) {
            throw std::invalid_argument("field weight '" + std::string(name) +
                                        "': unknown field (known: title, symptoms, tags, steps, body, cases)");
        }
        if (seen[field]) throw std::invalid_argument("field weight '" + std::string(name) + "': given twice");
        seen[field] = true;
        const std::string_view value = equals == std::string_view::npos ? std::string_view() : trimmed(item.substr(equals + 1));
        unsigned parsed = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (value.empty() || error != std::errc() || end != value.data() + value.size() || parsed > FieldWeights::kMax) {
            throw std::invalid_argument("field weight '" + std::string(name) + "': expected a whole number from 0 to " +
                                        std::to_string(FieldWeights::kMax) + ", got '" + std::string(value) + "'");
        }
        weights.*kFields[field].second = parsed;
    }
    return weights;
}

std::string to_string(const FieldWeights& weights) {
    std::string out;
    for (const auto& [name, member] : kFields) {
        if (!out.empty()) out += ',';
        out += std::string(name) + "=" + std::to_string(weights.*member);
    }
    return out;
}

nlohmann::json to_json(const FieldWeights& weights) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [name, member] : kFields) out[std::string(name)] = weights.*member;
    return out;
}

}  // namespace helpdex::indexer
