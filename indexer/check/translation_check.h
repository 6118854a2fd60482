// Cross-document rules on ids and translation groups, over every valid document's key in
// corpus order. Pure: problems go into `diagnostics`, nothing else is touched.
#pragma once

#include <vector>

#include "indexer/check/document_key.h"
#include "indexer/diagnostics.h"

namespace helpdex::indexer {

// Ids are unique across the corpus: the first document keeps its id, each later one is an
// error (duplicate-id). Returns which documents pass.
std::vector<bool> check_unique_ids(const std::vector<DocumentKey>& keys, Diagnostics& diagnostics);

// A translation names the id of a document (translation-missing-target) that is an original,
// not a translation itself (translation-chain), nor one of a cycle of translations
// (translation-cycle); a published translation's original is not a draft
// (translation-of-draft). Errors; clears `keep` for each document reported.
void check_translation_targets(const std::vector<DocumentKey>& keys, std::vector<bool>& keep, Diagnostics& diagnostics);

// Among the published documents `keep`s, a translation group has one version per language:
// the original's, then the first translation's in corpus order; a later one is an error
// (translation-duplicate-language) and its `keep` is cleared. Drafts and archived
// documents do not count: a draft may be the next version of a published translation.
void check_group_languages(const std::vector<DocumentKey>& keys, std::vector<bool>& keep, Diagnostics& diagnostics);

// A notice (translation-missing-language) for each published original article whose group
// lacks a language that other published articles are translated into (the language of a
// translation). Only `keep`s count.
void report_missing_translations(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep,
                                 Diagnostics& diagnostics);

}  // namespace helpdex::indexer
