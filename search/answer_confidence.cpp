// Answer evidence and the fitted confidence models.
#include "search/answer_confidence.h"

#include <algorithm>
#include <cmath>

#include "search/searcher.h"

namespace helpdex {

// Fitted by bench/calibration/fit_confidence; the README there tells on what.
const ConfidenceModel kSolutionConfidence{-9.5841, {2.2873, 5.4324, 0.4850, 5.4650, 0.4478}};
const ConfidenceModel kSimilarIssueConfidence{-6.7180, {0.2435, 0.4906, 1.1591, 10.0997, 1.5994}};

const ConfidenceModel kAnswerableConfidence{-3.4723, {1.3648, 2.9536, -1.7512, 0.2738, 5.4294}};

EvidenceFeatures evidence_features(const AnswerEvidence& e) {
    return {e.coverage, e.relative_score, 1.0 / (1.0 + e.rank), e.category_belief, e.known_share};
}

EvidenceFeatures evidence_features(const InquiryEvidence& e) {
    return {e.known_share, e.solution_coverage, e.similar_coverage, e.score_share, e.category_confidence};
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

bool EvidenceReader::holds(const Hit& hit, const std::string& term) const {
    if (hit.shown->find_term(term)) return true;
    if (hit.lang == lang_) return false;
    const auto translations = searcher_.generation().term_bridge().translate(lang_, term, hit.lang);
    return std::any_of(translations.begin(), translations.end(),
                       [&](const bridge::Translation& t) { return hit.shown->find_term(t.term).has_value(); });
}

std::vector<AnswerEvidence> EvidenceReader::read(const std::vector<Hit>& hits, const CategoryBelief& belief) const {
    std::vector<AnswerEvidence> out;
    const double best = hits.empty() ? 0.0 : hits.front().score;
    for (size_t rank = 0; rank < hits.size(); ++rank) {
        const Hit& hit = hits[rank];
        AnswerEvidence e;
        double held = 0.0;
        for (const auto& [term, weight] : weighted_terms_) {
            if (hit.shown && holds(hit, term)) held += weight;
        }
        e.coverage = total_weight_ > 0 ? held / total_weight_ : 0.0;
        e.relative_score = best > 0 ? hit.score / best : 0.0;
        e.rank = static_cast<double>(rank);
        const auto it = belief.find(hit.category);
        e.category_belief = it == belief.end() ? 0.0 : it->second;
        e.known_share = known_share_;
        out.push_back(e);
    }
    return out;
}

}  // namespace helpdex
