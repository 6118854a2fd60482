// Proves common/huge_pages: arrays of any size hold what is written into them; large ones
// start on a huge-page boundary (so the kernel can back them with huge pages).
#include <catch2/catch.hpp>

#include <cstdint>
#include <numeric>
#include <vector>

#include "common/huge_pages.h"

using namespace helpdex;

TEST_CASE("huge-page vectors hold their values, small and large", "[huge_pages]") {
    for (const size_t count : {size_t{1}, size_t{1000}, size_t{3} << 20}) {
        std::vector<float, HugePageAllocator<float>> values(count);
        std::iota(values.begin(), values.end(), 0.0f);
        CHECK(values.front() == 0.0f);
        CHECK(values.back() == static_cast<float>(count - 1));
        auto copy = values;  // a second mapping, freed on its own
        CHECK(copy == values);
    }
}

TEST_CASE("large allocations are 2 MiB-aligned and freed whole", "[huge_pages]") {
    constexpr size_t kHugePage = size_t{2} << 20;
    for (int i = 0; i < 3; ++i) {
        void* p = allocate_huge(kHugePage * 3 + 5);
        CHECK(reinterpret_cast<std::uintptr_t>(p) % kHugePage == 0);
        static_cast<char*>(p)[kHugePage * 3 + 4] = 1;  // the last byte asked for is writable
        free_huge(p, kHugePage * 3 + 5);
    }
}
