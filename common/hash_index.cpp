// Linear probing over a power-of-two table of slots.
#include "common/hash_index.h"

#include <stdexcept>

namespace helpdex {

size_t HashIndex::slot_of(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    // Keys are hashes already; mixing once more spreads keys that differ in high bits only.
    size_t at = static_cast<size_t>((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull >> 17) & mask;
    while (slots_[at].value != kAbsent && slots_[at].key != key) at = (at + 1) & mask;
    return at;
}

uint32_t HashIndex::insert(uint64_t key, uint32_t value) {
    if (value == kAbsent) throw std::invalid_argument("HashIndex: kAbsent cannot be stored");
    if (2 * (size_ + 1) > slots_.size()) grow();
    Slot& slot = slots_[slot_of(key)];
    if (slot.value == kAbsent) {
        slot = {key, value};
        ++size_;
    }
    return slot.value;
}

uint32_t HashIndex::find(uint64_t key) const {
    return slots_.empty() ? kAbsent : slots_[slot_of(key)].value;
}

void HashIndex::clear() {
    slots_.clear();
    size_ = 0;
}

void HashIndex::grow() {
    std::vector<Slot, HugePageAllocator<Slot>> old(slots_.empty() ? 16 : 2 * slots_.size());
    old.swap(slots_);
    for (const Slot& slot : old) {
        if (slot.value != kAbsent) slots_[slot_of(slot.key)] = slot;
    }
}

}  // namespace helpdex
