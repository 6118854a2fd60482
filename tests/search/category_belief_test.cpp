// Proves search/category_belief: the category vote, its mix with the classifier, and the decision.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "search/category_belief.h"
#include "search/generation.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

Hit voter(const std::string& category, double score) {
    Hit h;
    h.category = category;
    h.score = score;
    return h;
}

std::vector<classifier::CategoryProbability> prediction(std::initializer_list<std::pair<const char*, double>> ps) {
    std::vector<classifier::CategoryProbability> out;
    for (const auto& [category, probability] : ps) out.push_back({category, probability});
    return out;
}

// A corpus of `per_category` cases in each of `categories`, indexed into `index_dir`.
void index_cases(const std::filesystem::path& corpus_dir, const std::filesystem::path& index_dir,
                 const std::vector<std::string>& categories, int per_category) {
    std::string lines;
    for (const auto& category : categories) {
        for (int i = 0; i < per_category; ++i) {
            const std::string id = "case-" + category + "-" + std::to_string(i);
            const std::string words = category == "printing" ? "the printer jams and the paper tray is stuck"
                                                             : "the invoice shows a late payment fee";
            lines += nlohmann::json{{"id", id}, {"type", "case"}, {"title", "Case " + std::to_string(i)}, {"lang", "en"},
                                    {"category", category}, {"body", words + " number " + std::to_string(i)}}
                         .dump() +
                     "\n";
        }
    }
    test::write_file(corpus_dir / "cases" / "cases.jsonl", lines);
    test::index_corpus(corpus_dir, index_dir);
}

}  // namespace

TEST_CASE("each voter votes with the square of its score relative to the best", "[category]") {
    const CategoryBelief votes = vote_categories({voter("a", 2.0), voter("b", 1.0), voter("a", 1.0)});
    // a: 1 + 0.25, b: 0.25, out of 1.5.
    REQUIRE(votes.size() == 2);
    CHECK(votes.at("a") == Approx(1.25 / 1.5));
    CHECK(votes.at("b") == Approx(0.25 / 1.5));
    CHECK(votes.at("a") + votes.at("b") == Approx(1.0));
}

TEST_CASE("close matches outvote a long tail of weak ones", "[category]") {
    std::vector<Hit> voters = {voter("strong", 10.0)};
    for (int i = 0; i < 8; ++i) voters.push_back(voter("weak", 3.0));  // 8 × 0.09 = 0.72 against 1
    const CategoryBelief votes = vote_categories(voters);
    CHECK(votes.at("strong") == Approx(1.0 / 1.72));
    CHECK(votes.at("weak") == Approx(0.72 / 1.72));
    CHECK(votes.at("strong") > votes.at("weak"));
}

TEST_CASE("a single voter gets the whole vote", "[category]") {
    CHECK(vote_categories({voter("billing", 0.3)}) == CategoryBelief{{"billing", 1.0}});
}

TEST_CASE("without voters, or with nothing scored, there is no vote", "[category]") {
    CHECK(vote_categories({}).empty());
    CHECK(vote_categories({voter("a", 0.0), voter("b", 0.0)}).empty());
}

TEST_CASE("without a prediction the vote alone decides", "[category]") {
    const CategoryDecision decision = decide_category({voter("a", 2.0), voter("b", 1.0), voter("a", 1.0)}, {}, 0.8, 0.5);
    CHECK(decision.category == "a");
    CHECK(decision.confidence == Approx(1.25 / 1.5));
    CHECK_FALSE(decision.uncertain);
    CHECK(decision.belief == vote_categories({voter("a", 2.0), voter("b", 1.0), voter("a", 1.0)}));
}

TEST_CASE("the classifier and the vote are mixed at the classifier's weight", "[category]") {
    // Vote: a 1.25/1.5, b 0.25/1.5. Classifier: b 0.6, a 0.3, c 0.1.
    const std::vector<Hit> voters = {voter("a", 2.0), voter("b", 1.0), voter("a", 1.0)};
    const auto predicted = prediction({{"b", 0.6}, {"a", 0.3}, {"c", 0.1}});
    const CategoryDecision mixed = decide_category(voters, predicted, 0.25, 0.5);
    REQUIRE(mixed.belief.size() == 3);
    CHECK(mixed.belief.at("a") == Approx(0.25 * 0.3 + 0.75 * 1.25 / 1.5));
    CHECK(mixed.belief.at("b") == Approx(0.25 * 0.6 + 0.75 * 0.25 / 1.5));
    CHECK(mixed.belief.at("c") == Approx(0.25 * 0.1));
    CHECK(mixed.category == "a");
    // The reported confidence is the classifier's own probability for "a", not the mix.
    CHECK(mixed.confidence == Approx(0.3));
    CHECK(mixed.uncertain);

    const CategoryDecision trusting = decide_category(voters, predicted, 0.9, 0.5);
    CHECK(trusting.category == "b");
    CHECK(trusting.confidence == Approx(0.6));
    CHECK_FALSE(trusting.uncertain);
}

TEST_CASE("a category is uncertain below the threshold, not at it", "[category]") {
    auto [threshold, uncertain] = GENERATE(table<double, bool>({
        {0.0, false},
        {0.39, false},
        {0.4, false},
        {0.41, true},
        {1.01, true},
    }));
    const CategoryDecision decision =
        decide_category({voter("a", 1.0)}, prediction({{"a", 0.4}, {"b", 0.35}, {"c", 0.25}}), 0.5, threshold);
    INFO("threshold " << threshold);
    CHECK(decision.category == "a");
    CHECK(decision.confidence == 0.4);
    CHECK(decision.uncertain == uncertain);
}

TEST_CASE("with nothing matched and an unsure classifier there is no category", "[category]") {
    const auto predicted = prediction({{"a", 0.45}, {"b", 0.35}, {"c", 0.2}});
    const CategoryDecision decision = decide_category({}, predicted, 0.8, 0.5);
    CHECK(decision.category.empty());
    CHECK(decision.confidence == 0.0);
    CHECK(decision.uncertain);
    // The classifier alone is still what ranking boosts by.
    CHECK(decision.belief == CategoryBelief{{"a", 0.45}, {"b", 0.35}, {"c", 0.2}});
}

TEST_CASE("with nothing matched a confident classifier still names the category", "[category]") {
    const CategoryDecision decision = decide_category({}, prediction({{"a", 0.9}, {"b", 0.1}}), 0.1, 0.5);
    CHECK(decision.category == "a");
    CHECK(decision.confidence == 0.9);
    CHECK_FALSE(decision.uncertain);
}

TEST_CASE("with neither voters nor a prediction nothing is decided", "[category]") {
    const CategoryDecision decision = decide_category({}, {}, 0.8, 0.5);
    CHECK(decision.belief.empty());
    CHECK(decision.category.empty());
    CHECK(decision.confidence == 0.0);
    CHECK(decision.uncertain);
}

TEST_CASE("the classifier's weight grows with its examples per category", "[category]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto fixture = Generation::open_current(dir / "idx");
    // 10 examples over 4 categories: 10 / (20 × 4) of the weight.
    REQUIRE(fixture->classifier().categories().size() == 4);
    REQUIRE(fixture->classifier_examples() == 10);
    CHECK(classifier_weight_for(*fixture, 0.8) == Approx(0.8 * 10.0 / 80.0));

    index_cases(dir / "half", dir / "half-idx", {"billing", "printing"}, 10);
    const auto half = Generation::open_current(dir / "half-idx");
    REQUIRE(half->classifier().categories().size() == 2);
    CHECK(classifier_weight_for(*half, 0.8) == Approx(0.4));

    index_cases(dir / "full", dir / "full-idx", {"billing", "printing"}, 25);  // more than 20 each
    CHECK(classifier_weight_for(*Generation::open_current(dir / "full-idx"), 0.8) == Approx(0.8));
}

TEST_CASE("without a classifier its weight is 0", "[category]") {
    test::TempDir dir;
    index_cases(dir / "corpus", dir / "idx", {"billing"}, 30);  // one category: nothing to learn
    const auto generation = Generation::open_current(dir / "idx");
    REQUIRE(generation->classifier().empty());
    CHECK(classifier_weight_for(*generation, 0.8) == 0.0);
}
