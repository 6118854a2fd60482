// Title overlap: each side's idf-weighted share found in the other.
#include "search/title_match.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <unordered_map>

#include "search/searcher.h"

namespace helpdex {

namespace {

// Term weights, each looked up once per suggestion: titles share their words.
class Idf {
public:
    explicit Idf(const Searcher& searcher) : searcher_(searcher), documents_(searcher.document_count()) {}
    double operator()(const std::string& term) {
        auto [it, added] = cache_.try_emplace(term, 0.0);
        if (added) it->second = std::log((documents_ + 1.0) / (searcher_.term_frequency(term) + 0.5));
        return it->second;
    }

private:
    const Searcher& searcher_;
    double documents_;
    std::unordered_map<std::string, double> cache_;
};

// The inquiry's terms as the title's language writes them: themselves, and in another
// language their bridge translations.
std::set<std::string> inquiry_terms_in(const Searcher& searcher, const QueryTerms& terms, const std::string& from,
                                       const std::string& to) {
    std::set<std::string> out(terms.terms.begin(), terms.terms.end());
    if (from == to) return out;
    for (const std::string& term : terms.terms) {
        for (const auto& t : searcher.generation().term_bridge().translate(from, term, to)) out.insert(t.term);
    }
    return out;
}

// The score of the `count`-th best hit (every hit's when there are fewer).
double best_scores_from(const std::vector<Hit>& hits, size_t count) {
    if (hits.size() <= count) return -std::numeric_limits<double>::infinity();
    std::vector<double> scores;
    scores.reserve(hits.size());
    for (const Hit& hit : hits) scores.push_back(hit.score);
    std::nth_element(scores.begin(), scores.begin() + static_cast<long>(count - 1), scores.end(), std::greater<>());
    return scores[count - 1];
}

}  // namespace

std::vector<std::string> title_terms(analysis::Analyzer& analyzer, const Hit& hit) {
    std::vector<std::string> terms;
    for (const auto& word : analyzer.analyze(hit.title, hit.lang)) {
        if (!word.stopword) terms.push_back(word.term);
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

double weighted_dice(double shared_inquiry, double inquiry_total, double shared_title, double title_total) {
    if (inquiry_total <= 0 || title_total <= 0) return 0.0;
    return 2.0 * (shared_inquiry / inquiry_total) * (shared_title / title_total) /
           std::max(1e-9, shared_inquiry / inquiry_total + shared_title / title_total);
}

void boost_title_matches(std::vector<Hit>& hits, Searcher& searcher, const QueryTerms& terms, const std::string& lang,
                         double boost) {
    if (boost <= 0 || terms.terms.empty()) return;
    Idf idf(searcher);
    double inquiry_total = 0;
    for (const std::string& term : terms.terms) inquiry_total += idf(term);
    std::unordered_map<std::string, std::set<std::string>> wanted_in;  // per title language
    const double from_score = best_scores_from(hits, kTitleCandidates);
    for (Hit& hit : hits) {
        if (hit.score < from_score) continue;
        auto [it, added] = wanted_in.try_emplace(hit.lang);
        if (added) it->second = inquiry_terms_in(searcher, terms, lang, hit.lang);
        const std::set<std::string>& wanted = it->second;
        const std::vector<std::string> title = title_terms(searcher.analyzer(), hit);
        double title_total = 0, shared_title = 0;
        for (const std::string& term : title) {
            const double w = idf(term);
            title_total += w;
            if (wanted.contains(term)) shared_title += w;
        }
        double shared_inquiry = 0;
        for (const std::string& term : terms.terms) {
            if (bridge::holds(searcher.generation().term_bridge(), title, term, lang, hit.lang)) shared_inquiry += idf(term);
        }
        hit.score *= 1.0 + boost * weighted_dice(shared_inquiry, inquiry_total, shared_title, title_total);
    }
}

}  // namespace helpdex
