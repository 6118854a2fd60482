// Proves indexer/classifier_reuse: when a reindex keeps the classifier it starts from.
#include <catch2/catch.hpp>

#include "indexer/classifier_reuse.h"
#include "support/test_support.h"

using namespace helpdex;
using indexer::SampledDocument;
using namespace std::chrono_literals;

namespace {

// `size` documents over two categories.
std::vector<SampledDocument> sample(size_t size) {
    std::vector<SampledDocument> documents;
    for (size_t i = 0; i < size; ++i) {
        documents.push_back({"doc-" + std::to_string(i), i % 2 ? "billing" : "account", "hash-" + std::to_string(i)});
    }
    return documents;
}

}  // namespace

TEST_CASE("a classifier is kept while its examples are the same", "[classifier-reuse]") {
    const auto decision = indexer::decide_retraining(sample(10), sample(10), 1ms);
    CHECK_FALSE(decision.retrain);
    CHECK(decision.changed == 0);
    CHECK(decision.reason == "its examples are unchanged");
}

TEST_CASE("a quick classifier is retrained on any change", "[classifier-reuse]") {
    auto now = sample(1000);
    now[3].content_hash = "edited";
    const auto decision = indexer::decide_retraining(sample(1000), now, 2s);
    CHECK(decision.retrain);
    CHECK(decision.changed == 1);
    CHECK(decision.reason == "1 of its examples changed");
}

TEST_CASE("a slow classifier is kept while few of its examples changed, and the changes add up", "[classifier-reuse]") {
    const auto trained_on = sample(1000);
    auto now = trained_on;
    now[3].content_hash = "edited";           // edited
    now.erase(now.begin() + 10);              // removed
    now.push_back({"doc-new", "billing", "h"});  // added
    auto decision = indexer::decide_retraining(trained_on, now, 60s);
    CHECK_FALSE(decision.retrain);
    CHECK(decision.changed == 3);
    CHECK(decision.reason == "3 of its 1000 examples changed since it was trained: kept until more do");

    // The kept model's sample stays what it learnt from, so later edits count with these.
    for (size_t i = 100; i < 108; ++i) now[i].content_hash = "edited";
    decision = indexer::decide_retraining(trained_on, now, 60s);
    CHECK(decision.retrain);
    CHECK(decision.changed == 11);
    CHECK(decision.reason == "11 of its 1000 examples changed, more than the share it is kept for");
}

TEST_CASE("a classifier is retrained when a category appears or goes", "[classifier-reuse]") {
    auto now = sample(1000);
    now[4].category = "shipping";
    const auto decision = indexer::decide_retraining(sample(1000), now, 60s);
    CHECK(decision.retrain);
    CHECK(decision.reason == "its categories changed");
}

TEST_CASE("a generation keeps the sample its classifier learnt from", "[classifier-reuse]") {
    test::TempDir dir;
    CHECK_FALSE(indexer::load_sample(dir.path()));
    indexer::save_sample(sample(5), dir.path());
    CHECK(indexer::load_sample(dir.path()) == sample(5));
    test::write_file(dir / "learnt/classifier_sample.tsv", "doc-1\tbilling\n");
    CHECK_THROWS_WITH(indexer::load_sample(dir.path()), Catch::Contains("line 1: not id, category, content hash"));
}
