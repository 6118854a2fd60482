// Proves cli/console_output: the lines an agent reads in a terminal, and that colour codes
// appear only when colour is on.
#include <catch2/catch.hpp>

#include <memory>
#include <sstream>

#include "cli/console_output.h"

using namespace helpdex;

namespace {

Hit make_hit(const std::string& id, const std::string& type, double score) {
    Hit hit;
    hit.id = id;
    hit.title = "Title of " + id;
    hit.type = type;
    hit.lang = "en";
    hit.category = "billing/payments";
    hit.score = score;
    hit.snippet = "… <mark>charged</mark> twice &amp; more …";
    return hit;
}

Suggestion make_suggestion() {
    Suggestion s;
    s.inquiry.language = "en";
    s.inquiry.language_confidence = 0.987;
    s.inquiry.category = "billing/payments";
    s.inquiry.category_confidence = 0.714;
    s.inquiry.urgency = "urgent";
    s.inquiry.urgency_cues = {UrgencyCue{"data breach", 3, "security"}};
    Hit solution = make_hit("kb-double-charge", "known-issue", 21.456);
    auto shown = std::make_shared<ShownDocument>();
    shown->steps = {"Open the payment history", "Refund the second charge:\n- by card\n- by invoice"};
    solution.shown = shown;
    solution.confidence = 0.914;
    s.solutions = {solution};
    s.similar_issues = {make_hit("case-7", "case", 9.1)};
    s.similar_issues[0].lang = "nl";
    s.similar_issues[0].confidence = 0.5;
    s.answered = true;
    s.escalation = {"billing/payments", "Billing Operations", "L2 Billing Specialists", "4h",
                    {"L1 Support Desk", "L2 Billing Specialists", "L3 Finance"}, "refund over 500 EUR", "", "routing:billing"};
    return s;
}

std::string printed(const Suggestion& s, bool color) {
    std::ostringstream out;
    cli::print_suggestion(out, s, {color});
    return out.str();
}

std::string printed(const SearchResponse& r, bool color) {
    std::ostringstream out;
    cli::print_search(out, r, {color});
    return out.str();
}

}  // namespace

TEST_CASE("a suggestion prints as the lines an agent reads", "[cli][console]") {
    CHECK(printed(make_suggestion(), false) ==
          "Inquiry    language en (0.99)  category billing/payments (0.71)  urgency urgent  cues: \"data breach\"\n"
          "Escalation Billing Operations → L2 Billing Specialists  SLA 4h  (routing:billing)\n"
          "           path: L1 Support Desk → L2 Billing Specialists → L3 Finance\n"
          "           when: refund over 500 EUR\n"
          "\n"
          "Solutions\n"
          "  1. Title of kb-double-charge\n"
          "     kb-double-charge · known-issue · en · billing/payments · 91% sure\n"
          "     … *charged* twice & more …\n"
          "       1) Open the payment history\n"
          "       2) Refund the second charge:\n"
          "          - by card\n"
          "          - by invoice\n"
          "\n"
          "Similar past issues\n"
          "  1. Title of case-7\n"
          "     case-7 · case · only in nl · billing/payments · 50% sure\n");
}

TEST_CASE("a suggestion without a likely answer says so above the closest articles", "[cli][console]") {
    Suggestion s = make_suggestion();
    s.answered = false;
    s.inquiry.language = "pt";
    s.inquiry.language_in_index = false;
    const std::string out = printed(s, false);
    CHECK(out.find("language pt (0.99, not in the index)") != std::string::npos);
    CHECK(out.find("No article is likely to answer this: these are only the closest.\n  1. Title of kb-double-charge") !=
          std::string::npos);
    CHECK(out.find("kb-double-charge · known-issue · only in en") != std::string::npos);
}

TEST_CASE("a suggestion with nothing found says so", "[cli][console]") {
    Suggestion s;
    s.inquiry.language = "en";
    CHECK(printed(s, false) ==
          "Inquiry    language en (0.00)  category unknown (0.00)  urgency normal\n"
          "Escalation no route for this category\n"
          "\n"
          "Solutions\n"
          "     (none found: the knowledge base has no answer)\n"
          "\n"
          "Similar past issues\n"
          "     (none found)\n");
}

TEST_CASE("search results print with their facets", "[cli][console]") {
    SearchResponse r;
    r.total = 2;
    r.query_language = "en";
    r.results = {make_hit("kb-a", "faq", 1.234), make_hit("case-1", "case", 0.5)};
    r.facets["type"] = {{"faq", 1}, {"case", 1}};
    r.facets["lang"] = {{"en", 2}};
    CHECK(printed(r, false) ==
          "2 documents  (query language en)\n"
          "  1. Title of kb-a\n"
          "     kb-a · faq · en · billing/payments · score 1.23\n"
          "     … *charged* twice & more …\n"
          "  2. Title of case-1\n"
          "     case-1 · case · en · billing/payments · score 0.50\n"
          "     … *charged* twice & more …\n"
          "lang: en (2)\n"
          "type: case (1) faq (1)\n");
}

TEST_CASE("colour codes appear only when colour is on", "[cli][console]") {
    SearchResponse r;
    r.total = 1;
    r.query_language = "en";
    r.results = {make_hit("kb-a", "faq", 1.0)};
    const std::string escape = "\x1b[";
    CHECK(printed(make_suggestion(), false).find(escape) == std::string::npos);
    CHECK(printed(r, false).find(escape) == std::string::npos);
    const std::string coloured = printed(make_suggestion(), true);
    CHECK(coloured.find("\x1b[1;31murgent\x1b[0m") != std::string::npos);  // urgent in red
    CHECK(coloured.find("\x1b[1;33mcharged\x1b[0m") != std::string::npos);  // a match highlighted, not starred
    CHECK(coloured.find("*charged*") == std::string::npos);
    CHECK(printed(r, true).find(escape) != std::string::npos);
}

TEST_CASE("snippets lose their HTML in the terminal", "[cli][console]") {
    CHECK(cli::snippet_for_terminal("a &lt;b&gt; &quot;c&quot; &#39;d&#39; <mark>e</mark>", {false}) == "a <b> \"c\" 'd' *e*");
}
