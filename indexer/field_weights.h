// How much each field of a document counts in ranking, chosen at index time.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace helpdex::indexer {

// Each occurrence of a word in a field adds the field's weight to the word's within-
// document frequency (wdf) in the unprefixed term that queries match, so BM25 sees a
// title word as that many body words. Titles and symptoms are the customer's own words for
// the problem, so they count most. bench_tune_fields (bench/tune_fields.cpp) checks them on
// a corpus's cases: on the bundled corpus and on banking77, no other combination tried did
// better by more than one query (README "Benchmarks"), so these stayed.
struct FieldWeights {
    Xapian::termcount title = 4;
    Xapian::termcount symptoms = 3;
    Xapian::termcount tags = 2;
    Xapian::termcount steps = 1;
    Xapian::termcount body = 1;
    // Each word a solution's past cases add to it (indexer/case_vocabulary.h); 0 adds none.
    Xapian::termcount cases = 1;

    static constexpr Xapian::termcount kMax = 20;

    bool operator==(const FieldWeights&) const = default;
};

// Parses "title=6,body=1": any subset of the fields, the others keeping their defaults.
// Throws std::invalid_argument naming the field for an unknown field, a repeated field or
// a weight that is not a whole number from 0 to FieldWeights::kMax.
FieldWeights parse_field_weights(std::string_view spec);

// "title=4,symptoms=3,tags=2,steps=1,body=1,cases=1"
std::string to_string(const FieldWeights& weights);
nlohmann::json to_json(const FieldWeights& weights);

}  // namespace helpdex::indexer
