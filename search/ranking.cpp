// Re-weighting, diversity and translation-group collapse.
#include "search/ranking.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "search/analysis/language_profile.h"
#include "search/candidates.h"

namespace helpdex {

namespace {

constexpr double kProductMatchFactor = 1.1;

void reweight(std::vector<Hit>& candidates, const InquiryContext& inquiry, double category_boost) {
    for (Hit& hit : candidates) {
        if (hit.lang != inquiry.lang) hit.score *= kOtherLanguageFactor;
        if (!inquiry.product.empty() && hit.product == inquiry.product) hit.score *= kProductMatchFactor;
        if (auto it = inquiry.belief.find(hit.category); it != inquiry.belief.end()) {
            hit.score *= 1.0 + category_boost * it->second;
        }
    }
}

// The version of `hit`'s group a reader of `lang` most likely reads when the group lacks
// `lang`: in the language's closest relative the group has (search/analysis/languages),
// else English, the language of product names and tech words; nullopt keeps `hit`.
std::optional<Hit> closest_version(Searcher& searcher, const Hit& hit, const std::string& lang) {
    std::vector<std::string_view> readable = analysis::language_profile(lang).relatives;
    if (std::find(readable.begin(), readable.end(), "en") == readable.end()) readable.push_back("en");
    for (std::string_view relative : readable) {
        if (relative == hit.lang) return std::nullopt;
        if (auto version = searcher.find_translation(hit.group, relative)) return version;
    }
    return std::nullopt;
}

// The first hit of each translation group, in the inquiry's language when the group has it,
// else in the closest language to it the group has.
std::vector<Hit> one_per_group(Searcher& searcher, std::vector<Hit>& ordered, const std::string& lang, size_t limit) {
    std::vector<Hit> ranked;
    std::unordered_map<std::string, bool> seen_groups;
    for (Hit& hit : ordered) {
        if (ranked.size() == limit) break;
        if (seen_groups[hit.group]) continue;
        seen_groups[hit.group] = true;
        if (hit.lang != lang) {
            auto version = searcher.find_translation(hit.group, lang);
            if (!version) version = closest_version(searcher, hit, lang);
            if (version) {
                version->score = hit.score;
                ranked.push_back(std::move(*version));
                continue;
            }
        }
        ranked.push_back(std::move(hit));
    }
    return ranked;
}

}  // namespace

void diversify_categories(std::vector<Hit>& hits, double repeat_factor, const CategoryBelief& belief) {
    // A category the inquiry surely belongs to is repeated at little cost: its articles are
    // the likely answers, and other categories would be filler.
    std::unordered_map<std::string, double> factor;
    for (const Hit& hit : hits) {
        const auto it = belief.find(hit.category);
        factor[hit.category] = std::pow(repeat_factor, 1.0 - (it == belief.end() ? 0.0 : it->second));
    }
    std::vector<Hit> ordered;
    ordered.reserve(hits.size());
    std::unordered_map<std::string, int> listed;
    while (!hits.empty()) {
        size_t best = 0;
        double best_score = -1;
        for (size_t i = 0; i < hits.size(); ++i) {
            const double effective = hits[i].score * std::pow(factor[hits[i].category], listed[hits[i].category]);
            if (effective > best_score) {
                best_score = effective;
                best = i;
            }
        }
        hits[best].score = best_score;
        ++listed[hits[best].category];
        ordered.push_back(std::move(hits[best]));
        hits.erase(hits.begin() + static_cast<long>(best));
    }
    hits = std::move(ordered);
}

std::vector<Hit> rank_for_inquiry(Searcher& searcher, std::vector<Hit> candidates, const InquiryContext& inquiry,
                                  const RankingParameters& parameters, size_t limit) {
    reweight(candidates, inquiry, parameters.category_boost);
    std::stable_sort(candidates.begin(), candidates.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    if (parameters.repeat_category_factor < 1.0) diversify_categories(candidates, parameters.repeat_category_factor, inquiry.belief);
    return one_per_group(searcher, candidates, inquiry.lang, limit);
}

}  // namespace helpdex
