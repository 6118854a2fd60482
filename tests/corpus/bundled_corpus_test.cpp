// Proves the bundled corpus: it indexes with no error, meets the size the product promises,
// and answers real inquiries in five languages the way a support agent would accept.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "indexer/corpus_reader.h"
#include "search/suggester.h"
#include "support/test_support.h"

using namespace helpdex;

namespace {

// The bundled corpus, indexed once for this test file.
struct BundledIndex {
    test::TempDir dir;
    BundledIndex() { test::index_corpus(test::bundled_corpus(), dir / "idx"); }
    static BundledIndex& get() {
        static BundledIndex instance;
        return instance;
    }
};

Suggestion ask(const std::string& text, const std::string& lang = "") {
    Searcher searcher(Generation::open_current(BundledIndex::get().dir / "idx"));
    SuggestRequest request;
    request.text = text;
    request.lang = lang;
    return suggest(searcher, request);
}

// The first of the top three solutions in translation group `group`, or nullptr.
const Hit* among_top3(const Suggestion& s, const std::string& group) {
    for (size_t i = 0; i < s.solutions.size() && i < 3; ++i) {
        if (s.solutions[i].group == group) return &s.solutions[i];
    }
    return nullptr;
}

}  // namespace

TEST_CASE("the bundled corpus reads without a single error or warning", "[bundled]") {
    indexer::Diagnostics diagnostics;
    const auto corpus = indexer::read_corpus(test::bundled_corpus(), diagnostics);
    for (const auto& d : diagnostics.all()) FAIL(d.to_string());
    CHECK(corpus.skipped == 0);
}

TEST_CASE("the bundled corpus is a realistic knowledge base", "[bundled]") {
    indexer::Diagnostics diagnostics;
    const auto corpus = indexer::read_corpus(test::bundled_corpus(), diagnostics);
    std::set<std::string> groups, categories, case_languages;
    std::map<std::string, int> articles_by_lang;
    std::set<std::string> article_types;
    int cases = 0;
    for (const auto& d : corpus.documents) {
        if (d.status != "published") continue;
        categories.insert(d.category);
        if (d.type == "case") {
            ++cases;
            case_languages.insert(d.lang);
        } else {
            groups.insert(d.group());
            ++articles_by_lang[d.lang];
            article_types.insert(d.type);
            CHECK_FALSE(d.steps.empty());  // every article carries resolution steps
        }
    }
    CHECK(groups.size() >= 40);
    CHECK(categories.size() >= 10);
    CHECK(article_types == std::set<std::string>{"faq", "known-issue", "sop", "troubleshooting"});
    for (const char* lang : {"nl", "de", "fr", "es"}) {
        INFO(lang);
        CHECK(articles_by_lang[lang] >= 15);
    }
    CHECK(cases >= 150);
    CHECK(case_languages.size() >= 4);
    REQUIRE(corpus.routing.resolve("account/security"));
    CHECK(corpus.routing.resolve("account/security")->team == "Trust & Safety");
}

TEST_CASE("a Dutch inquiry gets a Dutch solution first, with the right category and team", "[bundled]") {
    const Suggestion s = ask("Goedemiddag, mijn camera valt steeds uit en staat offline in de app. Wat kan ik doen? Groet, Sanne");
    CHECK(s.inquiry.language == "nl");
    REQUIRE_FALSE(s.solutions.empty());
    CHECK(s.solutions[0].lang == "nl");
    CHECK(s.solutions[0].group == "kb-devices-camera-offline");
    CHECK(s.inquiry.category == "devices/connectivity");
    CHECK(s.escalation.team == "Device Support");
    REQUIRE(s.solutions[0].shown);
    CHECK(s.solutions[0].shown->steps.size() >= 4);
}

TEST_CASE("real inquiries in five languages find the right solution, category and team", "[bundled]") {
    auto [text, lang, group, category, team] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        {"Hi, my card keeps getting declined when I try to pay for Kestrel Plus", "en", "kb-billing-card-declined",
         "billing/payments", "Billing Operations"},
        {"Mijn betaling voor Kestrel Plus wordt steeds geweigerd", "nl", "kb-billing-card-declined", "billing/payments",
         "Billing Operations"},
        {"Meine Kamera geht ständig offline, die App zeigt sie als getrennt an", "de", "kb-devices-camera-offline",
         "devices/connectivity", "Device Support"},
        {"Je n'arrive pas à appairer mon hub, la LED clignote en bleu", "fr", "kb-devices-hub-pairing-fails", "devices/setup",
         "Device Support"},
        {"Quiero cancelar mi suscripción Kestrel Plus", "es", "kb-subscription-cancel-kestrel-plus",
         "subscription/cancellation", "Customer Success"},
        {"パスワードリセットのメールが届きません", "ja", "kb-account-password-reset-email-not-received", "account/login",
         "Account Support"},
    }));
    INFO(text);
    const Suggestion s = ask(text);
    CHECK(s.inquiry.language == lang);
    REQUIRE_FALSE(s.solutions.empty());
    CHECK(s.solutions[0].group == group);
    CHECK(s.solutions[0].lang == lang);
    CHECK(s.inquiry.category == category);
    CHECK(s.escalation.team == team);
}

TEST_CASE("a safety inquiry is urgent and reaches the safety escalation", "[bundled]") {
    const Suggestion s = ask("The doorbell battery is swollen and very hot, there was a burning smell");
    CHECK(s.inquiry.urgency == "urgent");
    REQUIRE_FALSE(s.solutions.empty());
    CHECK(s.solutions[0].group == "kb-devices-hardware-doorbell-battery-overheating");
    CHECK(s.escalation.source == "document:kb-devices-hardware-doorbell-battery-overheating");
}

TEST_CASE("bundled drafts and archived articles are never suggested", "[bundled]") {
    for (const char* text : {"chime v2 setup", "firmware 3 cameras rebooting outage 2024"}) {
        const Suggestion s = ask(text);
        for (const Hit& hit : s.solutions) {
            CHECK(hit.id != "kb-devices-hardware-chime-v2-draft");
            CHECK(hit.id != "kb-service-legacy-firmware-3-outage");
        }
    }
}

TEST_CASE("a corpus of articles only still learns its categories", "[bundled]") {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "corpus");
    std::filesystem::copy(test::bundled_corpus() / "articles", dir / "corpus/articles", std::filesystem::copy_options::recursive);
    std::filesystem::copy(test::bundled_corpus() / "routing.yaml", dir / "corpus/routing.yaml");
    test::index_corpus(dir / "corpus", dir / "idx");
    Searcher searcher(Generation::open_current(dir / "idx"));
    REQUIRE(searcher.generation().classifier().categories().size() == 17);
    SuggestRequest request;
    request.text = "I was charged twice after changing my plan";
    const Suggestion s = suggest(searcher, request);
    CHECK(s.inquiry.category == "billing/payments");
    CHECK(s.similar_issues.size() >= 1);  // known issues still answer as similar issues
}

// (The French and Spanish forms of this question still lose to their own language's
// card-declined article, which lists other ways to pay: the bench counts such misses.)
TEST_CASE("an inquiry on a topic only in English finds the English article", "[bundled]") {
    auto [text, lang] = GENERATE(table<std::string, std::string>({
        {"Welke betaalmethoden accepteren jullie? Kan ik ook met PayPal of Bancontact betalen?", "nl"},
        {"Welche Zahlungsmethoden akzeptiert ihr? Kann ich auch mit PayPal bezahlen?", "de"},
    }));
    INFO(text);
    const Suggestion s = ask(text);
    CHECK(s.inquiry.language == lang);
    const Hit* hit = among_top3(s, "kb-billing-accepted-payment-methods");
    REQUIRE(hit != nullptr);
    CHECK(hit->lang == "en");  // the only version: the console says "only in en"
}

// A language the index lacks, an out-of-scope inquiry and a misleading hint are proven
// through the real server: tests/api/languages_test.cpp.
