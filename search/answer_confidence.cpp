// Answer evidence and the fitted confidence models.
#include "search/answer_confidence.h"

#include <algorithm>
#include <cmath>

#include "search/searcher.h"
#include "search/title_match.h"

namespace helpdex {

// Fitted by bench/calibration/fit_confidence; the README there tells on what.
const ConfidenceModel kSolutionConfidence{-15.3203, {5.2266, 9.8332, 2.7803, 5.3832, 0.5930, -0.3601, 0.3476, -0.7126}};
const ConfidenceModel kSimilarIssueConfidence{-5.8758, {1.5063, 1.9458, 0.5372, 11.1000, 1.0567, 2.8593, -0.4179, -1.1360}};

const ConfidenceModel kAnswerableConfidence{5.4300, {-2.8457, 4.8291, -8.2400, 0.5728, 0.5756, 6.2041, -2.1928, -16.9200}};

EvidenceFeatures evidence_features(const AnswerEvidence& e) {
    return {e.coverage,       e.relative_score, 1.0 / (1.0 + e.rank), e.category_belief,
            e.known_share,    e.title_coverage, e.same_language,       e.score_share};
}

EvidenceFeatures evidence_features(const InquiryEvidence& e) {
    return {e.known_share,         e.solution_coverage, e.off_topic_share,  e.score_share,
            e.category_confidence, e.solution_belief,   e.same_language,    e.brevity};
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
        else unseen_terms_.push_back(term);
    }
    known_share_ = total_weight_ > 0 ? known / total_weight_ : 0.0;
    std::sort(unseen_terms_.begin(), unseen_terms_.end());
}

double EvidenceReader::off_topic_share(const std::vector<analysis::AnalyzedWord>& words,
                                       const wording::Lexicon& lexicon) const {
    std::vector<std::string> off_topic;  // unseen terms a known word was read as
    for (const auto& word : words) {
        // Without a word list (Japanese, or none installed) every unknown word is taken for one.
        const bool known_word = lexicon.size() == 0 || lexicon.knows(word.word);
        if (known_word && std::binary_search(unseen_terms_.begin(), unseen_terms_.end(), word.term)) {
            off_topic.push_back(word.term);
        }
    }
    std::sort(off_topic.begin(), off_topic.end());
    double weight = 0.0;
    for (const auto& [term, idf] : weighted_terms_) {
        if (std::binary_search(off_topic.begin(), off_topic.end(), term)) weight += idf;
    }
    return total_weight_ > 0 ? weight / total_weight_ : 0.0;
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
