// Turns a baseline's ranked cases into the top-1 and top-10 vote answers.
#include <map>

#include "baselines.h"

namespace relbench {

namespace {

std::vector<std::string> categories_of(const RankedCases& ranked) {
    std::vector<std::string> categories;
    for (const ScoredCase& c : ranked.cases) categories.push_back(c.category);
    return categories;
}

}  // namespace

Answer top1_answer(const RankedCases& ranked) {
    Answer answer;
    answer.ranked_categories = categories_of(ranked);
    answer.latency_ms = ranked.latency_ms;
    if (!ranked.cases.empty()) {
        answer.category = ranked.cases.front().category;
        answer.confidence = 1.0;
    }
    return answer;
}

Answer vote_answer(const RankedCases& ranked) {
    Answer answer;
    answer.ranked_categories = categories_of(ranked);
    answer.latency_ms = ranked.latency_ms;
    std::map<std::string, double> votes;
    double total = 0;
    for (const ScoredCase& c : ranked.cases) {
        votes[c.category] += c.score;
        total += c.score;
    }
    // Ties go to the category of the better-ranked case: walk in rank order, replace on '>' only.
    for (const ScoredCase& c : ranked.cases) {
        if (answer.category.empty() || votes[c.category] > votes[answer.category]) answer.category = c.category;
    }
    if (!answer.category.empty()) answer.confidence = total > 0 ? votes[answer.category] / total : 0;
    return answer;
}

std::vector<SystemRun> baseline_runs(const std::string& name, const BaselineResult& result) {
    SystemRun top1{name + " top-1", "in-process, 1 thread", {}, result.index_seconds, std::nullopt};
    SystemRun vote{name + " vote-10", "in-process, 1 thread", {}, result.index_seconds, std::nullopt};
    for (const RankedCases& ranked : result.per_query) {
        top1.answers.push_back(top1_answer(ranked));
        vote.answers.push_back(vote_answer(ranked));
    }
    return {top1, vote};
}

}  // namespace relbench
