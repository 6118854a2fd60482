// What `helpdex check` (and the check `helpdex index` runs) may be told.
#pragma once

#include <chrono>

namespace helpdex::indexer {

struct CheckOptions {
    int max_age_days = 365;                  // a published article's `updated` may be this old
    double near_duplicate_similarity = 0.9;  // word 3-shingle Jaccard similarity from which two articles are near-duplicates
    // The day ages are counted to: today (UTC) unless a test or --today says otherwise.
    std::chrono::sys_days today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
};

}  // namespace helpdex::indexer
