// A map from 64-bit hashes to 32-bit numbers, built once and read on every request (the
// language detector's feature rows): open addressing in one huge-page array, so a look-up
// reads a slot or two and follows no pointer (std::unordered_map reads a bucket, then a node
// elsewhere in memory, each often a cache and TLB miss).
#pragma once

#include <cstdint>
#include <vector>

#include "common/huge_pages.h"

namespace helpdex {

class HashIndex {
public:
    static constexpr uint32_t kAbsent = UINT32_MAX;

    // Maps `key` to `value` (never kAbsent) unless `key` is there; returns what `key` maps to.
    uint32_t insert(uint64_t key, uint32_t value);
    // What `key` maps to, or kAbsent.
    uint32_t find(uint64_t key) const;
    size_t size() const { return size_; }
    void clear();

private:
    struct Slot {
        uint64_t key = 0;
        uint32_t value = kAbsent;  // kAbsent: an empty slot
    };
    size_t slot_of(uint64_t key) const;  // where `key` is, or the empty slot it would take
    void grow();

    std::vector<Slot, HugePageAllocator<Slot>> slots_;  // a power of two, at most half full
    size_t size_ = 0;
};

}  // namespace helpdex
