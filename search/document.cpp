// Serialisation of documents to and from the index's stored data.
#include "search/document.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace helpdex {

bool is_document_type(std::string_view type) {
    return std::find(std::begin(kDocumentTypes), std::end(kDocumentTypes), type) != std::end(kDocumentTypes);
}

int priority_rank(std::string_view priority) {
    for (int rank = 0; rank < 4; ++rank) {
        if (kPriorities[rank] == priority) return rank;
    }
    return -1;
}

std::string_view priority_name(int rank) {
    return kPriorities[std::clamp(rank, 0, 3)];
}

nlohmann::json to_json(const Escalation& escalation) {
    return {{"team", escalation.team},
            {"tier", escalation.tier},
            {"sla", escalation.sla},
            {"when", escalation.when},
            {"contact", escalation.contact}};
}

nlohmann::json to_stored_json(const KbDocument& d) {
    nlohmann::json out = {
        {"id", d.id},
        {"type", d.type},
        {"title", d.title},
        {"lang", d.lang},
        {"category", d.category},
        {"translation_of", d.translation_of.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.translation_of)},
        {"product", d.product.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.product)},
        {"tags", d.tags},
        {"symptoms", d.symptoms},
        {"priority", d.priority},
        {"escalation", d.escalation ? to_json(*d.escalation) : nlohmann::json(nullptr)},
        {"status", d.status},
        {"updated", d.updated.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.updated)},
        {"body_markdown", d.body_markdown},
        {"body_html", d.body_html},
        {"steps", d.steps},
        {"resolution", d.resolution.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.resolution)},
        {"source", d.source},
    };
    return out;
}

namespace {

std::string string_or(const nlohmann::json& object, const char* key, const std::string& fallback) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::string string_or_empty(const nlohmann::json& object, const char* key) {
    return string_or(object, key, "");
}

}  // namespace

KbDocument document_from_stored_json(const nlohmann::json& j) {
    KbDocument d;
    d.id = j.at("id").get<std::string>();
    d.type = j.at("type").get<std::string>();
    d.title = j.at("title").get<std::string>();
    d.lang = j.at("lang").get<std::string>();
    d.category = j.at("category").get<std::string>();
    d.translation_of = string_or_empty(j, "translation_of");
    d.product = string_or_empty(j, "product");
    d.tags = j.value("tags", std::vector<std::string>{});
    d.symptoms = j.value("symptoms", std::vector<std::string>{});
    d.priority = string_or(j, "priority", KbDocument{}.priority);
    if (auto it = j.find("escalation"); it != j.end() && it->is_object()) {
        d.escalation = Escalation{string_or_empty(*it, "team"), string_or_empty(*it, "tier"), string_or_empty(*it, "sla"),
                                  string_or_empty(*it, "when"), string_or_empty(*it, "contact")};
    }
    d.status = string_or(j, "status", KbDocument{}.status);
    d.updated = string_or_empty(j, "updated");
    d.body_markdown = string_or_empty(j, "body_markdown");
    d.body_html = string_or_empty(j, "body_html");
    d.steps = j.value("steps", std::vector<std::string>{});
    d.resolution = string_or_empty(j, "resolution");
    d.source = string_or_empty(j, "source");
    return d;
}

}  // namespace helpdex
