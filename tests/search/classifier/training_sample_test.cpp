// Proves search/classifier/training_sample: the budgeted, deterministic sample.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "search/classifier/training_sample.h"

using namespace helpdex::classifier;

namespace {

struct Examples {
    std::vector<std::string> key_strings;
    std::vector<std::string_view> keys;
    std::vector<int> labels;
};

// `counts[c]` examples of category c, keyed "ex-<n>".
Examples examples(const std::vector<size_t>& counts) {
    Examples out;
    for (size_t c = 0; c < counts.size(); ++c) {
        for (size_t i = 0; i < counts[c]; ++i) {
            out.key_strings.push_back("ex-" + std::to_string(out.key_strings.size()));
            out.labels.push_back(static_cast<int>(c));
        }
    }
    for (const auto& k : out.key_strings) out.keys.push_back(k);
    return out;
}

size_t in_category(const std::vector<size_t>& indexes, const Examples& e, int category) {
    return static_cast<size_t>(std::count_if(indexes.begin(), indexes.end(), [&](size_t i) { return e.labels[i] == category; }));
}

}  // namespace

TEST_CASE("without limits every example is used once, one in five to calibrate", "[classifier][sample]") {
    const Examples e = examples({300, 200});
    const TrainingSample sample = sample_examples(e.labels, e.keys, 2, {});
    CHECK_FALSE(sample.sampled);
    CHECK(sample.training.size() + sample.calibration.size() == 500);
    std::set<size_t> all(sample.training.begin(), sample.training.end());
    all.insert(sample.calibration.begin(), sample.calibration.end());
    CHECK(all.size() == 500);
    CHECK(sample.calibration.size() > 60);
    CHECK(sample.calibration.size() < 140);
    for (size_t i : sample.calibration) CHECK(example_hash(e.keys[i]) % 5 == 0);
    CHECK(std::is_sorted(sample.training.begin(), sample.training.end()));
}

TEST_CASE("a per-category cap bounds every category, and small ones stay whole", "[classifier][sample]") {
    const Examples e = examples({1000, 30});
    SampleLimits limits;
    limits.max_per_category = 100;
    const TrainingSample sample = sample_examples(e.labels, e.keys, 2, limits);
    CHECK(sample.sampled);
    CHECK(in_category(sample.training, e, 0) == 100);
    CHECK(in_category(sample.calibration, e, 0) == 25);
    CHECK(in_category(sample.training, e, 1) + in_category(sample.calibration, e, 1) == 30);
}

TEST_CASE("max_examples is shared out evenly, never below the per-category minimum", "[classifier][sample]") {
    const Examples e = examples({500, 500, 500, 500});
    SampleLimits limits;
    limits.max_examples = 400;
    limits.min_per_category = 150;
    const TrainingSample sample = sample_examples(e.labels, e.keys, 4, limits);
    for (int c = 0; c < 4; ++c) CHECK(in_category(sample.training, e, c) == 150);
    limits.min_per_category = 10;
    const TrainingSample tighter = sample_examples(e.labels, e.keys, 4, limits);
    CHECK(tighter.training.size() == 400);
}

TEST_CASE("the sample depends on the keys, not on the order of the examples", "[classifier][sample]") {
    Examples e = examples({400, 400});
    SampleLimits limits;
    limits.max_per_category = 50;
    const TrainingSample first = sample_examples(e.labels, e.keys, 2, limits);
    std::set<std::string> chosen;
    for (size_t i : first.training) chosen.insert(e.key_strings[i]);
    std::reverse(e.keys.begin(), e.keys.end());
    std::reverse(e.labels.begin(), e.labels.end());
    const TrainingSample reversed = sample_examples(e.labels, e.keys, 2, limits);
    std::set<std::string> chosen_again;
    for (size_t i : reversed.training) chosen_again.insert(std::string(e.keys[i]));
    CHECK(chosen == chosen_again);
}

TEST_CASE("max_example_labels bounds examples × categories: more categories, fewer examples each",
          "[classifier][sample]") {
    SampleLimits limits;
    limits.max_example_labels = 4 * 4 * 50;  // 4 categories: 50 each
    const Examples four = examples({500, 500, 500, 500});
    const TrainingSample sample = sample_examples(four.labels, four.keys, 4, limits);
    CHECK(sample.sampled);
    for (int c = 0; c < 4; ++c) CHECK(in_category(sample.training, four, c) == 50);
    CHECK(sample.training.size() * 4 <= limits.max_example_labels);

    const Examples eight = examples({500, 500, 500, 500, 500, 500, 500, 500});
    const TrainingSample more = sample_examples(eight.labels, eight.keys, 8, limits);
    for (int c = 0; c < 8; ++c) CHECK(in_category(more.training, eight, c) == 12);  // 800 / 8²
    CHECK(more.training.size() * 8 <= limits.max_example_labels);

    limits.min_per_category = 20;  // the floor still holds
    const TrainingSample floored = sample_examples(eight.labels, eight.keys, 8, limits);
    for (int c = 0; c < 8; ++c) CHECK(in_category(floored.training, eight, c) == 20);
}
