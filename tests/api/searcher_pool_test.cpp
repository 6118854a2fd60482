// Proves api/searcher_pool: engines are lent to one holder at a time, reused, and after a
// reindex swap nothing keeps the old generation once its requests finish.
#include <catch2/catch.hpp>

#include <future>
#include <set>
#include <vector>

#include "api/searcher_pool.h"
#include "search/search.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct IndexedDir {
    IndexedDir() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        index = std::make_shared<LiveIndex>(dir / "idx");
    }
    // A new generation in the same directory, then the swap the reload loop makes.
    void reindex_and_swap() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        REQUIRE(index->refresh());
    }
    test::TempDir dir;
    std::shared_ptr<LiveIndex> index;
};

}  // namespace

TEST_CASE("a returned engine is reused by the next borrower", "[api][pool]") {
    IndexedDir indexed;
    api::SearcherPool pool(indexed.index);
    const Searcher* first = nullptr;
    {
        auto lease = pool.borrow();
        first = &*lease;
        CHECK(lease->generation_ptr() == indexed.index->current());
        CHECK(pool.free_count() == 0);
    }
    CHECK(pool.free_count() == 1);
    auto again = pool.borrow();
    CHECK(&*again == first);
}

TEST_CASE("engines lent at the same time are distinct", "[api][pool]") {
    IndexedDir indexed;
    api::SearcherPool pool(indexed.index);
    {
        auto a = pool.borrow();
        auto b = pool.borrow();
        CHECK(&*a != &*b);
    }
    CHECK(pool.free_count() == 2);
}

TEST_CASE("threads borrowing at once never share an engine", "[api][pool][concurrency]") {
    IndexedDir indexed;
    api::SearcherPool pool(indexed.index);
    constexpr int kThreads = 4, kRounds = 50;
    std::mutex mutex;
    std::set<const Searcher*> in_use;
    bool shared = false;
    std::vector<std::future<void>> workers;
    for (int t = 0; t < kThreads; ++t) {
        workers.push_back(std::async(std::launch::async, [&] {
            for (int round = 0; round < kRounds; ++round) {
                auto lease = pool.borrow();
                {
                    std::lock_guard lock(mutex);
                    if (!in_use.insert(&*lease).second) shared = true;
                }
                SearchRequest request;
                request.q = "refund";
                search(*lease, request);
                std::lock_guard lock(mutex);
                in_use.erase(&*lease);
            }
        }));
    }
    for (auto& worker : workers) worker.get();
    CHECK_FALSE(shared);
    CHECK(pool.free_count() <= static_cast<size_t>(kThreads));
}

TEST_CASE("after a reindex swap the old generation is released once its requests finish", "[api][pool]") {
    IndexedDir indexed;
    api::SearcherPool pool(indexed.index);
    std::weak_ptr<const Generation> old = indexed.index->current();
    std::optional<api::SearcherPool::Lease> in_flight(pool.borrow());  // a request running across the swap
    { auto finished = pool.borrow(); }                                 // an idle engine, kept for reuse
    CHECK(pool.free_count() == 1);
    CHECK(old.use_count() == 3);  // the live index and the two engines

    indexed.reindex_and_swap();
    pool.drop_stale();  // what the reload loop does after a swap
    CHECK(pool.free_count() == 0);
    CHECK(old.use_count() == 1);  // only the request still running on it
    CHECK((*in_flight)->generation_ptr() == old.lock());

    in_flight.reset();  // the request finishes: its engine is not kept
    CHECK(old.expired());
    CHECK(pool.free_count() == 0);
    auto fresh = pool.borrow();
    CHECK(fresh->generation_ptr() == indexed.index->current());
    CHECK(fresh->generation_ptr() != nullptr);
}

TEST_CASE("a borrow after a swap drops free engines of the old generation", "[api][pool]") {
    IndexedDir indexed;
    api::SearcherPool pool(indexed.index);
    std::weak_ptr<const Generation> old = indexed.index->current();
    { auto idle = pool.borrow(); }
    indexed.reindex_and_swap();
    CHECK_FALSE(old.expired());  // the idle engine still holds it: no drop_stale() yet
    auto lease = pool.borrow();
    CHECK(old.expired());
    CHECK(lease->generation_ptr() == indexed.index->current());
}
