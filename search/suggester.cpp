// Suggestion as a pipeline: inquiry → query → candidates → category and urgency → wider
// candidates → ranking → presentation → escalation.
#include "search/suggester.h"

#include <algorithm>

#include "search/candidates.h"
#include "search/category_belief.h"
#include "search/inquiry.h"
#include "search/presentation.h"
#include "search/query_plan.h"
#include "search/ranking.h"
#include "search/title_match.h"
#include "search/wording/lexicon.h"

namespace helpdex {

namespace {

// How many of the likely category's own documents join the candidates.
constexpr size_t kCategoryCandidates = 10;
// Relevance feedback for short inquiries: how many documents, how many terms.
constexpr size_t kFeedbackDocuments = 5;
constexpr size_t kExpansionTerms = 8;
// A solution at least this likely right lends the inquiry its priority.
constexpr double kTrustedAnswer = 0.5;
// How many top hits vote on the category.
constexpr size_t kVoters = 10;

std::vector<std::string> surface_words(const QueryTerms& terms) {
    std::vector<std::string> words;
    words.reserve(terms.terms.size());
    for (const auto& term : terms.terms) words.push_back(terms.surface.at(term));
    return words;
}

// Short inquiries ("card?", "refund status") give BM25 too little to rank on: they are
// expanded with the terms that best characterise the likely category's closest documents
// (relevance set → expand set), at a fraction of the inquiry's own weight. The widened
// query searches that category alone: its new terms were chosen to tell the category's
// documents apart, elsewhere they mostly match noise, and a search of the whole index
// with them cost more than the rest of the suggestion.
void widen_with_feedback(Searcher& searcher, CandidateRetriever& retriever, InquiryQuery& query, Candidates& candidates,
                         const std::vector<Hit>& voters, const std::string& category, const RankingParameters& parameters) {
    std::vector<Xapian::docid> relevant;
    for (const Hit& hit : voters) {
        if (hit.category == category && relevant.size() < kFeedbackDocuments) relevant.push_back(hit.docid);
    }
    const auto expansion = searcher.expansion_terms(relevant, kExpansionTerms, query.terms());
    if (expansion.empty()) return;
    query.expand(expansion, parameters.expansion_weight);
    const Candidates more = retriever.retrieve_both(query.query(), category_filter(category));
    add_candidates(candidates.solutions, more.solutions, OnDuplicate::keep_higher_score);
    add_candidates(candidates.similar_issues, more.similar_issues, OnDuplicate::keep_higher_score);
}

// Each hit's confidence from its evidence; the first hit kept needs `first_from`, the
// others `more_from`.
std::vector<AnswerEvidence> assess_hits(std::vector<Hit>& hits, std::vector<AnswerEvidence> evidence, const ConfidenceModel& model,
                                        double first_from, double more_from) {
    std::vector<Hit> kept;
    std::vector<AnswerEvidence> kept_evidence;
    for (size_t i = 0; i < hits.size(); ++i) {
        hits[i].confidence = model.confidence(evidence_features(evidence[i]));
        if (hits[i].confidence < (kept.empty() ? first_from : more_from)) continue;
        kept.push_back(std::move(hits[i]));
        kept_evidence.push_back(evidence[i]);
    }
    hits = std::move(kept);
    return kept_evidence;
}

// Every hit's confidence, the hits too unlikely to be right dropped, and whether the
// knowledge base answers the inquiry at all.
void judge_answers(Searcher& searcher, const Inquiry& inquiry, const CategoryDecision& category, const RankingParameters& parameters,
                   Suggestion& suggestion) {
    const EvidenceReader reader(searcher, inquiry.terms, inquiry.read_as);
    auto solutions = reader.read(suggestion.solutions, category.belief);
    auto similar = reader.read(suggestion.similar_issues, category.belief);
    InquiryEvidence& e = suggestion.inquiry_evidence;
    e.known_share = reader.known_share();
    if (!solutions.empty()) {
        const AnswerEvidence& top = solutions.front();
        e.solution_coverage = top.coverage;
        e.score_share = top.score_share;
        e.solution_belief = top.category_belief;
        e.same_language = top.same_language;
    }
    e.off_topic_share = reader.off_topic_share(inquiry.words, wording::Lexicon::of(inquiry.read_as));
    e.brevity = 1.0 / (1.0 + static_cast<double>(inquiry.terms.terms.size()));
    e.category_confidence = category.confidence;
    suggestion.answer_confidence = kAnswerableConfidence.confidence(evidence_features(e));
    const bool likely_answered = suggestion.answer_confidence >= parameters.answered_from;
    // Without a likely answer, even the first solution is only a possibly related one.
    const double more_from = std::max(parameters.show_from, parameters.more_from);
    suggestion.solution_evidence = assess_hits(suggestion.solutions, std::move(solutions), kSolutionConfidence,
                                               likely_answered ? parameters.show_from : more_from, more_from);
    // Similar issues are context, not claimed answers: the plain floor.
    suggestion.similar_issue_evidence = assess_hits(suggestion.similar_issues, std::move(similar), kSimilarIssueConfidence,
                                                    parameters.show_from, parameters.show_from);
    suggestion.answered = likely_answered && !suggestion.solutions.empty();
}

// The likely category's best documents join the candidates even when other categories'
// documents share more words with the inquiry: the category boost can then rank them.
void add_category_candidates(CandidateRetriever& retriever, const InquiryQuery& query, Candidates& candidates,
                             const std::string& category) {
    const Xapian::Query in_category = category_filter(category);
    auto add_missing = [&](std::vector<Hit>& list, std::span<const std::string_view> types) {
        // Enough of the category is there already: another search would add nothing.
        const auto present = std::count_if(list.begin(), list.end(), [&](const Hit& h) { return h.category == category; });
        if (static_cast<size_t>(present) >= kCategoryCandidates / 2) return;
        add_candidates(list, retriever.retrieve(query.query(), types, in_category, kCategoryCandidates),
                       OnDuplicate::keep_existing);
    };
    add_missing(candidates.solutions, kSolutionTypes);
    add_missing(candidates.similar_issues, kSimilarIssueTypes);
}

}  // namespace

Suggestion suggest(Searcher& searcher, const SuggestRequest& request, const RankingParameters& parameters,
                   const wording::Synonyms& synonyms) {
    StageTimer timer;
    const Generation& generation = searcher.generation();
    const auto fix = [&searcher](std::vector<analysis::AnalyzedWord>& words, const std::string& lang) {
        return searcher.correct_spelling(words, lang);
    };
    const Inquiry inquiry = read_inquiry(request, generation, searcher.analyzer(), fix, synonyms);
    Suggestion suggestion;
    InquiryAnalysis& analysis = suggestion.inquiry;
    analysis.language = inquiry.language.language;
    analysis.language_confidence = inquiry.language.confidence;
    analysis.language_source = inquiry.language_source;
    analysis.language_in_index = inquiry.language_in_index;
    // What the rest reads: the index language the inquiry is searched in.
    const std::string& lang = inquiry.read_as;
    analysis.terms = surface_words(inquiry.terms);
    analysis.corrections = inquiry.corrections;
    for (const MessageSegment& segment : inquiry.segments) {
        analysis.segments.push_back({request.text.substr(segment.begin, segment.end - segment.begin), segment.kind});
    }
    timer.lap("inquiry");

    CandidateRetriever retriever(searcher, parameters);
    InquiryQuery query(inquiry.terms);
    query.bridge(generation.term_bridge(), lang, generation.languages(), parameters.bridge_weight);
    Candidates candidates = retriever.retrieve_both(query.query());
    if (candidates.empty()) {
        query = InquiryQuery::every_word(inquiry.words);
        query.bridge(generation.term_bridge(), lang, generation.languages(), parameters.bridge_weight);
        candidates = retriever.retrieve_both(query.query());
    }
    timer.lap("retrieval");

    // The category is voted on by the best hits of both lists, before collapsing.
    const std::vector<Hit> voters = best_of_both(candidates, lang, kVoters);
    const CategoryDecision category =
        decide_category(voters, generation.classifier().predict(inquiry.words),
                        classifier_weight_for(generation, parameters.classifier_weight), parameters.uncertain_below);
    analysis.category = category.category;
    analysis.category_confidence = category.confidence;
    analysis.category_uncertain = category.uncertain;
    analysis.urgency_cues = standard_urgency_cues().find(inquiry.words, lang);
    timer.lap("category");

    if (query.terms().terms.size() <= parameters.expand_up_to_terms && !category.category.empty() && !category.uncertain) {
        widen_with_feedback(searcher, retriever, query, candidates, voters, category.category, parameters);
        timer.lap("feedback");
    }
    if (!category.category.empty()) {
        add_category_candidates(retriever, query, candidates, category.category);
        timer.lap("category_candidates");
    }

    // Solutions only: a past case's title is one customer's wording, not the name of a topic
    // (on banking77 boosting them lowered P@1 from 0.921 to 0.917).
    boost_title_matches(candidates.solutions, searcher, query.terms(), lang, parameters.title_boost);
    const InquiryContext context{lang, request.product, category.belief};
    suggestion.solutions = rank_for_inquiry(searcher, std::move(candidates.solutions), context, parameters, request.limit);
    suggestion.similar_issues =
        rank_for_inquiry(searcher, std::move(candidates.similar_issues), context, parameters, request.limit);
    timer.lap("ranking");
    for (Hit& hit : suggestion.solutions) present_hit(searcher, hit, query.terms());
    for (Hit& hit : suggestion.similar_issues) present_hit(searcher, hit, query.terms());

    judge_answers(searcher, inquiry, category, parameters, suggestion);
    if (!suggestion.answered) analysis.category_uncertain = true;
    const Hit* likely_answer = suggestion.solutions.empty() ? nullptr : &suggestion.solutions.front();
    analysis.urgency = assess_urgency(analysis.urgency_cues, likely_answer, kTrustedAnswer);

    const Hit* top_solution = suggestion.answered ? &suggestion.solutions.front() : nullptr;
    suggestion.escalation =
        resolve_escalation(generation.routing(), suggestion.answered ? analysis.category : std::string(), analysis.urgency, top_solution);
    timer.lap("presentation");
    suggestion.timings = timer.take();
    return suggestion;
}

}  // namespace helpdex
