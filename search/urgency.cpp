// The cue matcher; the cue tables are in each language's profile (search/analysis/languages/).
#include "search/urgency.h"

#include <algorithm>
#include <array>

#include "search/document.h"

#include "search/analysis/language_profile.h"

namespace helpdex {

UrgencyCues::UrgencyCues(analysis::Analyzer& analyzer) {
    for (const analysis::LanguageProfile& profile : analysis::language_profiles()) {
        const std::string lang(profile.code);
        for (const analysis::RawUrgencyCue& raw : profile.urgency_cues) {
            Entry entry{lang, {}, UrgencyCue{std::string(raw.phrase), static_cast<int>(raw.level), std::string(raw.reason)}};
            for (const auto& word : analyzer.analyze(raw.phrase, lang)) entry.terms.push_back(word.term);
            if (!entry.terms.empty()) entries_.push_back(std::move(entry));
        }
    }
}

std::vector<UrgencyCue> UrgencyCues::find(const std::vector<analysis::AnalyzedWord>& words, std::string_view lang) const {
    std::vector<UrgencyCue> found;
    for (const Entry& entry : entries_) {
        if (entry.lang != lang || entry.terms.size() > words.size()) continue;
        for (size_t start = 0; start + entry.terms.size() <= words.size(); ++start) {
            bool match = true;
            for (size_t k = 0; k < entry.terms.size() && match; ++k) match = words[start + k].term == entry.terms[k];
            if (match) {
                found.push_back(entry.cue);
                break;
            }
        }
    }
    // A longer phrase ("data breach") makes a shorter one it contains ("breach") redundant.
    std::vector<UrgencyCue> kept;
    for (const UrgencyCue& cue : found) {
        const bool contained = std::any_of(found.begin(), found.end(), [&](const UrgencyCue& other) {
            return other.phrase.size() > cue.phrase.size() && other.phrase.find(cue.phrase) != std::string::npos;
        });
        if (!contained) kept.push_back(cue);
    }
    found = std::move(kept);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.level > b.level; });
    return found;
}

const UrgencyCues& standard_urgency_cues() {
    static const UrgencyCues cues = [] {
        analysis::Analyzer analyzer;
        return UrgencyCues(analyzer);
    }();
    return cues;
}

std::string assess_urgency(const std::vector<UrgencyCue>& cues, const Hit* top_solution, double trusted_from) {
    const bool calm = std::any_of(cues.begin(), cues.end(), [](const UrgencyCue& c) { return c.level == 0; });
    const bool trusted = top_solution && top_solution->confidence >= trusted_from;
    // Without a word on it, a confident answer's priority says how pressing such a case is
    // (a how-to FAQ is low, a known outage high); a guess says nothing.
    int level = calm ? 0 : trusted ? top_solution->priority : 1;
    for (const auto& cue : cues) {
        // "Not urgent", "no rush": the words of haste are negated; a hazard or a breach is not.
        if (calm && cue.reason == "time") continue;
        level = std::max(level, cue.level);
    }
    return std::string(priority_name(level));
}

}  // namespace helpdex
