// Reading synonyms.yaml the way the server will, to report its problems at index time.
#include "indexer/synonyms_check.h"

#include "common/files.h"
#include "search/wording/synonyms.h"

namespace helpdex::indexer {

void check_synonyms(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics) {
    const std::filesystem::path path = corpus_dir / "synonyms.yaml";
    if (!std::filesystem::exists(path)) return;
    std::vector<wording::SynonymProblem> problems;
    wording::Synonyms::parse(read_file(path), "synonyms.yaml", problems);
    for (const auto& problem : problems) diagnostics.warning("invalid-synonyms", problem.file, problem.line, "", problem.message);
}

}  // namespace helpdex::indexer
