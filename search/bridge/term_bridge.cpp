// The term bridge's look-up and its stored form.
#include "search/bridge/term_bridge.h"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace helpdex::bridge {

namespace {
constexpr std::string_view kFormat = "helpdex-term-bridge-1";
}  // namespace

std::string TermBridge::key(std::string_view from, std::string_view term, std::string_view to) {
    std::string k;
    k.reserve(from.size() + to.size() + term.size() + 2);
    k.append(from).append(1, '\t').append(to).append(1, '\t').append(term);
    return k;
}

std::span<const Translation> TermBridge::translate(std::string_view from, std::string_view term, std::string_view to) const {
    const auto it = table_.find(key(from, term, to));
    if (it == table_.end()) return {};
    return it->second;
}

void TermBridge::set(std::string_view from, std::string_view term, std::string_view to, std::vector<Translation> translations) {
    std::stable_sort(translations.begin(), translations.end(),
                     [](const Translation& a, const Translation& b) { return a.probability > b.probability; });
    if (translations.empty()) table_.erase(key(from, term, to));
    else table_[key(from, term, to)] = std::move(translations);
}

nlohmann::json TermBridge::to_json() const {
    // Sorted, so that the same corpus always writes the same file.
    std::vector<const std::pair<const std::string, std::vector<Translation>>*> entries;
    for (const auto& entry : table_) entries.push_back(&entry);
    std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
    nlohmann::json table = nlohmann::json::object();
    for (const auto* entry : entries) {
        nlohmann::json list = nlohmann::json::array();
        for (const Translation& t : entry->second) list.push_back({t.term, t.probability});
        table[entry->first] = std::move(list);
    }
    return {{"format", kFormat}, {"translations", std::move(table)}};
}

TermBridge TermBridge::from_json(const nlohmann::json& model) {
    if (!model.is_object() || model.value("format", "") != kFormat) throw std::runtime_error("term bridge: unknown format");
    TermBridge bridge;
    for (const auto& [k, list] : model.at("translations").items()) {
        std::vector<Translation> translations;
        for (const auto& pair : list) translations.push_back({pair.at(0).get<std::string>(), pair.at(1).get<float>()});
        bridge.table_.emplace(k, std::move(translations));
    }
    return bridge;
}

bool holds(const TermBridge& bridge, const std::vector<std::string>& sorted_terms, const std::string& term,
           std::string_view from, std::string_view to) {
    const auto held = [&](const std::string& t) { return std::binary_search(sorted_terms.begin(), sorted_terms.end(), t); };
    if (held(term)) return true;
    if (from == to) return false;
    const auto translations = bridge.translate(from, term, to);
    return std::any_of(translations.begin(), translations.end(), [&](const Translation& t) { return held(t.term); });
}

}  // namespace helpdex::bridge
