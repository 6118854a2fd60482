// The suggestion engine: from a customer's inquiry to ranked solutions, similar past
// issues, the inquiry's language, category and urgency, and the escalation path.
#pragma once

#include <string>
#include <vector>

#include "search/answer_confidence.h"
#include "search/escalation.h"
#include "search/hit.h"
#include "search/inquiry_cleaning.h"
#include "search/language_choice.h"
#include "search/ranking_parameters.h"
#include "search/requests.h"
#include "search/searcher.h"
#include "search/stage_timer.h"
#include "search/urgency.h"
#include "search/wording/synonyms.h"

namespace helpdex {

// A run of the inquiry's text and what helpdex made of it (search/inquiry_cleaning.h).
struct TextSegment {
    std::string text;
    SegmentKind kind = SegmentKind::read;
};

struct InquiryAnalysis {
    std::string language;
    double language_confidence = 0.0;
    LanguageSource language_source = LanguageSource::detected;  // why that language
    bool language_in_index = true;     // false: answered from the closest language the index holds
    std::string category;              // empty when nothing matched
    double category_confidence = 0.0;  // calibrated: "right this often"
    bool category_uncertain = true;    // confidence below RankingParameters::uncertain_below
    std::string urgency = "normal";    // low, normal, high, urgent
    std::vector<UrgencyCue> urgency_cues;
    std::vector<std::string> terms;    // the words the search used
    std::vector<wording::Correction> corrections;  // typos read as the corpus's words
    std::vector<TextSegment> segments; // the request's text, in order: read, quoted, signed, greetings
};

struct Suggestion {
    InquiryAnalysis inquiry;
    // Whether a solution is likely right (RankingParameters::answered_from). When not, the
    // category is uncertain and the escalation is the default route: the knowledge base
    // has no answer, and a specialist team should not get the ticket on a guess.
    bool answered = false;
    std::vector<Hit> solutions;
    std::vector<Hit> similar_issues;
    double answer_confidence = 0.0;  // P(the knowledge base answers it): kAnswerableConfidence
    // The evidence each returned hit's confidence was computed from, in list order, and
    // the inquiry's: what bench/calibration fits the models on.
    std::vector<AnswerEvidence> solution_evidence, similar_issue_evidence;
    InquiryEvidence inquiry_evidence;
    EscalationAdvice escalation;
    // Wall time of each stage in pipeline order: inquiry, retrieval, category, feedback
    // (short inquiries only), category_candidates (when a category was found), ranking,
    // presentation.
    std::vector<StageTime> timings;
};

// Reads the inquiry, retrieves candidates, decides its category and urgency, widens the
// candidates (relevance feedback for short inquiries, the likely category's documents),
// ranks them and resolves the escalation. Not thread-safe: uses the Searcher's state.
Suggestion suggest(Searcher& searcher, const SuggestRequest& request, const RankingParameters& parameters = {},
                   const wording::Synonyms& synonyms = wording::no_synonyms());

}  // namespace helpdex
