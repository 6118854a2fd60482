// The environment layer of the config: which HELPDEX_ variables set which keys.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/config.h"

namespace helpdex::api {

// The keys the variables set, as a config layer; a malformed number becomes a problem naming
// its key. HELPDEX_SHARDS is a comma-separated list.
nlohmann::json environment_layer(const std::map<std::string, std::string>& environment,
                                 std::vector<ConfigProblem>& problems);

}  // namespace helpdex::api
