// Proves search/document_cache: what a server keeps of a generation in memory, within its budgets.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "search/document_cache.h"
#include "search/generation.h"
#include "search/schema.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

struct Fixture {
    test::TempDir dir;
    std::shared_ptr<const Generation> generation;
    Xapian::Database db;
    Fixture() {
        test::index_corpus(test::fixture("small-corpus"), dir / "idx");
        generation = Generation::open_current(dir / "idx", Preload::nothing);
        db = generation->open_database();
        REQUIRE(db.get_doccount() == 10);
        REQUIRE(db.get_lastdocid() == 10);
    }
    DocumentCache load(const PreloadBudget& budget = {}) const { return DocumentCache::load(generation->open_database(), budget); }

    // The document's unprefixed terms as DocumentCache::text_terms lists them.
    std::string text_terms(Xapian::docid docid) const {
        std::string terms = "\n";
        for (auto it = db.termlist_begin(docid); it != db.termlist_end(docid); ++it) {
            if (schema::is_text_term(*it)) terms += *it + "\n";
        }
        return terms;
    }
    size_t stored_bytes() const {
        size_t bytes = 0;
        for (Xapian::docid docid = 1; docid <= 10; ++docid) bytes += db.get_document(docid).get_data().size();
        return bytes;
    }
    size_t snippet_word_count(Xapian::docid docid) {
        const KbDocument d = document_from_stored_json(nlohmann::json::parse(db.get_document(docid).get_data()));
        return analyzer.analyze(d.snippet_source(), d.lang).size();
    }
    analysis::Analyzer analyzer;
};

bool keeps_nothing_of(const DocumentCache& cache, Xapian::docid docid) {
    return !cache.summary(docid) && !cache.document(docid) && !cache.text_terms(docid) && !cache.snippet_words(docid);
}

}  // namespace

TEST_CASE("with the default budget every document is kept with its terms and snippet words", "[cache]") {
    Fixture f;
    const DocumentCache cache = f.load();
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        INFO("docid " << docid);
        const Xapian::Document stored = f.db.get_document(docid);
        REQUIRE(cache.summary(docid));
        CHECK(*cache.summary(docid) == stored.get_value(schema::kSlotSummary));
        REQUIRE(cache.document(docid));
        CHECK(to_stored_json(*cache.document(docid)) == to_stored_json(hit_document_from_stored_data(stored.get_data())));
        CHECK(cache.document(docid)->body_html.empty());  // no hit shows the bodies
        REQUIRE(cache.text_terms(docid));
        CHECK(*cache.text_terms(docid) == f.text_terms(docid));
        REQUIRE(cache.snippet_words(docid));
        CHECK(cache.snippet_words(docid)->size() == f.snippet_word_count(docid));
    }
    CHECK(cache.text_terms(1)->find("\ncharg\n") != std::string::npos);
    CHECK(cache.text_terms(1)->find("\nXTYPEknown-issue\n") == std::string::npos);  // no boolean terms
    // Snippet words refer to their terms by interned ids.
    const auto refund = cache.snippet_terms().find("refund");
    REQUIRE(refund);
    bool found = false;
    for (const SnippetWord& word : *cache.snippet_words(3)) found = found || word.term == *refund;
    CHECK(found);
    CHECK_FALSE(cache.snippet_terms().find("zzz"));
}

TEST_CASE("a docid beyond the index or an empty cache keeps nothing", "[cache]") {
    Fixture f;
    CHECK(keeps_nothing_of(f.load(), 11));
    CHECK(keeps_nothing_of(f.load(), 1000));
    const DocumentCache empty;
    CHECK(keeps_nothing_of(empty, 0));
    CHECK(keeps_nothing_of(empty, 1));
}

TEST_CASE("above the summary budget nothing is kept", "[cache]") {
    Fixture f;
    auto [max_summaries, kept] = GENERATE(table<Xapian::doccount, bool>({{0, false}, {9, false}, {10, true}, {11, true}}));
    PreloadBudget budget;
    budget.max_summaries = max_summaries;
    const DocumentCache cache = f.load(budget);
    INFO("max_summaries " << max_summaries);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        if (kept) {
            CHECK(cache.summary(docid));
            CHECK(cache.document(docid));
        } else {
            CHECK(keeps_nothing_of(cache, docid));
        }
    }
}

TEST_CASE("documents larger together than the byte budget are not kept, their summaries are", "[cache]") {
    Fixture f;
    const size_t total = f.stored_bytes();
    auto [max_bytes, documents_kept] = GENERATE_COPY(table<size_t, bool>({
        {0, false},
        {1000, false},  // smaller than the first document
        {total - 1, false},
        {total, true},
    }));
    PreloadBudget budget;
    budget.max_document_bytes = max_bytes;
    const DocumentCache cache = f.load(budget);
    INFO("max_document_bytes " << max_bytes << " of " << total);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        CHECK(cache.summary(docid));
        CHECK(static_cast<bool>(cache.document(docid)) == documents_kept);
        CHECK((cache.text_terms(docid) != nullptr) == documents_kept);
        CHECK((cache.snippet_words(docid) != nullptr) == documents_kept);
    }
    CHECK(static_cast<bool>(cache.snippet_terms().find("refund")) == documents_kept);
}

TEST_CASE("beyond the snippet word budget documents are kept without their snippet words", "[cache]") {
    Fixture f;
    const size_t first = f.snippet_word_count(1);
    const size_t second = f.snippet_word_count(2);
    // The budget is checked before each document: the one that crosses it is still analysed.
    auto [max_words, analysed] = GENERATE_COPY(table<size_t, Xapian::docid>({
        {1, 1},
        {first, 1},
        {first + 1, 2},
        {first + second, 2},
        {first + second + 1, 3},
    }));
    PreloadBudget budget;
    budget.max_snippet_words = max_words;
    const DocumentCache cache = f.load(budget);
    INFO("max_snippet_words " << max_words);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        INFO("docid " << docid);
        CHECK(cache.document(docid));
        CHECK(cache.text_terms(docid));
        CHECK((cache.snippet_words(docid) != nullptr) == (docid <= analysed));
    }
    REQUIRE(cache.snippet_words(1));
    CHECK(cache.snippet_words(1)->size() == first);
}

TEST_CASE("a snippet word budget of 0 keeps no snippet words", "[cache]") {
    Fixture f;
    PreloadBudget budget;
    budget.max_snippet_words = 0;
    const DocumentCache cache = f.load(budget);
    for (Xapian::docid docid = 1; docid <= 10; ++docid) {
        CHECK(cache.document(docid));
        CHECK_FALSE(cache.snippet_words(docid));
    }
}
