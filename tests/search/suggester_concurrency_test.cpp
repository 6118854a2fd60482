// Proves that worker threads, each with its own Searcher over one shared generation (what
// the server does), give the same answers as a single thread. CI (scripts/test.sh) runs it
// under AddressSanitizer and UndefinedBehaviorSanitizer, not ThreadSanitizer, so a data
// race is caught only when it changes an answer or corrupts memory (as copying the static
// Xapian::Query::MatchAll, whose reference count is not atomic, from several threads can).
#include <catch2/catch.hpp>

#include <future>
#include <string>
#include <vector>

#include "search/suggester.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

const std::vector<std::string> kInquiries = {
    "Meine Kamera ist ständig offline",
    "I want my money back, please refund my subscription",
    "Er is twee keer geld afgeschreven",
    "camera offline",
    "refund?",
    "What is this",
};

// What a suggestion ranked, compactly: the category, then solution and similar issue ids.
std::string fingerprint(const Suggestion& s) {
    std::string out = s.inquiry.category + "|";
    for (const Hit& hit : s.solutions) out += hit.id + ",";
    out += "|";
    for (const Hit& hit : s.similar_issues) out += hit.id + ",";
    return out;
}

std::vector<std::string> answer_all(const std::shared_ptr<const Generation>& generation, int rounds) {
    Searcher searcher(generation);
    std::vector<std::string> answers;
    for (int round = 0; round < rounds; ++round) {
        for (const auto& text : kInquiries) {
            SuggestRequest request;
            request.text = text;
            answers.push_back(fingerprint(suggest(searcher, request)));
        }
    }
    return answers;
}

}  // namespace

TEST_CASE("threads with their own searchers over one generation answer as one thread does", "[suggest][concurrency]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto generation = Generation::open_current(dir / "idx");
    constexpr int kThreads = 4, kRounds = 100;

    const std::vector<std::string> expected = answer_all(generation, kRounds);
    std::vector<std::future<std::vector<std::string>>> workers;
    for (int t = 0; t < kThreads; ++t) {
        workers.push_back(std::async(std::launch::async, [&generation] { return answer_all(generation, kRounds); }));
    }
    for (auto& worker : workers) CHECK(worker.get() == expected);
}
