// The corpus linter: what an editor should hear about beyond what indexing refuses —
// content (check/content_check.h), routes (check/routing_check.h), links
// (check/link_check.h), near-duplicates (check/near_duplicates.h) and translation gaps
// (check/translation_check.h) — gathered as the corpus is walked, judged once it is read.
#pragma once

#include <memory>
#include <vector>

#include "indexer/check/check_options.h"
#include "indexer/check/document_key.h"
#include "indexer/check/link_check.h"
#include "indexer/check/near_duplicates.h"
#include "indexer/check/routing_check.h"
#include "indexer/diagnostics.h"
#include "search/document.h"
#include "search/routing.h"

namespace helpdex::indexer {

// Holds, per document, only what the checks across documents need: a published article's
// word shingles and links, each category's first use. Not thread-safe.
class CorpusCheck {
public:
    explicit CorpusCheck(CheckOptions options);
    ~CorpusCheck();
    CorpusCheck(const CorpusCheck&) = delete;
    CorpusCheck& operator=(const CorpusCheck&) = delete;

    // Each valid document with its key, in corpus order (as walk_corpus visits them).
    void add(const KbDocument& document, const DocumentKey& key);

    // Reports the findings over everything added: `keys` are the documents' keys in the
    // order added, `keep` what cross_check kept of them. Warnings and notices only: what is
    // an error is refused by the indexer's own checks.
    void finish(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep, const RoutingTable& routing,
                Diagnostics& diagnostics) const;

private:
    void report_near_duplicates(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep,
                                Diagnostics& diagnostics) const;

    CheckOptions options_;
    Diagnostics found_;  // each document's own findings, as it was added
    CategoryUses categories_;
    std::vector<ArticleLinks> links_;
    NearDuplicateFinder near_duplicates_;
    std::unique_ptr<analysis::Tokenizer> tokenizer_;
    size_t added_ = 0;
};

// `diagnostics` ordered by file, then line (the order of their finding kept among equals):
// how `helpdex check` lists them.
std::vector<Diagnostic> by_place(std::vector<Diagnostic> diagnostics);

}  // namespace helpdex::indexer
