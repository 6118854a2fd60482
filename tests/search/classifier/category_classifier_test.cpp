// Proves search/classifier/category_classifier: training, calibration, persistence.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <future>
#include <iterator>
#include <random>

#include "search/classifier/category_classifier.h"
#include "support/test_support.h"

using namespace helpdex;
using namespace helpdex::classifier;

namespace {

// Three support topics written with overlapping everyday words, and 15% of the labels
// flipped at random: a calibrated model must not claim certainty it cannot have.
std::vector<TrainingExample> toy_examples(size_t per_category, unsigned seed, double label_noise) {
    const std::vector<std::pair<std::string, std::vector<std::string>>> topics = {
        {"cards/delivery", {"card", "arrive", "delivery", "post", "shipped", "waiting", "envelope", "courier"}},
        {"cards/pin", {"pin", "code", "blocked", "forgot", "unlock", "digits", "reset", "atm"}},
        {"transfers/failed", {"transfer", "failed", "bank", "money", "declined", "recipient", "sent", "payment"}},
    };
    const std::vector<std::string> filler = {"my", "the", "please", "help", "why", "is", "still", "today", "account", "app"};
    std::mt19937 random(seed);
    std::vector<TrainingExample> examples;
    for (size_t i = 0; i < per_category; ++i) {
        for (size_t t = 0; t < topics.size(); ++t) {
            std::string text;
            for (int w = 0; w < 6; ++w) {
                const bool topical = random() % 3 != 0;
                const auto& pool = topical ? topics[t].second : filler;
                text += pool[random() % pool.size()] + " ";
            }
            std::string category = topics[t].first;
            if (std::uniform_real_distribution<double>(0, 1)(random) < label_noise) category = topics[(t + 1) % 3].first;
            examples.push_back({"toy-" + std::to_string(seed) + "-" + std::to_string(examples.size()), text, "en", category});
        }
    }
    return examples;
}

// The bytes of a trained model's file: two models are the same model when these are equal.
std::string model_bytes(const CategoryClassifier& classifier, const std::filesystem::path& path) {
    classifier.save(path);
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("the classifier learns categories from labelled texts", "[classifier]") {
    TrainingReport report;
    const auto classifier = CategoryClassifier::train(toy_examples(60, 1, 0.0), {}, &report);
    REQUIRE_FALSE(classifier.empty());
    CHECK(report.classes == 3);
    CHECK(report.examples == 180);
    CHECK(report.holdout_accuracy > 0.9);
    analysis::Analyzer analyzer;
    CHECK(classifier.predict("my card has still not arrived by post", "en", analyzer)[0].category == "cards/delivery");
    CHECK(classifier.predict("I forgot my PIN code and it is blocked", "en", analyzer)[0].category == "cards/pin");
    CHECK(classifier.predict("the transfer to the recipient failed", "en", analyzer)[0].category == "transfers/failed");
}

TEST_CASE("probabilities cover every category and sum to one", "[classifier]") {
    const auto classifier = CategoryClassifier::train(toy_examples(40, 2, 0.0));
    analysis::Analyzer analyzer;
    const auto p = classifier.predict("card pin transfer", "en", analyzer);
    REQUIRE(p.size() == 3);
    double sum = 0;
    for (const auto& c : p) sum += c.probability;
    CHECK(sum == Approx(1.0));
    CHECK(std::is_sorted(p.begin(), p.end(), [](const auto& a, const auto& b) { return a.probability > b.probability; }));
}

TEST_CASE("confidence is calibrated on noisy labels", "[classifier]") {
    // Trained and measured on different draws; 15% of labels are wrong in both.
    const auto classifier = CategoryClassifier::train(toy_examples(150, 3, 0.15));
    analysis::Analyzer analyzer;
    double confidence = 0, correct = 0;
    const auto test = toy_examples(100, 4, 0.15);
    for (const auto& e : test) {
        const auto p = classifier.predict(e.text, e.lang, analyzer);
        confidence += p[0].probability;
        correct += p[0].category == e.category;
    }
    confidence /= static_cast<double>(test.size());
    correct /= static_cast<double>(test.size());
    // An uncalibrated linear model is typically far more confident than 85%-right.
    CHECK(correct > 0.6);
    CHECK(std::abs(confidence - correct) < 0.08);
}

TEST_CASE("a saved classifier predicts exactly as the trained one", "[classifier]") {
    test::TempDir dir;
    const auto classifier = CategoryClassifier::train(toy_examples(40, 5, 0.1));
    classifier.save(dir / "classifier.bin");
    const auto loaded = CategoryClassifier::load(dir / "classifier.bin");
    CHECK(loaded.categories() == classifier.categories());
    CHECK(loaded.feature_count() == classifier.feature_count());
    analysis::Analyzer analyzer;
    for (const char* text : {"card delivery", "pin blocked", "transfer failed", "nothing known here"}) {
        const auto a = classifier.predict(text, "en", analyzer), b = loaded.predict(text, "en", analyzer);
        REQUIRE(a.size() == b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].category == b[i].category);
            CHECK(a[i].probability == b[i].probability);
        }
    }
}

TEST_CASE("training is deterministic", "[classifier]") {
    test::TempDir dir;
    const std::string a = model_bytes(CategoryClassifier::train(toy_examples(30, 6, 0.1)), dir / "a.bin");
    const std::string b = model_bytes(CategoryClassifier::train(toy_examples(30, 6, 0.1)), dir / "b.bin");
    CHECK(a.size() == b.size());
    const bool identical = a == b;
    CHECK(identical);
}

// LIBLINEAR shuffles with the C library's one global rand(): trainings that overlapped
// would draw from each other's stream and learn different models.
TEST_CASE("trainings running at once on several threads each give the model one training alone gives",
          "[classifier][concurrency]") {
    test::TempDir dir;
    const auto examples = toy_examples(200, 9, 0.1);
    const std::string alone = model_bytes(CategoryClassifier::train(examples), dir / "alone.bin");
    constexpr int kThreads = 4;
    std::vector<std::future<CategoryClassifier>> trainings;
    for (int t = 0; t < kThreads; ++t) {
        trainings.push_back(std::async(std::launch::async, [&examples] { return CategoryClassifier::train(examples); }));
    }
    for (int t = 0; t < kThreads; ++t) {
        const bool identical = model_bytes(trainings[t].get(), dir / ("thread-" + std::to_string(t) + ".bin")) == alone;
        CHECK(identical);
    }
}

TEST_CASE("one category is nothing to learn", "[classifier]") {
    auto examples = toy_examples(10, 7, 0.0);
    for (auto& e : examples) e.category = "only/one";
    const auto classifier = CategoryClassifier::train(examples);
    CHECK(classifier.empty());
    analysis::Analyzer analyzer;
    CHECK(classifier.predict("card", "en", analyzer).empty());
}

TEST_CASE("a corrupt model file is refused", "[classifier]") {
    test::TempDir dir;
    test::write_file(dir / "bad.bin", "not a model");
    CHECK_THROWS_WITH(CategoryClassifier::load(dir / "bad.bin"), Catch::Contains("not a helpdex classifier model"));
    const auto classifier = CategoryClassifier::train(toy_examples(20, 8, 0.0));
    classifier.save(dir / "good.bin");
    std::filesystem::resize_file(dir / "good.bin", std::filesystem::file_size(dir / "good.bin") / 2);
    CHECK_THROWS_WITH(CategoryClassifier::load(dir / "good.bin"), Catch::Contains("truncated"));
}

TEST_CASE("a corpus within half the budget is learnt again whole; a costlier one serves the calibrated model",
          "[classifier]") {
    const auto examples = toy_examples(60, 3, 0.0);  // 180 examples, 3 categories: 540 example-labels
    TrainingOptions options;
    options.max_example_labels = 2000;
    TrainingReport whole;
    CategoryClassifier::train(examples, options, &whole);
    CHECK(whole.trained_on == 180);

    options.max_example_labels = 1000;  // nothing sampled, but a second training would pass half of it
    TrainingReport calibrated;
    const auto model = CategoryClassifier::train(examples, options, &calibrated);
    CHECK(calibrated.trained_on < 180);
    CHECK(calibrated.trained_on > 120);  // the four fifths that are not held out
    CHECK(calibrated.holdout_accuracy > 0.9);
    analysis::Analyzer analyzer;
    CHECK(model.predict("I forgot my PIN code and it is blocked", "en", analyzer)[0].category == "cards/pin");
}
