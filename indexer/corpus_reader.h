// Reads a corpus folder: articles/**/*.md, cases/*.jsonl and routing.yaml.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/diagnostics.h"
#include "search/document.h"
#include "search/routing.h"

namespace helpdex::indexer {

struct Corpus {
    std::vector<KbDocument> documents;  // every valid document, whatever its status
    RoutingTable routing;
    size_t skipped = 0;                 // documents left out for errors
};

// Reads and validates everything, reporting each problem into `diagnostics`. Never
// throws for bad content; throws std::runtime_error when the folder itself is unusable.
Corpus read_corpus(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics);

// Parses routing.yaml; nullopt after reporting errors.
std::optional<RoutingTable> parse_routing(std::string_view yaml, const std::string& file, Diagnostics& diagnostics);

}  // namespace helpdex::indexer
