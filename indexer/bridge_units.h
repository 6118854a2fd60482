// What a translated article teaches the term bridge: the units it shares with its
// translations (title, tags, symptoms, each step, each section), as index terms.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
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

// The published languages of each translation group, and every published language.
struct GroupLanguages {
    std::unordered_map<std::string, std::set<std::string>> of_group;
    std::set<std::string> all;

    // The languages of the index `group` has no version in.
    std::vector<std::string> missing_in(const std::string& group) const;
};
GroupLanguages group_languages(const std::vector<CatalogEntry>& catalog);

// Adds `d`'s units. Lists are aligned item by item only when they have the same length in
// both languages (a unit's name carries the length), and always as a whole.
void add_aligned_units(const KbDocument& d, analysis::Analyzer& analyzer, bridge::AlignedUnits& units);

}  // namespace helpdex::indexer
