// The cases' words reaching the articles: which case links to which article, which of its
// words are added, and that a sharded index adds the same as one database.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/case_vocabulary.h"
#include "search/schema.h"

using namespace helpdex;
using indexer::CaseReference;

namespace {

struct TestDocument {
    std::string id, lang, type, category;
    std::vector<std::string> terms;  // text terms
    std::vector<std::string> summary{};  // a case's title and tag terms
};

// The corpus the tests share: two English login articles, a Dutch one, and cases.
const std::vector<TestDocument> kDocuments = {
    {"lock", "en", "known-issue", "account/login", {"account", "attempt", "e-401", "lock"}},
    {"reset", "en", "faq", "account/login", {"email", "password", "reset", "link"}},
    {"reset-nl", "nl", "faq", "account/login", {"wachtwoord", "herstel", "link"}},
    {"refund", "en", "faq", "billing/refund", {"refund", "money", "days"}},
    // Its summary says "locked out, kicked out" and its body names the customer.
    {"case-1", "en", "case", "account/login", {"lock", "kicked", "account", "gareth", "cardiff"}, {"account", "kicked", "lock"}},
    {"case-2", "nl", "case", "account/login", {"wachtwoord", "vergeten", "mail"}, {"vergeten", "wachtwoord"}},
    // It shares one word of five with the billing article, too few to be linked to it; and
    // no shipping article exists.
    {"case-3", "en", "case", "billing/refund", {"voucher", "gift", "card", "code", "refund"},
     {"card", "code", "gift", "refund", "voucher"}},
    {"case-4", "en", "case", "shipping/delivery", {"parcel", "lock"}, {"lock", "parcel"}},
};

Xapian::Document to_document(const TestDocument& d) {
    using namespace schema;
    Xapian::Document document;
    document.add_boolean_term(boolean_term(kIdPrefix, d.id));
    document.add_boolean_term(boolean_term(kLangPrefix, d.lang));
    document.add_boolean_term(boolean_term(kTypePrefix, d.type));
    document.add_boolean_term(boolean_term(kCategoryPrefix, d.category));
    for (const std::string& term : d.terms) document.add_term(term);
    return document;
}

// Writes the documents into `count` in-memory shards as write_shards numbers them (one
// database: 1, 2, 3…; N: round robin, so that the combined numbering is the same order), runs
// the expansion and returns each document's added words.
std::map<std::string, std::set<std::string>> expand(size_t count, Xapian::termcount weight,
                                                    indexer::CaseVocabularyReport* report = nullptr) {
    std::vector<Xapian::WritableDatabase> shards;
    for (size_t i = 0; i < count; ++i) shards.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::vector<CaseReference> cases;
    for (size_t i = 0; i < kDocuments.size(); ++i) {
        const TestDocument& d = kDocuments[i];
        const size_t shard = i % count;
        const auto docid = static_cast<Xapian::docid>(i / count + 1);
        shards[shard].replace_document(docid, to_document(d));
        if (d.type == "case") cases.push_back({shard, docid, d.lang, d.category, d.summary});
    }
    const auto made = indexer::add_case_vocabulary(shards, cases, weight);
    if (report) *report = made;
    std::map<std::string, std::set<std::string>> added;
    for (size_t i = 0; i < kDocuments.size(); ++i) {
        const Xapian::Document document = shards[i % count].get_document(static_cast<Xapian::docid>(i / count + 1));
        const std::string prefix(schema::kCaseWordsPrefix);
        for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
            if ((*it).starts_with(prefix)) {
                const std::string word = (*it).substr(prefix.size());
                added[kDocuments[i].id].insert(word);
                // The unprefixed term is what queries match, at the given weight.
                auto plain = document.termlist_begin();
                plain.skip_to(word);
                REQUIRE(plain != document.termlist_end());
                CHECK(plain.get_wdf() == weight);
            }
        }
    }
    return added;
}

}  // namespace

TEST_CASE("a case's summary words reach the article of its category and language it matches best", "[index][cases]") {
    indexer::CaseVocabularyReport report;
    const auto added = expand(1, 1, &report);
    CHECK(added.at("lock") == std::set<std::string>{"kicked"});   // not "account" or "lock": it has them
    CHECK(added.at("reset-nl") == std::set<std::string>{"vergeten"});
    // A word only one case's body holds (a name, a town) is not added.
    CHECK_FALSE(added.contains("reset"));
    // No article of its category in its language matches it well, or there is none.
    CHECK_FALSE(added.contains("refund"));
    CHECK(report.cases_linked == 2);
    CHECK(report.articles_expanded == 2);
    CHECK(report.terms_added == 2);
    // Cases themselves are never expanded.
    CHECK_FALSE(added.contains("case-1"));
}

TEST_CASE("a weight of 0 adds no case words", "[index][cases]") {
    indexer::CaseVocabularyReport report;
    CHECK(expand(1, 0, &report).empty());
    CHECK(report.cases_linked == 0);
}

TEST_CASE("the case words weigh what the field weight says", "[index][cases]") {
    CHECK(expand(1, 3).at("lock") == std::set<std::string>{"kicked"});  // expand() checks the wdf
}

TEST_CASE("a sharded index adds the same case words as one database", "[index][cases]") {
    const auto one = expand(1, 1);
    CHECK(expand(2, 1) == one);
    CHECK(expand(3, 1) == one);
}

TEST_CASE("a case's summary is the distinct words of its title and tags, without stopwords", "[index][cases]") {
    KbDocument d;
    d.id = "case-en-9";
    d.type = "case";
    d.lang = "en";
    d.category = "account/login";
    d.title = "Locked out of the app after the update";
    d.tags = {"locked out", "update"};
    d.body_text = "Gareth from Cardiff";
    analysis::Analyzer analyzer;
    const CaseReference c = indexer::case_reference(d, 2, 7, analyzer);
    CHECK(c.shard == 2);
    CHECK(c.docid == 7);
    CHECK(c.lang == "en");
    CHECK(c.category == "account/login");
    const auto& terms = c.summary_terms;
    CHECK(std::is_sorted(terms.begin(), terms.end()));
    CHECK(std::adjacent_find(terms.begin(), terms.end()) == terms.end());
    CHECK(std::find(terms.begin(), terms.end(), "the") == terms.end());
    CHECK(std::find(terms.begin(), terms.end(), "gareth") == terms.end());  // the body is not the summary
    CHECK(std::find(terms.begin(), terms.end(), "app") != terms.end());
    // "locked", "out", "app", "after", "update": each once, whatever the stemmer makes of them.
    std::vector<std::string> expected;
    for (const auto& word : analyzer.analyze("locked out app after update", "en")) {
        if (!word.stopword) expected.push_back(word.term);
    }
    std::sort(expected.begin(), expected.end());
    CHECK(terms == expected);
}
