// The suggestion engine: from a customer's inquiry to ranked solutions, similar past
// issues, the inquiry's language, category and urgency, and the escalation path.
#pragma once

#include <string>
#include <vector>

#include "search/searcher.h"
#include "search/urgency.h"

namespace helpdex {

struct SuggestRequest {
    std::string text;     // the inquiry: an email, a chat line, a phone note
    std::string subject;  // optional e-mail subject: counts double
    std::string lang;     // optional language hint (a code the analysis knows)
    std::string product;  // optional product code: documents about it rank higher
    size_t limit = 5;     // solutions and similar issues, each
};

struct InquiryAnalysis {
    std::string language;
    double language_confidence = 0.0;
    std::string category;           // empty when nothing matched
    double category_confidence = 0.0;  // calibrated: "right this often"
    bool category_uncertain = true;    // confidence below RankingParameters::uncertain_below
    std::string urgency = "normal";  // low, normal, high, urgent
    std::vector<UrgencyCue> urgency_cues;
    std::vector<std::string> terms;  // the words the search used
};

struct EscalationAdvice {
    std::string category;
    std::string team;
    std::string tier;                // the tier to hand over to (after first contact)
    std::string sla;                 // for the inquiry's urgency
    std::vector<std::string> path;   // every tier, first contact to last
    std::string when;
    std::string contact;
    std::string source;              // "document:<id>", "routing:<category>", "routing:default" or "none"
};

struct Suggestion {
    InquiryAnalysis inquiry;
    std::vector<Hit> solutions;
    std::vector<Hit> similar_issues;
    EscalationAdvice escalation;
};

// How evidence is combined. The defaults were chosen with bench_tune_ranking on an 80/20
// split of the banking77 cases (7,200 indexed, 1,800 held out), never on the query set the
// relevance bench reports; neighbouring values scored within 0.3 points of them.
struct RankingParameters {
    double classifier_weight = 0.8;       // category belief = w·classifier + (1−w)·retrieval vote
    double category_boost = 3.0;          // a hit's score × (1 + boost · belief in its category)
    double uncertain_below = 0.5;         // category confidence under which the answer says so
    double repeat_category_factor = 0.2;  // each further hit of a listed category counts this much less
    // BM25: a grid of k1 ∈ {0.6, 1, 1.6} × b ∈ {0.25, 0.5, 0.75} scored within 0.2 points on
    // the split, so Xapian's defaults stay.
    double bm25_k1 = 1.0;                 // term-frequency saturation
    double bm25_b = 0.5;                  // length normalisation
    size_t expand_up_to_terms = 3;        // inquiries of at most this many terms get relevance feedback
    double expansion_weight = 0.3;        // weight of the expansion terms relative to the inquiry's
};

// Not thread-safe: uses the Searcher's per-thread state.
Suggestion suggest(Searcher& searcher, const UrgencyCues& cues, const SuggestRequest& request,
                   const RankingParameters& parameters = {});

// Cuts quoted replies and signatures ("-- ", "Sent from my iPhone", "> …") from an e-mail
// body: noise that would otherwise outweigh a two-line question.
std::string strip_quoted_and_signature(std::string_view text);

}  // namespace helpdex
