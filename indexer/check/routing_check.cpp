// Which categories fall back to the default route.
#include "indexer/check/routing_check.h"

namespace helpdex::indexer {

void CategoryUses::add(const std::string& category, size_t position) { uses_[category].push_back(position); }

void CategoryUses::check_routes(const RoutingTable& routing, const std::vector<DocumentKey>& keys,
                                const std::vector<bool>& keep, Diagnostics& diagnostics) const {
    if (routing.routes().empty()) return;
    for (const auto& [category, positions] : uses_) {
        const Route* route = routing.resolve(category);
        if (route && !route->category.empty()) continue;  // the default route's category is ""
        size_t documents = 0;
        const DocumentKey* first = nullptr;
        for (size_t position : positions) {
            if (!keep[position]) continue;
            if (!first) first = &keys[position];
            ++documents;
        }
        if (!first) continue;
        diagnostics.warning("unrouted-category", first->file, first->category_line, "category",
                            "\"" + category + "\" (" + std::to_string(documents) + (documents == 1 ? " document" : " documents") +
                                ") has no route in routing.yaml, nor has any parent category: it falls back to the default route");
    }
}

}  // namespace helpdex::indexer
