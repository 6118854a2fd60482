// Validate, then write: a corpus folder into a new generation.
#include "indexer/index_folder.h"

#include <string>

#include "indexer/check/corpus_check.h"
#include "indexer/document_source.h"

namespace helpdex::indexer {

namespace {

// The folder scanned, with the corpus check when asked for: what the check holds (a hundred
// thousand articles' shingles) is let go before the index is written.
CorpusFolder scan_checking(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics, const CheckOptions* check) {
    if (!check) return CorpusFolder::scan(corpus_dir, diagnostics);
    CorpusCheck corpus_check(*check);
    return CorpusFolder::scan(corpus_dir, diagnostics, &corpus_check);
}

}  // namespace

FolderIndexing index_folder(const std::filesystem::path& corpus_dir, const std::filesystem::path& index_dir,
                            const IndexOptions& options, bool strict, const OnValidated& on_validated,
                            const CheckOptions* check) {
    FolderIndexing result;
    // Validated once, then read again as it is written: a corpus of a million documents
    // would not fit in memory parsed.
    const CorpusFolder corpus = scan_checking(corpus_dir, result.diagnostics, check);
    if (on_validated) on_validated(result.diagnostics, corpus.catalog().size());
    if (strict && result.diagnostics.has_errors()) return result;
    result.summary = write_index(corpus, index_dir, corpus_dir, options);
    return result;
}

std::vector<Diagnostic> check_folder(const std::filesystem::path& corpus_dir, const CheckOptions& options) {
    Diagnostics diagnostics;
    CorpusCheck check(options);
    CorpusFolder::scan(corpus_dir, diagnostics, &check);
    return by_place(diagnostics.all());
}

IndexOptions options_of_manifest(const nlohmann::json& manifest) {
    IndexOptions options;
    if (manifest.contains("field_weights") && manifest["field_weights"].is_object()) {
        std::string spec;
        for (const auto& [field, weight] : manifest["field_weights"].items()) {
            if (!weight.is_number_unsigned()) continue;
            spec += (spec.empty() ? "" : ",") + field + "=" + std::to_string(weight.get<unsigned>());
        }
        try {
            options.field_weights = parse_field_weights(spec);
        } catch (const std::invalid_argument&) {
            // A manifest of another version: its weights are not ours to guess.
        }
    }
    const auto shards = manifest.value("/shards/count"_json_pointer, nlohmann::json());
    if (shards.is_number_unsigned() && shards.get<size_t>() >= 1 && shards.get<size_t>() <= kMaxShards) {
        options.shards = shards.get<size_t>();
    }
    return options;
}

}  // namespace helpdex::indexer
