// Optimal string alignment distance and the closest known name.
#include "indexer/check/did_you_mean.h"

#include <algorithm>
#include <vector>

namespace helpdex::indexer {

namespace {

char folded(char c) {
    if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
    return c == '-' ? '_' : c;
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rows of the dynamic programme: two back is needed for a swap.
    std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const bool same = folded(a[i - 1]) == folded(b[j - 1]);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
            const bool swapped = i > 1 && j > 1 && folded(a[i - 1]) == folded(b[j - 2]) && folded(a[i - 2]) == folded(b[j - 1]);
            if (swapped) current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string closest_name(std::string_view word, std::span<const std::string_view> known) {
    if (word.empty()) return "";
    const size_t allowed = std::min(word.size() <= 5 ? size_t{1} : size_t{2}, (word.size() - 1) / 2);
    size_t best = allowed + 1;
    std::string_view name;
    for (std::string_view candidate : known) {
        const size_t distance = edit_distance(word, candidate);
        if (distance < best) {
            best = distance;
            name = candidate;
        }
    }
    return std::string(name);
}

std::string unknown_name_message(std::string_view word, std::span<const std::string_view> known, std::string_view what,
                                 std::string_view otherwise) {
    const std::string name = closest_name(word, known);
    if (name.empty()) return std::string(otherwise);
    return std::string(what) + "; did you mean '" + name + "'?";
}

}  // namespace helpdex::indexer
