// Whether checking an API key leaks where a wrong key first differs: times the comparison
// of a stored digest with one differing in its first byte against one differing in its
// last byte (the baseline, same process, interleaved), and the key ring's verification of
// a known key against near misses. A ratio near 1.00 means no timing signal to learn from.
//
//   bench_key_timing [--rounds N] [--quick]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "api/access/api_keys.h"
#include "api/access/key_hash.h"

using namespace helpdex::api;
using Clock = std::chrono::steady_clock;

namespace {

// The median of `samples` batches, each `batch` calls of `work`, in nanoseconds per call.
template <class Work>
double median_ns(int samples, int batch, Work&& work) {
    std::vector<double> times;
    for (int s = 0; s < samples; ++s) {
        const auto start = Clock::now();
        for (int i = 0; i < batch; ++i) work();
        times.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count() / batch);
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

std::string flipped(std::string text, size_t at) {
    text[at] ^= 0x01;
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"API key comparison timing: first-byte against last-byte mismatches"};
    int rounds = 201;
    bool quick = false;
    app.add_option("--rounds", rounds, "Batches per measurement (median taken)");
    app.add_flag("--quick", quick, "Few rounds (CI: proves the bench runs)");
    CLI11_PARSE(app, argc, argv);
    if (quick) rounds = 21;

    const std::string stored = access::sha256("the stored key");
    const std::string first = flipped(stored, 0), last = flipped(stored, stored.size() - 1);
    volatile bool sink = false;
    double first_ns = 0, last_ns = 0;
    for (int pass = 0; pass < 3; ++pass) {  // interleaved, so drift hits both alike
        first_ns += median_ns(rounds, 20000, [&] { sink = sink ^ access::constant_time_equal(stored, first); });
        last_ns += median_ns(rounds, 20000, [&] { sink = sink ^ access::constant_time_equal(stored, last); });
    }
    std::printf("digest compare   first-byte mismatch %7.2f ns   last-byte mismatch %7.2f ns   ratio %.2f\n", first_ns / 3,
                last_ns / 3, first_ns / last_ns);

    const access::NewKey key = access::create_key("bench", {Scope::search}, 1000);
    const access::KeyRing ring({key.entry});
    ring.verify(key.key);  // verified once: later checks take the in-memory path
    const std::string near_first = flipped(key.key, 17), near_last = flipped(key.key, key.key.size() - 1);
    const double verify_first = median_ns(rounds, 2000, [&] { sink = sink ^ (ring.verify(near_first) != nullptr); });
    const double verify_last = median_ns(rounds, 2000, [&] { sink = sink ^ (ring.verify(near_last) != nullptr); });
    const double verify_right = median_ns(rounds, 2000, [&] { sink = sink ^ (ring.verify(key.key) != nullptr); });
    std::printf("key ring verify  first-byte miss %7.0f ns   last-byte miss %7.0f ns   ratio %.2f   right key %7.0f ns\n",
                verify_first, verify_last, verify_first / verify_last, verify_right);
    return 0;
}
