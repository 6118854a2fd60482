// The JSON the API (and `helpdex … --json`) answers with.
#pragma once

#include <nlohmann/json.hpp>

#include "search/search.h"
#include "search/suggester.h"

namespace helpdex::api {

nlohmann::json search_response_json(const SearchResponse& response);
nlohmann::json suggestion_json(const Suggestion& suggestion);
// The whole document plus the languages its translation group is available in.
nlohmann::json document_json(const KbDocument& document, const std::vector<std::pair<std::string, std::string>>& translations);

}  // namespace helpdex::api
