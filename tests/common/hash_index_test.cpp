// Proves common/hash_index: every key inserted is found with its first value, others are
// absent, through many growths and for keys that collide in their low bits.
#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>

#include "common/hash_index.h"

using namespace helpdex;

TEST_CASE("a hash index finds what was inserted and nothing else", "[hash_index]") {
    HashIndex index;
    CHECK(index.find(42) == HashIndex::kAbsent);
    constexpr uint32_t kKeys = 100000;
    for (uint32_t i = 0; i < kKeys; ++i) {
        // Keys 0, 2^32, 2*2^32 … share their low 32 bits: probing must still tell them apart.
        const uint64_t key = uint64_t{i} << 32;
        CHECK(index.insert(key, i) == i);
    }
    CHECK(index.size() == kKeys);
    size_t wrong = 0;
    for (uint32_t i = 0; i < kKeys; ++i) wrong += index.find(uint64_t{i} << 32) != i;
    CHECK(wrong == 0);
    CHECK(index.find(1) == HashIndex::kAbsent);
    CHECK(index.find((uint64_t{kKeys} << 32)) == HashIndex::kAbsent);
}

TEST_CASE("a key inserted twice keeps its first value", "[hash_index]") {
    HashIndex index;
    CHECK(index.insert(7, 1) == 1);
    CHECK(index.insert(7, 2) == 1);
    CHECK(index.size() == 1);
    CHECK(index.find(7) == 1);
    CHECK_THROWS_AS(index.insert(8, HashIndex::kAbsent), std::invalid_argument);
    index.clear();
    CHECK(index.find(7) == HashIndex::kAbsent);
    CHECK(index.size() == 0);
}
