// Proves api/json_views: the keys, nulls, rounding and order of the search, suggestion,
// document and readiness views.
#include <catch2/catch.hpp>

#include <memory>

#include "api/json_views.h"
#include "support/test_support.h"

using namespace helpdex;
using nlohmann::json;

namespace {

Hit make_hit(const std::string& id, const std::string& type, double score) {
    Hit hit;
    hit.id = id;
    hit.title = "Title of " + id;
    hit.type = type;
    hit.lang = "en";
    hit.category = "billing/payments";
    hit.score = score;
    hit.snippet = "… <mark>charged</mark> twice …";
    hit.matched_terms = {"charged"};
    hit.priority = 2;
    return hit;
}

KbDocument make_document() {
    KbDocument d;
    d.id = "kb-double-charge";
    d.type = "known-issue";
    d.title = "Charged twice";
    d.lang = "en";
    d.category = "billing/payments";
    d.product = "plus";
    d.tags = {"billing", "refund"};
    d.symptoms = {"two charges"};
    d.priority = "high";
    d.escalation = Escalation{"Billing Operations", "L2 Billing Specialists", "4h", "", ""};
    d.body_markdown = "## Resolution\n1. Refund";
    d.body_html = "<h2>Resolution</h2>\n<ol><li>Refund</li></ol>";
    d.body_text = "Resolution Refund";
    d.steps = {"Refund the second charge", "Tell the customer"};
    d.source = "articles/billing/double-charge.en.md";
    return d;
}

}  // namespace

TEST_CASE("a search result lists its hits' summaries, scores rounded to 4 decimals", "[api][views]") {
    SearchResponse response;
    response.total = 12;
    response.query_language = "en";
    response.results = {make_hit("kb-a", "faq", 1.23456789), make_hit("case-1", "case", 2.0)};
    response.facets["type"] = {{"faq", 7}, {"case", 5}};
    response.corrections = {{"chraged", "charged", 0, 7}};
    response.corrected_query = "charged twice";
    const json view = api::search_response_json(response);
    CHECK(view == json::parse(R"({
        "total": 12, "query_language": "en", "corrected_query": "charged twice",
        "corrections": [{"word": "chraged", "correction": "charged"}],
        "results": [
          {"id": "kb-a", "title": "Title of kb-a", "type": "faq", "lang": "en", "category": "billing/payments",
           "score": 1.2346, "snippet": "… <mark>charged</mark> twice …", "matched_terms": ["charged"]},
          {"id": "case-1", "title": "Title of case-1", "type": "case", "lang": "en", "category": "billing/payments",
           "score": 2.0, "snippet": "… <mark>charged</mark> twice …", "matched_terms": ["charged"]}],
        "facets": {"type": {"case": 5, "faq": 7}}})"));
}

TEST_CASE("an empty search result has empty lists, not nulls", "[api][views]") {
    const json view = api::search_response_json(SearchResponse{});
    CHECK(view["results"] == json::array());
    CHECK(view["facets"] == json::object());
    CHECK(view["total"] == 0);
    CHECK(view["corrected_query"] == nullptr);  // nothing corrected
    CHECK(view["corrections"] == json::array());
}

TEST_CASE("a suggestion shows inquiry, solutions with steps, similar issues and escalation", "[api][views]") {
    Suggestion s;
    s.inquiry.language = "en";
    s.inquiry.language_confidence = 0.987654;
    s.inquiry.category = "billing/payments";
    s.inquiry.category_confidence = 0.71234;
    s.inquiry.category_uncertain = false;
    s.inquiry.urgency = "urgent";
    s.inquiry.urgency_cues = {UrgencyCue{"data breach", 3, "security"}};
    s.inquiry.terms = {"charged", "twice"};
    Hit with_document = make_hit("kb-double-charge", "known-issue", 21.456789);
    auto shown = std::make_shared<ShownDocument>();
    shown->steps = make_document().steps;
    shown->updated = "2026-08-02";
    with_document.shown = shown;
    with_document.confidence = 0.834567;
    Hit without_document = make_hit("kb-faq", "faq", 3.0);
    without_document.priority = 0;
    s.solutions = {with_document, without_document};
    s.similar_issues = {make_hit("case-7", "case", 9.12345)};
    auto resolved = std::make_shared<ShownDocument>();
    resolved->resolution = "Refunded the duplicate charge.";
    s.similar_issues[0].shown = resolved;
    s.similar_issues[0].confidence = 0.5;
    s.answered = true;
    s.inquiry.language_source = LanguageSource::hint_overruled;
    s.inquiry.segments = {{"Hi Anna,\n", SegmentKind::greeting}, {"charged twice\n", SegmentKind::read},
                          {"> old\n", SegmentKind::quote}};
    s.escalation = {"billing/payments", "Billing Operations", "L2 Billing Specialists", "4h",
                    {"L1", "L2", "L3"}, "", "", "routing:billing"};
    const json view = api::suggestion_json(s);
    CHECK(view["answered"] == true);
    CHECK(view["inquiry"] == json::parse(R"({"language": "en", "language_confidence": 0.9877,
        "language_source": "hint_overruled", "language_in_index": true, "category": "billing/payments",
        "category_confidence": 0.7123, "category_uncertain": false, "urgency": "urgent",
        "urgency_cues": [{"phrase": "data breach", "level": "urgent", "reason": "security"}], "terms": ["charged", "twice"],
        "corrections": [],
        "segments": [{"text": "Hi Anna,\n", "kind": "greeting"}, {"text": "charged twice\n", "kind": "read"},
                     {"text": "> old\n", "kind": "quote"}]})"));
    REQUIRE(view["solutions"].size() == 2);
    CHECK(view["solutions"][0] == json::parse(R"({"id": "kb-double-charge", "title": "Title of kb-double-charge",
        "type": "known-issue", "lang": "en", "category": "billing/payments", "score": 21.4568,
        "snippet": "… <mark>charged</mark> twice …", "matched_terms": ["charged"], "priority": "high",
        "steps": ["Refund the second charge", "Tell the customer"], "updated": "2026-08-02", "confidence": 0.8346})"));
    CHECK(view["solutions"][1]["updated"] == nullptr);  // no document loaded: no date
    CHECK(view["solutions"][1]["steps"] == json::array());  // no document loaded: no steps, not null
    CHECK(view["solutions"][1]["priority"] == "low");
    CHECK(view["similar_issues"] == json::parse(R"([{"id": "case-7", "title": "Title of case-7", "type": "case", "lang": "en",
        "category": "billing/payments", "score": 9.1235, "confidence": 0.5, "snippet": "… <mark>charged</mark> twice …",
        "matched_terms": ["charged"], "updated": null, "resolution": "Refunded the duplicate charge."}])"));
    CHECK(view["escalation"] == json::parse(R"({"category": "billing/payments", "team": "Billing Operations",
        "tier": "L2 Billing Specialists", "sla": "4h", "path": ["L1", "L2", "L3"], "when": null, "contact": null,
        "source": "routing:billing"})"));
    CHECK(view.size() == 5);
}

TEST_CASE("a suggestion without a category or route shows nulls", "[api][views]") {
    Suggestion s;
    s.escalation.source = "none";
    const json view = api::suggestion_json(s);
    CHECK(view["inquiry"]["category"].is_null());
    CHECK(view["inquiry"]["urgency"] == "normal");
    CHECK(view["inquiry"]["urgency_cues"] == json::array());
    for (const char* key : {"category", "team", "tier", "sla", "when", "contact"}) {
        INFO(key);
        CHECK(view["escalation"][key].is_null());
    }
    CHECK(view["escalation"]["path"] == json::array());
    CHECK(view["escalation"]["source"] == "none");
    CHECK(view["solutions"] == json::array());
    CHECK(view["similar_issues"] == json::array());
}

TEST_CASE("a document shows every front-matter field, steps, source, body and translations", "[api][views]") {
    const json view = api::document_json(make_document(), {{"en", "kb-double-charge"}, {"nl", "kb-double-charge-nl"}, {"de", "kb-double-charge-de"}});
    CHECK(view == json::parse(R"({
        "id": "kb-double-charge", "type": "known-issue", "title": "Charged twice", "lang": "en",
        "category": "billing/payments", "translation_of": null, "product": "plus", "tags": ["billing", "refund"],
        "symptoms": ["two charges"], "priority": "high",
        "escalation": {"team": "Billing Operations", "tier": "L2 Billing Specialists", "sla": "4h", "when": "", "contact": ""},
        "status": "published", "updated": null,
        "steps": ["Refund the second charge", "Tell the customer"], "source": "articles/billing/double-charge.en.md",
        "body": {"markdown": "## Resolution\n1. Refund", "html": "<h2>Resolution</h2>\n<ol><li>Refund</li></ol>"},
        "translations": [{"lang": "en", "id": "kb-double-charge"}, {"lang": "nl", "id": "kb-double-charge-nl"},
                         {"lang": "de", "id": "kb-double-charge-de"}]})"));
}

TEST_CASE("a document view never shows the stored-only fields", "[api][views]") {
    const json view = api::document_json(make_document(), {});
    for (const char* key : {"body_text", "body_markdown", "body_html"}) {
        INFO(key);
        CHECK_FALSE(view.contains(key));
    }
    CHECK(view["translations"] == json::array());
}

TEST_CASE("a translation without escalation shows its original and nulls", "[api][views]") {
    KbDocument d = make_document();
    d.id = "kb-double-charge-nl";
    d.lang = "nl";
    d.translation_of = "kb-double-charge";
    d.product.clear();
    d.escalation.reset();
    d.updated = "2026-11-02";
    const json view = api::document_json(d, {{"en", "kb-double-charge"}, {"nl", "kb-double-charge-nl"}});
    CHECK(view["translation_of"] == "kb-double-charge");
    CHECK(view["product"].is_null());
    CHECK(view["escalation"].is_null());
    CHECK(view["updated"] == "2026-11-02");
    CHECK(view["translations"][0]["id"] == "kb-double-charge");
}

TEST_CASE("readiness shows the generation's name, document count and languages", "[api][views]") {
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto generation = Generation::open_current(dir / "idx", Preload::nothing);
    const json view = api::generation_json(*generation);
    CHECK(view.size() == 3);
    CHECK(view["generation"].get<std::string>().rfind("gen-", 0) == 0);
    CHECK(view["documents"] == 10);
    CHECK(view["languages"].is_array());
    CHECK_FALSE(view["languages"].empty());
}
