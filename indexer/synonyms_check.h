// synonyms.yaml is read by the server, not indexed (editors change it without a reindex);
// the indexer still reads it, so that an editor sees its problems with the corpus's others.
#pragma once

#include <filesystem>

#include "indexer/diagnostics.h"

namespace helpdex::indexer {

// Reports each problem of CORPUS/synonyms.yaml (when there is one) as a warning naming
// file, line and language: the server skips what they concern, so they never fail a run.
void check_synonyms(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics);

}  // namespace helpdex::indexer
