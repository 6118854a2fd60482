// Huge-page memory through mmap and madvise.
#include "common/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace helpdex {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

bool is_huge(std::size_t bytes) { return bytes >= kHugePage; }

std::size_t rounded_up(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

}  // namespace

void* allocate_huge(std::size_t bytes) {
    if (!is_huge(bytes)) return ::operator new(bytes);
    // Map a page more than needed and trim to a 2 MiB boundary: mmap only promises 4 KiB.
    const std::size_t length = rounded_up(bytes);
    void* mapped = mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    char* start = static_cast<char*>(mapped);
    char* aligned = reinterpret_cast<char*>((reinterpret_cast<std::uintptr_t>(start) + kHugePage - 1) / kHugePage * kHugePage);
    if (aligned > start) munmap(start, static_cast<std::size_t>(aligned - start));
    const std::size_t tail = static_cast<std::size_t>(start + length + kHugePage - (aligned + length));
    if (tail > 0) munmap(aligned + length, tail);
    madvise(aligned, length, MADV_HUGEPAGE);  // advice: failing it only costs speed
    return aligned;
}

void free_huge(void* pointer, std::size_t bytes) noexcept {
    if (!is_huge(bytes)) {
        ::operator delete(pointer);
        return;
    }
    munmap(pointer, rounded_up(bytes));
}

}  // namespace helpdex
