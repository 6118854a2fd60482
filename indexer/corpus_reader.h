// Reads a corpus folder: articles/**/*.md, cases/*.jsonl and routing.yaml.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/check/document_key.h"
#include "indexer/diagnostics.h"
#include "indexer/glossary.h"
#include "search/document.h"
#include "search/routing.h"

namespace helpdex::indexer {

struct Corpus {
    std::vector<KbDocument> documents;  // every valid document, whatever its status
    RoutingTable routing;
    Glossary glossary;
    size_t skipped = 0;                 // documents left out for errors
};

// Gets each valid document as it is read, with its key.
using DocumentVisitor = std::function<void(KbDocument&&, DocumentKey&&)>;
// Whether to read a file (its path relative to the corpus folder).
using FileFilter = std::function<bool(const std::string& file)>;

// Parses articles/**/*.md, then cases/*.jsonl, in sorted file order, giving each valid
// document to `visit` (before the cross-document checks) and reporting the others; returns
// how many were invalid. Throws std::runtime_error when the folder itself is unusable.
// Given `read`, only the files it accepts are read.
size_t walk_corpus(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics, const DocumentVisitor& visit,
                   const FileFilter& read = {});

// The cross-document checks (ids unique; a translation names an original that is not one
// itself, nor a draft when the translation is published; one version per language in a
// translation group: check/translation_check.h):
// which of the documents, in walk order, pass; the others are reported as errors.
std::vector<bool> cross_check(const std::vector<DocumentKey>& keys, Diagnostics& diagnostics);

// routing.yaml, or an empty table (with a warning when it is missing, errors when invalid).
RoutingTable read_routing(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics);

// Reads and validates everything, reporting each problem into `diagnostics`. Never
// throws for bad content; throws std::runtime_error when the folder itself is unusable.
Corpus read_corpus(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics);

// Parses routing.yaml; nullopt after reporting errors.
std::optional<RoutingTable> parse_routing(std::string_view yaml, const std::string& file, Diagnostics& diagnostics);

}  // namespace helpdex::indexer
