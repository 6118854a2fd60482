// How the suggester weighs its evidence: the knobs a config may set when serving.
#pragma once

#include <cstddef>

namespace helpdex {

// The defaults were chosen with bench_tune_ranking on an 80/20 split of the banking77
// cases (7,200 indexed, 1,800 held out), never on the query set the relevance bench
// reports; neighbouring values scored within 0.3 points of them.
struct RankingParameters {
    double classifier_weight = 0.8;       // category belief = w·classifier + (1−w)·retrieval vote
    double category_boost = 3.0;          // a hit's score × (1 + boost · belief in its category)
    double uncertain_below = 0.5;         // category confidence under which the answer says so
    double repeat_category_factor = 0.2;  // each further hit of a listed category counts this much less
    // BM25: a grid of k1 ∈ {0.6, 1, 1.6} × b ∈ {0.25, 0.5, 0.75} scored within 0.2 points on
    // the split, so Xapian's defaults stay.
    double bm25_k1 = 1.0;                 // term-frequency saturation
    double bm25_b = 0.5;                  // length normalisation
    size_t expand_up_to_terms = 3;        // inquiries of at most this many terms get relevance feedback
    double expansion_weight = 0.3;        // weight of the expansion terms relative to the inquiry's
    // Chosen on the dev half of bench/multilingual's set (0.6 and 1.5 did worse).
    double title_boost = 3.0;             // a hit's score × (1 + boost · its title's overlap with the inquiry)
    double bridge_weight = 2.0;           // weight of a term's translations (search/bridge) relative to it
    // The floors below were chosen on the dev half of bench/multilingual's set, with the
    // held-out operating points bench_fit_confidence prints.
    double show_from = 0.05;              // hits less likely right than this are not returned: no filler
    double more_from = 0.2;               // solutions after the first need at least this: the first may be all there is
    double answered_from = 0.5;           // an answerability at least this: the inquiry is answered
};

}  // namespace helpdex
