// Runs helpdex as a child (index, then serve) and sends every query to POST /v1/suggest.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bench_types.h"

namespace relbench {

struct HelpdexOptions {
    std::string binary;
    std::filesystem::path corpus_dir;
    std::filesystem::path index_dir;
    size_t workers = 4;
    int similar_limit = 10;
};

// Runs `helpdex index --strict`; returns the wall time in seconds, throws when it fails.
double build_helpdex_index(const HelpdexOptions& options);

// Serves the index, sends the warm-up texts (not measured), then answers every query, and stops
// the server. Throws when helpdex cannot serve. Failed requests are kept as failed answers;
// the first few are printed to stderr.
SystemRun run_helpdex_queries(const HelpdexOptions& options, const std::vector<LabelledText>& warmup,
                              const std::vector<LabelledText>& queries);

}  // namespace relbench
