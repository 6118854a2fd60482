// Answer evidence and the fitted confidence models.
#include "search/answer_confidence.h"

#include <algorithm>
#include <cmath>

#include "search/searcher.h"
#include "search/title_match.h"

namespace helpdex {

// Fitted by bench/calibration/fit_confidence; the README there tells on what.
const ConfidenceModel kSolutionConfidence{-16.9035, {7.1323, 11.2486, 3.0180, 5.1692, -0.3757, -1.3958, 0.1495, -0.5516}};
const ConfidenceModel kSimilarIssueConfidence{-5.6724, {1.4328, 1.6680, 0.6940, 11.0254, 0.9332, 2.5625, -0.3218, -1.0719}};

const ConfidenceModel kAnswerableConfidence{1.4399, {-1.8717, 2.7978, 1.7431, 1.3276, 3.6431, -0.7831, -1.1894, -12.8805}};

EvidenceFeatures evidence_features(const AnswerEvidence& e) {
    return {e.coverage,       e.relative_score, 1.0 / (1.0 + e.rank), e.category_belief,
            e.known_share,    e.title_coverage, e.same_language,       e.score_share};
}

EvidenceFeatures evidence_features(const InquiryEvidence& e) {
    return {e.known_share,         e.solution_coverage, e.similar_coverage, e.score_share,
            e.category_confidence, e.title_coverage,    e.same_language,    e.brevity};
}

double ConfidenceModel::confidence(const EvidenceFeatures& features) const {
    double z = bias;
    for (size_t i = 0; i < kEvidenceFeatures; ++i) z += weights[i] * features[i];
    return 1.0 / (1.0 + std::exp(-z));
}

EvidenceReader::EvidenceReader(Searcher& searcher, const QueryTerms& inquiry_terms, const std::string& lang)
    : searcher_(searcher), lang_(lang) {
    const double documents = searcher.document_count();
    // A term the index lacks weighs as much as the rarest: it is the inquiry's own matter.
    const double unseen_weight = std::log((documents + 1.0) / 0.5);
    double known = 0.0;
    for (const auto& term : inquiry_terms.terms) {
        const Xapian::doccount frequency = searcher.term_frequency(term);
        const double weight = frequency == 0 ? unseen_weight : std::log((documents + 1.0) / (frequency + 0.5));
        weighted_terms_.emplace_back(term, weight);
        total_weight_ += weight;
        if (frequency > 0) known += weight;
    }
    known_share_ = total_weight_ > 0 ? known / total_weight_ : 0.0;
}

double EvidenceReader::coverage(const std::vector<std::string>& sorted_terms, const std::string& doc_lang) const {
    double held = 0.0;
    for (const auto& [term, weight] : weighted_terms_) {
        if (bridge::holds(searcher_.generation().term_bridge(), sorted_terms, term, lang_, doc_lang)) held += weight;
    }
    return total_weight_ > 0 ? held / total_weight_ : 0.0;
}

std::vector<AnswerEvidence> EvidenceReader::read(const std::vector<Hit>& hits, const CategoryBelief& belief) const {
    std::vector<AnswerEvidence> out;
    const double best = hits.empty() ? 0.0 : hits.front().score;
    for (size_t rank = 0; rank < hits.size(); ++rank) {
        const Hit& hit = hits[rank];
        AnswerEvidence e;
        e.coverage = hit.shown ? coverage(hit.shown->terms, hit.lang) : 0.0;
        e.title_coverage = coverage(title_terms(searcher_.analyzer(), hit), hit.lang);
        e.relative_score = best > 0 ? hit.score / best : 0.0;
        e.score_share = total_weight_ > 0 ? std::min(kMaxScoreShare, hit.score / total_weight_) : 0.0;
        e.rank = static_cast<double>(rank);
        const auto it = belief.find(hit.category);
        e.category_belief = it == belief.end() ? 0.0 : it->second;
        e.known_share = known_share_;
        e.same_language = hit.lang == lang_ ? 1.0 : 0.0;
        out.push_back(e);
    }
    return out;
}

}  // namespace helpdex
