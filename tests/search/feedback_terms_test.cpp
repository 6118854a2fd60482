// Proves search/feedback_terms: relevance feedback's choice of terms by offer weight.
#include <catch2/catch.hpp>

#include <map>

#include "search/feedback_terms.h"

using namespace helpdex;

namespace {

using Terms = std::vector<std::string>;

QueryTerms known_of(const Terms& terms) {
    QueryTerms known;
    for (const auto& term : terms) {
        known.terms.push_back(term);
        known.frequency[term] = 1;
    }
    return known;
}

struct Index {
    Xapian::doccount documents = 1000;
    std::map<std::string, Xapian::doccount> frequency;
    mutable std::vector<std::string> looked_up;

    Terms select(const std::vector<Terms>& relevant, size_t count, const Terms& known = {}) const {
        std::vector<const Terms*> lists;
        for (const auto& terms : relevant) lists.push_back(&terms);
        return select_feedback_terms(lists, documents, [this](const std::string& term) {
            looked_up.push_back(term);
            return frequency.at(term);
        }, count, known_of(known));
    }
};

}  // namespace

TEST_CASE("feedback prefers terms the relevant documents share and the index rarely holds", "[feedback]") {
    Index index;
    index.frequency = {{"card", 300}, {"chargeback", 5}, {"dispute", 20}, {"merchant", 40}, {"the", 990}, {"zebra", 1}};
    const std::vector<Terms> relevant = {{"card", "chargeback", "dispute", "merchant", "the"},
                                         {"card", "chargeback", "dispute", "the", "zebra"},
                                         {"chargeback", "merchant", "the"}};
    // chargeback: all three and rare; dispute: two, rarer than merchant (two); card: two but
    // common; "the" nearly everywhere; zebra: one document only.
    CHECK(index.select(relevant, 3) == Terms{"chargeback", "dispute", "merchant"});
    CHECK(index.select(relevant, 10) == Terms{"chargeback", "dispute", "merchant", "card"});
    CHECK(index.select(relevant, 1) == Terms{"chargeback"});
    // The inquiry's own terms are never proposed, and a term one document holds is never looked up.
    CHECK(index.select(relevant, 2, {"chargeback"}) == Terms{"dispute", "merchant"});
    CHECK(std::find(index.looked_up.begin(), index.looked_up.end(), "zebra") == index.looked_up.end());
}

TEST_CASE("with one relevant document its rarest terms are proposed", "[feedback]") {
    Index index;
    index.frequency = {{"card", 300}, {"chargeback", 5}, {"dispute", 20}};
    CHECK(index.select({{"card", "chargeback", "dispute"}}, 2) == Terms{"chargeback", "dispute"});
}

TEST_CASE("without relevant documents or terms nothing is proposed", "[feedback]") {
    Index index;
    index.frequency = {{"card", 300}};
    CHECK(index.select({}, 5).empty());
    CHECK(index.select({{}, {}}, 5).empty());
    CHECK(index.select({{"card"}, {"card"}}, 0).empty());
}
