// Search engines for the live index generation, lent to one request at a time, so no
// engine is shared between threads and no idle worker keeps an old generation open.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "search/searcher.h"
#include "search/generation.h"

namespace helpdex::api {

// Thread-safe. Engines are made on demand (at most one per request running at once) and
// kept for reuse while their generation is live; engines of an older generation are
// dropped when returned, on the next borrow(), or by drop_stale(). So once the requests
// that started on an old generation finish, the pool holds nothing of it.
// The pool must outlive every Lease it gave.
class SearcherPool {
public:
    explicit SearcherPool(std::shared_ptr<LiveIndex> index);
    SearcherPool(const SearcherPool&) = delete;
    SearcherPool& operator=(const SearcherPool&) = delete;

    // An engine lent to the holder alone until the lease dies, then given back.
    class Lease {
    public:
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        Searcher& operator*() const { return *engine_; }
        Searcher* operator->() const { return engine_.get(); }

    private:
        friend class SearcherPool;
        Lease(SearcherPool& pool, std::unique_ptr<Searcher> engine) : pool_(&pool), engine_(std::move(engine)) {}
        SearcherPool* pool_;
        std::unique_ptr<Searcher> engine_;
    };

    // An engine over the live generation: a free one, else a new one (which opens the
    // generation's database: throws Xapian::Error if that fails).
    Lease borrow();
    // Drops the free engines of generations that are no longer live; the reload loop calls
    // it right after a swap. Engines lent out are dropped when they come back.
    void drop_stale();
    // Free engines kept for reuse (for tests and diagnostics).
    size_t free_count() const;

private:
    void give_back(std::unique_ptr<Searcher> engine);
    // Moves the free engines not over `live` out; the caller destroys them outside the lock.
    std::vector<std::unique_ptr<Searcher>> take_stale(const std::shared_ptr<const Generation>& live);

    std::shared_ptr<LiveIndex> index_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<Searcher>> free_;
};

}  // namespace helpdex::api
