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

// "low", "normal", "high" or "urgent", the text first: "low" when it says there is no
// hurry, raised by its strongest cue (a hazard, a breach, an outage). Without a calm word,
// the top solution's priority sets the level when the solution is likely the answer
// (confidence at least `trusted_from`), else "normal": a routine question matched by a
// guess to a high-priority article stays normal.
std::string assess_urgency(const std::vector<UrgencyCue>& cues, const Hit* top_solution, double trusted_from);

}  // namespace helpdex
