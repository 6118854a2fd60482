// Loads the labelled cases and queries by header name and picks the quick-run subset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bench_types.h"
#include "language_files.h"

namespace relbench {

// Rows of `path` with columns text and category (and id when id_required; optional otherwise).
// Throws InputError naming file, line and column on any bad row.
std::vector<LabelledText> read_labelled_csv(const std::string& path, bool id_required);

// The rows of every file in the order given, each with its file's language. With id_required
// (cases), an id that two files share is an InputError naming both: one corpus cannot hold it
// twice. Ids repeated inside one file are left to the corpus writer, as with a single file.
std::vector<LabelledText> read_language_files(const std::vector<LanguageFile>& files, bool id_required);

// The languages of the items, in order of first appearance.
std::vector<std::string> languages_of(const std::vector<LabelledText>& items);

// A helpdex category path: lower case, [a-z0-9_-] segments joined by '/'; other characters
// become '_' and empty segments are dropped. Empty when nothing usable is left.
std::string to_category_path(std::string_view raw);

// `limit` queries drawn by a fixed-seed shuffle (same seed, same subset on every machine),
// kept in file order. All of them when limit is 0 or not smaller than their number.
std::vector<LabelledText> deterministic_subset(const std::vector<LabelledText>& queries, size_t limit, uint64_t seed);

// n items spread evenly over the list (all of them when n is not smaller than its size).
std::vector<LabelledText> evenly_spaced(const std::vector<LabelledText>& items, size_t n);

}  // namespace relbench
