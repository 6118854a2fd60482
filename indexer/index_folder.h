// Indexing a corpus folder: validate every document, then write a new generation unless
// strict mode found errors. The one path `helpdex index` and the server's reindex jobs share.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include "indexer/check/check_options.h"
#include "indexer/diagnostics.h"
#include "indexer/index_writer.h"

namespace helpdex::indexer {

struct FolderIndexing {
    Diagnostics diagnostics;             // every problem the validation found
    std::optional<IndexSummary> summary;  // empty when strict mode refused a corpus with errors
};

// Called once the folder is validated, before anything is written: (its problems, how many
// documents it catalogued).
using OnValidated = std::function<void(const Diagnostics&, size_t)>;

// Scans `corpus_dir` (every diagnostic comes from that pass, with what the corpus check finds
// when `check` is given), then, unless `strict` and an error was found, writes it into
// `index_dir` as write_index() does (documents with errors skipped). The check's findings are
// warnings and notices: they never fail a run. Throws what write_index() throws; the served
// generation is then untouched.
FolderIndexing index_folder(const std::filesystem::path& corpus_dir, const std::filesystem::path& index_dir,
                            const IndexOptions& options, bool strict, const OnValidated& on_validated = {},
                            const CheckOptions* check = nullptr);

// What `helpdex check` reports of `corpus_dir`: everything indexing it would report, and
// what the corpus check finds (check/corpus_check.h), ordered by file and line. Throws
// std::runtime_error when the folder itself is unusable.
std::vector<Diagnostic> check_folder(const std::filesystem::path& corpus_dir, const CheckOptions& options);

// The options a generation was written with, from its manifest: field weights and shard
// count, so that a reindex keeps what the operator chose. Missing keys keep the defaults.
IndexOptions options_of_manifest(const nlohmann::json& manifest);

}  // namespace helpdex::indexer
