// An allocator for large arrays read at random (the classifier's weights): their memory is
// asked for in transparent huge pages, so that reading a row anywhere in tens of megabytes
// costs no TLB miss per row (each a page walk, twice as long under a hypervisor). Small
// allocations, and kernels without THP, get ordinary pages: only speed differs.
#pragma once

#include <cstddef>
#include <new>

namespace helpdex {

// Memory for `bytes`, 2 MiB-aligned and advised MADV_HUGEPAGE when at least 2 MiB.
void* allocate_huge(std::size_t bytes);
void free_huge(void* pointer, std::size_t bytes) noexcept;

template <typename T>
struct HugePageAllocator {
    using value_type = T;
    HugePageAllocator() = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(allocate_huge(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { free_huge(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

}  // namespace helpdex
