// The API contract, docs/openapi.yaml (OpenAPI 3.1), compiled into the binary: what
// GET /v1/openapi.json answers, and what CI checks every integration response against.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace helpdex::api {

// docs/openapi.yaml as it was at build time. Defined in the generated openapi_yaml.cpp.
std::string_view openapi_yaml();

// The contract as JSON, converted once. Throws std::runtime_error if the YAML cannot be
// read (a build from a broken docs/openapi.yaml; CI lints it first).
const nlohmann::json& openapi_json();

// A YAML document as JSON, scalars typed by YAML 1.2's core schema: plain null/~, true/false,
// integers and floats become JSON values; quoted scalars and everything else stay strings.
nlohmann::json yaml_to_json(std::string_view yaml);

}  // namespace helpdex::api
