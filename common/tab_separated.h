// The tab-separated tables helpdex writes for itself (what a generation keeps for the next
// reindex: language and spelling counts, aligned units, the classifier's sample): one row per
// line, its fields split on tabs, a malformed row named by its line.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string_view>
#include <vector>

namespace helpdex {

// Calls `row` with each line's fields (a line without tabs is one field). `row` returns false
// for a malformed row, which throws std::runtime_error("WHAT, line N: not SHAPE"), e.g.
// "spelling counts, line 3: not lang, word, count".
void read_tab_separated(std::istream& in, std::string_view what, std::string_view shape,
                        const std::function<bool(const std::vector<std::string_view>&)>& row);

// A count field: a whole number above 0, written in full; nullopt for anything else.
std::optional<unsigned long long> positive_count(std::string_view field);

}  // namespace helpdex
