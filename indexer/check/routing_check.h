// Categories the routing table does not route: their inquiries go to the default route.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indexer/check/document_key.h"
#include "indexer/diagnostics.h"
#include "search/routing.h"

namespace helpdex::indexer {

// The categories of the published documents, each with the documents using it.
class CategoryUses {
public:
    // The document at `position` of the keys is published in `category`.
    void add(const std::string& category, size_t position);

    // A warning (unrouted-category) at the first of the `keep`s using each category for which
    // neither it nor a parent category has a route in `routing`. None when the table has no
    // category routes at all: a missing or broken table is reported on its own.
    void check_routes(const RoutingTable& routing, const std::vector<DocumentKey>& keys, const std::vector<bool>& keep,
                      Diagnostics& diagnostics) const;

private:
    std::map<std::string, std::vector<size_t>> uses_;
};

}  // namespace helpdex::indexer
