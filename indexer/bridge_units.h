// What a translated article teaches the term bridge: the units it shares with its
// translations (title, tags, symptoms, each step, each section), as index terms.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "indexer/document_source.h"
#include "search/analysis/analyzer.h"
#include "search/bridge/alignment.h"
#include "search/document.h"

namespace helpdex::indexer {

// The translation groups of published articles with at least two members: the only ones
// worth keeping units of while the documents stream past.
std::unordered_set<std::string> translated_groups(const std::vector<CatalogEntry>& catalog);

// Adds `d`'s units. Lists are aligned item by item only when they have the same length in
// both languages (a unit's name carries the length), and always as a whole.
void add_aligned_units(const KbDocument& d, analysis::Analyzer& analyzer, bridge::AlignedUnits& units);

}  // namespace helpdex::indexer
