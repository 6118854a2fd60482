// Proves search/document: the stored JSON round trip, translation groups, snippet sources,
// document types and priorities.
#include <catch2/catch.hpp>

#include <climits>
#include <string>

#include <nlohmann/json.hpp>

#include "search/document.h"

using namespace helpdex;

namespace {

KbDocument every_field_set() {
    KbDocument d;
    d.id = "kb-billing-refund-nl";
    d.type = "troubleshooting";
    d.title = "Terugbetaling aanvragen";
    d.lang = "nl";
    d.category = "billing/refunds";
    d.translation_of = "kb-billing-refund";
    d.product = "kestrel-plus";
    d.tags = {"refund", "geld terug"};
    d.symptoms = {"dubbel betaald", "abonnement opgezegd"};
    d.priority = "high";
    d.escalation = Escalation{"Billing Operations", "L2 Billing Specialists", "4h", "Het bedrag is hoger dan 500 EUR",
                              "billing@kestrel.example"};
    d.status = "draft";
    d.updated = "2026-11-24";
    d.body_markdown = "## Oplossing\n1. Open de betalingen.\n";
    d.body_html = "<h2>Oplossing</h2>\n<ol>\n<li>Open de betalingen.</li>\n</ol>\n";
    d.body_text = "Oplossing Open de betalingen.";
    d.steps = {"Open de betalingen.", "Kies \"Terugbetalen\"."};
    d.source = "articles/billing/refund.nl.md";
    return d;
}

// As the index stores it: JSON text in the Xapian document data, parsed back.
KbDocument stored_and_read(const KbDocument& d) {
    return document_from_stored_json(nlohmann::json::parse(to_stored_json(d).dump()));
}

}  // namespace

TEST_CASE("a document with every field set reads back from its stored JSON unchanged", "[document]") {
    const KbDocument original = every_field_set();
    const KbDocument read = stored_and_read(original);
    CHECK(read.id == original.id);
    CHECK(read.type == original.type);
    CHECK(read.title == original.title);
    CHECK(read.lang == original.lang);
    CHECK(read.category == original.category);
    CHECK(read.translation_of == original.translation_of);
    CHECK(read.product == original.product);
    CHECK(read.tags == original.tags);
    CHECK(read.symptoms == original.symptoms);
    CHECK(read.priority == original.priority);
    REQUIRE(read.escalation);
    CHECK(read.escalation->team == original.escalation->team);
    CHECK(read.escalation->tier == original.escalation->tier);
    CHECK(read.escalation->sla == original.escalation->sla);
    CHECK(read.escalation->when == original.escalation->when);
    CHECK(read.escalation->contact == original.escalation->contact);
    CHECK(read.status == original.status);
    CHECK(read.updated == original.updated);
    CHECK(read.body_markdown == original.body_markdown);
    CHECK(read.body_html == original.body_html);
    CHECK(read.body_text.empty());  // not stored: a shown hit's text is in its shown document
    CHECK(read.steps == original.steps);
    CHECK(read.source == original.source);
}

TEST_CASE("empty optional fields are stored as null and read back empty", "[document]") {
    KbDocument original = every_field_set();
    original.translation_of.clear();
    original.product.clear();
    original.updated.clear();
    original.escalation.reset();
    original.tags.clear();

    const nlohmann::json stored = to_stored_json(original);
    CHECK(stored.at("translation_of").is_null());
    CHECK(stored.at("product").is_null());
    CHECK(stored.at("updated").is_null());
    CHECK(stored.at("escalation").is_null());
    CHECK(stored.at("tags") == nlohmann::json::array());

    const KbDocument read = stored_and_read(original);
    CHECK(read.translation_of.empty());
    CHECK(read.product.empty());
    CHECK(read.updated.empty());
    CHECK_FALSE(read.escalation);
    CHECK(read.tags.empty());
    CHECK(read.id == original.id);
    CHECK(read.priority == original.priority);
}

TEST_CASE("a translation belongs to its original's group, an original to its own", "[document]") {
    KbDocument original;
    original.id = "kb-billing-refund";
    CHECK(original.group() == "kb-billing-refund");
    KbDocument translation;
    translation.id = "kb-billing-refund-nl";
    translation.translation_of = "kb-billing-refund";
    CHECK(translation.group() == "kb-billing-refund");
    CHECK(stored_and_read(every_field_set()).group() == "kb-billing-refund");
}

TEST_CASE("a snippet is cut from the body, or from the title of a document without one", "[document]") {
    KbDocument d;
    d.title = "Camera offline";
    d.body_text = "The camera tile shows Offline.";
    CHECK(d.snippet_source() == "The camera tile shows Offline.");
    d.body_text.clear();
    CHECK(d.snippet_source() == "Camera offline");
}

TEST_CASE("only the five document types are document types", "[document]") {
    const auto [type, known] = GENERATE(table<std::string, bool>({
        {"known-issue", true}, {"troubleshooting", true}, {"sop", true}, {"faq", true}, {"case", true},
        {"", false}, {"blog", false}, {"FAQ", false}, {"case ", false}, {"known_issue", false}}));
    CHECK(is_document_type(type) == known);
}

TEST_CASE("priorities rank from low to urgent and back", "[document]") {
    const auto [name, rank] = GENERATE(table<std::string, int>({{"low", 0}, {"normal", 1}, {"high", 2}, {"urgent", 3}}));
    CHECK(priority_rank(name) == rank);
    CHECK(priority_name(rank) == name);
}

TEST_CASE("an unknown priority ranks -1", "[document]") {
    const std::string unknown = GENERATE("", "critical", "High", "normal ", "p1");
    CHECK(priority_rank(unknown) == -1);
}

TEST_CASE("an out-of-range rank names the nearest priority", "[document]") {
    CHECK(priority_name(-1) == "low");
    CHECK(priority_name(INT_MIN) == "low");
    CHECK(priority_name(4) == "urgent");
    CHECK(priority_name(INT_MAX) == "urgent");
}
