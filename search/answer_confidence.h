// How sure helpdex is that a hit answers an inquiry, and so whether it has an answer at
// all: a logistic model over evidence that does not depend on the knowledge base's size,
// language or wording, fitted once on labelled inquiries and out-of-scope texts
// (bench/calibration/fit_confidence) so that a confidence of 0.7 is right about 70% of
// the time.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "search/analysis/analyzer.h"
#include "search/category_belief.h"
#include "search/hit.h"
#include "search/query_terms.h"
#include "search/wording/lexicon.h"

namespace helpdex {

class Searcher;

struct AnswerEvidence {
    double coverage = 0.0;         // idf-weighted share of the inquiry's terms the document holds, itself or translated
    double relative_score = 0.0;   // its score over the best of its list
    double rank = 0.0;             // its place in its list, from 0
    double category_belief = 0.0;  // the belief in its category
    double known_share = 0.0;      // idf-weighted share of the inquiry's terms the index holds at all
    double title_coverage = 0.0;   // as coverage, of the document's title alone: a title match is strong evidence
    double same_language = 0.0;    // 1 when the document is in the language the inquiry is read in
    double score_share = 0.0;      // its score over the inquiry's summed idf, at most 3
};

// Whether the knowledge base answers an inquiry at all, from its best hits.
struct InquiryEvidence {
    double known_share = 0.0;          // as in AnswerEvidence
    double solution_coverage = 0.0;    // the top solution's coverage (0 without one)
    // The idf-weighted share of the inquiry's terms the index lacks although its language's
    // word list knows them: matter the knowledge base does not cover ("famine", "recipe"),
    // unlike a name, a code or a typo, which no word list holds.
    double off_topic_share = 0.0;
    double score_share = 0.0;          // the top solution's score over the inquiry's summed idf, at most 3
    double category_confidence = 0.0;  // the classifier's calibrated probability of its category
    // The belief in the top solution's category (0 without one): an answer in the category
    // the inquiry's words and its similar cases point to is likelier to be one.
    double solution_belief = 0.0;
    double same_language = 0.0;        // 1 when the top solution is in the inquiry's language
    double brevity = 0.0;              // 1 / (1 + the inquiry's term count): short texts carry less evidence
};

inline constexpr size_t kEvidenceFeatures = 8;
// A score over the inquiry's summed idf is capped here: past it the evidence is plain.
inline constexpr double kMaxScoreShare = 3.0;
using EvidenceFeatures = std::array<double, kEvidenceFeatures>;
EvidenceFeatures evidence_features(const AnswerEvidence& evidence);
EvidenceFeatures evidence_features(const InquiryEvidence& evidence);

// P(right | evidence) = σ(bias + Σ weight · feature).
struct ConfidenceModel {
    double bias = 0.0;
    EvidenceFeatures weights{};

    double confidence(const EvidenceFeatures& features) const;
};

// Fitted by bench/calibration/fit_confidence (see its README for the data and the figures):
// P(a solution is right), P(a similar issue is of the right category), P(the inquiry has
// an answer in the knowledge base).
extern const ConfidenceModel kSolutionConfidence;
extern const ConfidenceModel kSimilarIssueConfidence;
extern const ConfidenceModel kAnswerableConfidence;

// Reads the evidence for the hits of one inquiry. Not thread-safe: uses the Searcher.
class EvidenceReader {
public:
    EvidenceReader(Searcher& searcher, const QueryTerms& inquiry_terms, const std::string& lang);

    // `hits` ranked best first and presented (their shown documents loaded).
    std::vector<AnswerEvidence> read(const std::vector<Hit>& hits, const CategoryBelief& belief) const;

    double known_share() const { return known_share_; }
    // InquiryEvidence::off_topic_share, of the inquiry's `words` (those its terms came from)
    // by the word list of the language they were read in.
    double off_topic_share(const std::vector<analysis::AnalyzedWord>& words, const wording::Lexicon& lexicon) const;
    // The inquiry's summed term weight (idf), what a score is measured against.
    double total_weight() const { return total_weight_; }

private:
    // The inquiry's idf-weighted share that `sorted_terms`, of a document in `doc_lang`, hold.
    double coverage(const std::vector<std::string>& sorted_terms, const std::string& doc_lang) const;

    Searcher& searcher_;
    std::string lang_;
    std::vector<std::pair<std::string, double>> weighted_terms_;  // term, idf
    std::vector<std::string> unseen_terms_;                      // those the index lacks, sorted
    double total_weight_ = 0.0;
    double known_share_ = 0.0;
};

}  // namespace helpdex
