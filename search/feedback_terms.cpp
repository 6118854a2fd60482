// Offer-weight term selection for relevance feedback.
#include "search/feedback_terms.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace helpdex {

std::vector<std::string> select_feedback_terms(const std::vector<const std::vector<std::string>*>& relevant,
                                               Xapian::doccount documents,
                                               const std::function<Xapian::doccount(const std::string&)>& document_frequency,
                                               size_t count, const QueryTerms& known) {
    std::map<std::string, size_t> held_by;  // term → r
    for (const auto* terms : relevant) {
        for (const auto& term : *terms) {
            if (!known.contains(term)) ++held_by[term];
        }
    }
    const double R = static_cast<double>(relevant.size());
    const double N = std::max<double>(documents, R);
    const size_t min_held = relevant.size() >= 2 ? 2 : 1;
    std::vector<std::pair<double, std::string>> weighted;
    for (const auto& [term, held] : held_by) {
        if (held < min_held) continue;
        const double r = static_cast<double>(held);
        const double n = std::clamp<double>(document_frequency(term), r, N - R + r);
        const double odds = ((r + 0.5) * (N - n - R + r + 0.5)) / ((R - r + 0.5) * (n - r + 0.5));
        weighted.emplace_back(r * std::log(odds), term);
    }
    std::stable_sort(weighted.begin(), weighted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> selected;
    for (size_t i = 0; i < weighted.size() && selected.size() < count; ++i) {
        if (weighted[i].first > 0) selected.push_back(weighted[i].second);
    }
    return selected;
}

}  // namespace helpdex
