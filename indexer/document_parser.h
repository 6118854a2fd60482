// Validates raw front matter / JSONL fields into a KbDocument, reporting every problem
// with file, line and field.
#pragma once

#include <optional>
#include <string>

#include "indexer/diagnostics.h"
#include "indexer/front_matter.h"
#include "search/document.h"

namespace helpdex::indexer {

enum class SourceKind { article, case_record };

// Returns the document, or nullopt after reporting at least one error. `file` is the path
// relative to the corpus folder. Body Markdown is rendered here (HTML, text, steps).
std::optional<KbDocument> parse_document(const RawRecord& record, SourceKind kind, const std::string& file,
                                         Diagnostics& diagnostics);

bool is_document_id(std::string_view id);
bool is_iso_date(std::string_view date);

}  // namespace helpdex::indexer
