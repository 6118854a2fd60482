// Loads the labelled cases and queries by header name and picks the quick-run subset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bench_types.h"

namespace relbench {

// Rows of `path` with columns text and category (and id when id_required; optional otherwise).
// Throws InputError naming file, line and column on any bad row.
std::vector<LabelledText> read_labelled_csv(const std::string& path, bool id_required);

// A helpdex category path: lower case, [a-z0-9_-] segments joined by '/'; other characters
// become '_' and empty segments are dropped. Empty when nothing usable is left.
std::string to_category_path(std::string_view raw);

// `limit` queries drawn by a fixed-seed shuffle (same seed, same subset on every machine),
// kept in file order. All of them when limit is 0 or not smaller than their number.
std::vector<LabelledText> deterministic_subset(const std::vector<LabelledText>& queries, size_t limit, uint64_t seed);

// n items spread evenly over the list (all of them when n is not smaller than its size).
std::vector<LabelledText> evenly_spaced(const std::vector<LabelledText>& items, size_t n);

}  // namespace relbench
