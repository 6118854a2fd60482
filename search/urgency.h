// An inquiry's urgency: the cues in its words that raise it whatever the matched documents
// say (an outage, a breach, a legal threat, a safety hazard), and the assessment that
// combines them with the matched documents' priorities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/analysis/analyzer.h"
#include "search/hit.h"

namespace helpdex {

struct UrgencyCue {
    std::string phrase;  // as found in the cue table, e.g. "data breach"
    int level = 0;       // priority_rank(): 2 high, 3 urgent
    std::string reason;  // "outage", "security", "legal", "safety", "time"
};

// Holds the cue phrases analysed with the same analysis as inquiries, so "hacked",
// "hacking" and "Hack" all match the cue "hacked". Build one per thread (it uses the
// thread's Analyzer only while constructing); immutable afterwards.
class UrgencyCues {
public:
    explicit UrgencyCues(analysis::Analyzer& analyzer);

    // Cues present in the analysed inquiry of language `lang`, strongest first, each once.
    std::vector<UrgencyCue> find(const std::vector<analysis::AnalyzedWord>& words, std::string_view lang) const;

private:
    struct Entry {
        std::string lang;
        std::vector<std::string> terms;  // analysed phrase
        UrgencyCue cue;
    };
    std::vector<Entry> entries_;
};

// The cue table analysed once per process: immutable, shared by every thread.
const UrgencyCues& standard_urgency_cues();

// "low", "normal", "high" or "urgent": the priority most of the voters of `category`
// carry (weighted by score; "normal" when none), raised by any of `cues`.
std::string assess_urgency(const std::vector<Hit>& voters, const std::string& category,
                           const std::vector<UrgencyCue>& cues);

}  // namespace helpdex
