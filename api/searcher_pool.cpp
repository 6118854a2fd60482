// Lending search engines, and dropping those of old generations.
#include "api/searcher_pool.h"

#include <algorithm>

namespace helpdex::api {

SearcherPool::SearcherPool(std::shared_ptr<LiveIndex> index) : index_(std::move(index)) {}

SearcherPool::Lease::~Lease() {
    if (engine_) pool_->give_back(std::move(engine_));
}

SearcherPool::Lease SearcherPool::borrow() {
    const auto live = index_->current();
    std::vector<std::unique_ptr<Searcher>> stale;  // destroyed after the lock is released
    std::unique_ptr<Searcher> engine;
    {
        std::lock_guard lock(mutex_);
        stale = take_stale(live);
        if (!free_.empty()) {
            engine = std::move(free_.back());
            free_.pop_back();
        }
    }
    // Opening a database takes a while: never under the lock.
    if (!engine) engine = std::make_unique<Searcher>(live);
    return Lease(*this, std::move(engine));
}

void SearcherPool::give_back(std::unique_ptr<Searcher> engine) {
    std::unique_lock lock(mutex_);
    // Checked under the lock, so a swap followed by drop_stale() can never miss this engine.
    if (engine->generation_ptr() == index_->current()) {
        free_.push_back(std::move(engine));
        return;
    }
    lock.unlock();
    engine.reset();
}

void SearcherPool::drop_stale() {
    const auto live = index_->current();
    std::vector<std::unique_ptr<Searcher>> stale;
    std::lock_guard lock(mutex_);
    stale = take_stale(live);
    // `stale` is destroyed after `lock` is released: locals die in reverse order.
}

size_t SearcherPool::free_count() const {
    std::lock_guard lock(mutex_);
    return free_.size();
}

std::vector<std::unique_ptr<Searcher>> SearcherPool::take_stale(const std::shared_ptr<const Generation>& live) {
    std::vector<std::unique_ptr<Searcher>> stale;
    auto keep_end = std::stable_partition(free_.begin(), free_.end(), [&live](const auto& e) { return e->generation_ptr() == live; });
    std::move(keep_end, free_.end(), std::back_inserter(stale));
    free_.erase(keep_end, free_.end());
    return stale;
}

}  // namespace helpdex::api
