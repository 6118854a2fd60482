// A small portable PRNG (splitmix64) and a Zipf sampler: the same numbers on every standard library.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace helpdex::bench {

// splitmix64's finaliser: a strong 64-bit mix, used both to step the generator and to
// derive independent seeds from (seed, stream, index).
constexpr uint64_t mix64(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A seed for item `index` of `stream` under `seed`: no shared stream, so item i is the same
// whatever was generated before it (what makes a small corpus a prefix of a larger one).
constexpr uint64_t derive_seed(uint64_t seed, uint64_t stream, uint64_t index) {
    return mix64(mix64(mix64(seed) ^ stream) ^ index);
}

// Deterministic across platforms, unlike std::rand and std::uniform_*_distribution.
class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed) : state_(seed) {}
    uint64_t next() {
        state_ += 0x9e3779b97f4a7c15ULL;
        uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [low, high], both included.
    size_t between(size_t low, size_t high) { return low + static_cast<size_t>(unit() * static_cast<double>(high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }

private:
    uint64_t state_;
};

// Ranks 0..n-1 with P(rank k) proportional to 1 / (k + 1)^exponent, by binary search in the
// cumulative weights (computed once; sampling allocates nothing).
class ZipfSampler {
public:
    ZipfSampler(size_t n, double exponent) : cumulative_(n) {
        double total = 0;
        for (size_t k = 0; k < n; ++k) cumulative_[k] = total += 1.0 / std::pow(static_cast<double>(k + 1), exponent);
    }
    size_t sample(SplitMix64& random) const {
        const double u = random.unit() * cumulative_.back();
        const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
        return std::min(static_cast<size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
    }
    size_t size() const { return cumulative_.size(); }

private:
    std::vector<double> cumulative_;
};

// Fisher–Yates with our generator, so the order is the same everywhere.
template <typename T>
void shuffle_with(std::vector<T>& items, SplitMix64& random) {
    for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.between(0, i - 1)]);
}

}  // namespace helpdex::bench
