// glossary.yaml: an editor's key concepts in each language, the words that translate one
// another ("refund" / "terugbetaling" / "Rückerstattung" / "remboursement" / "reembolso" /
// "返金"). They extend and override the term bridge learnt from translations.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/diagnostics.h"
#include "search/analysis/analyzer.h"
#include "search/bridge/term_bridge.h"

namespace helpdex::indexer {

struct GlossaryConcept {
    std::string name;                                           // the key, for messages
    std::map<std::string, std::vector<std::string>> phrases;    // language → words or phrases
};

struct Glossary {
    std::vector<GlossaryConcept> concepts;
    bool empty() const { return concepts.empty(); }
};

// Parses glossary.yaml; reports problems (naming file, line and key) and skips what they
// concern: an unknown language code, a concept in one language only, an empty phrase.
Glossary parse_glossary(std::string_view yaml, const std::string& file, Diagnostics& diagnostics);

// CORPUS/glossary.yaml, or an empty glossary when there is none (it is optional).
Glossary read_glossary(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics);

// For each concept and each pair of its languages, every content term of one language's
// phrases translates to every content term of the other's, replacing what was learnt for
// that term: the editor knows better than a small corpus.
void apply_glossary(const Glossary& glossary, analysis::Analyzer& analyzer, bridge::TermBridge& bridge);

}  // namespace helpdex::indexer
