// Proves indexer/field_weights: parsing, errors naming the field, and what the weights do
// to the index.
#include <catch2/catch.hpp>

#include <fstream>

#include "indexer/corpus_reader.h"
#include "indexer/field_weights.h"
#include "indexer/index_writer.h"
#include "search/generation.h"
#include "support/test_support.h"

using namespace helpdex;
using indexer::FieldWeights;
using indexer::parse_field_weights;

TEST_CASE("field weights parse any subset, the rest keeping their defaults", "[index][field-weights]") {
    CHECK(parse_field_weights("") == FieldWeights{});
    const FieldWeights w = parse_field_weights(" title = 6 ,body=0");
    CHECK(w.title == 6);
    CHECK(w.body == 0);
    CHECK(w.symptoms == FieldWeights{}.symptoms);
    CHECK(parse_field_weights(to_string(w)) == w);
    CHECK(to_string(FieldWeights{}) == "title=4,symptoms=3,tags=2,steps=1,body=1,cases=1");
}

TEST_CASE("bad field weights are refused, naming the field", "[index][field-weights]") {
    CHECK_THROWS_WITH(parse_field_weights("titel=4"), Catch::Contains("'titel': unknown field"));
    CHECK_THROWS_WITH(parse_field_weights("title=4,title=5"), Catch::Contains("'title': given twice"));
    CHECK_THROWS_WITH(parse_field_weights("body=-1"), Catch::Contains("'body': expected a whole number"));
    CHECK_THROWS_WITH(parse_field_weights("body=1.5"), Catch::Contains("'body'"));
    CHECK_THROWS_WITH(parse_field_weights("tags=21"), Catch::Contains("from 0 to 20"));
    CHECK_THROWS_WITH(parse_field_weights("steps"), Catch::Contains("'steps'"));
}

TEST_CASE("a field's weight is what each of its words adds to the matched term", "[index][field-weights]") {
    indexer::Diagnostics diagnostics;
    const indexer::Corpus corpus = indexer::read_corpus(test::fixture("small-corpus"), diagnostics);
    // "subscription" occurs once in fx-refund's title and once in a symptom, nowhere else
    // in that document.
    auto wdf_of = [&](const FieldWeights& weights) {
        test::TempDir dir;
        indexer::IndexOptions options;
        options.field_weights = weights;
        indexer::write_index(corpus, dir / "idx", test::fixture("small-corpus"), options);
        const auto generation = Generation::open_current(dir / "idx");
        CHECK(generation->manifest().at("field_weights") == to_json(weights));
        const Xapian::Database db = generation->open_database();
        const Xapian::docid docid = *db.postlist_begin("Qfx-refund");
        auto term = db.termlist_begin(docid);
        term.skip_to("subscript");
        REQUIRE(term != db.termlist_end(docid));
        REQUIRE(*term == "subscript");
        return term.get_wdf();
    };
    CHECK(wdf_of(parse_field_weights("title=4,symptoms=3")) == 4 + 3);
    CHECK(wdf_of(parse_field_weights("title=7,symptoms=0")) == 7);
}
