// Proves search/answer_confidence's off-topic share: the inquiry's words the index lacks
// although its language's word list knows them, and only those.
#include <catch2/catch.hpp>

#include "search/answer_confidence.h"
#include "search/query_terms.h"
#include "search/searcher.h"
#include "search/wording/lexicon.h"
#include "support/test_support.h"

using namespace helpdex;

TEST_CASE("the off-topic share counts the real words the index lacks, not names, codes or typos", "[confidence]") {
    test::IndexedFixture f;
    // "camera" and "offline" are the fixture corpus's words; "famine" is English it never
    // uses; "qwzx" is no word at all.
    const auto words = f.searcher->analyzer().analyze("camera offline famine qwzx", "en");
    const QueryTerms terms = collect_query_terms(words, WordChoice::content_words);
    const EvidenceReader reader(*f.searcher, terms, "en");

    const double famine = reader.off_topic_share(words, wording::Lexicon::from_words({"famine", "camera"}));
    CHECK(famine > 0.0);
    // Both unknown terms weigh alike, so a word list that knows "qwzx" too doubles the share;
    // a word the index holds never counts, known to the list or not.
    const double both = reader.off_topic_share(words, wording::Lexicon::from_words({"famine", "qwzx", "camera", "offline"}));
    CHECK(both == Approx(2.0 * famine));
    CHECK(both == Approx(1.0 - reader.known_share()));
    // Without a word list (Japanese, or none installed) every unknown word is taken for one.
    CHECK(reader.off_topic_share(words, wording::Lexicon::from_words({})) == Approx(both));
    // An inquiry of the index's own words is on topic.
    const auto own = f.searcher->analyzer().analyze("camera offline", "en");
    const EvidenceReader on_topic(*f.searcher, collect_query_terms(own, WordChoice::content_words), "en");
    CHECK(on_topic.off_topic_share(own, wording::Lexicon::from_words({"camera", "offline"})) == 0.0);
}
