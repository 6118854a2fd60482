// Proves search/escalation: the routing table's route, overridden by the top solution's own escalation.
#include <catch2/catch.hpp>

#include "search/escalation.h"

using namespace helpdex;

namespace {

using Tiers = std::vector<std::string>;

RoutingTable routing_table() {
    RoutingTable table;
    table.set_default({"", "Support Desk", {"L1 Desk", "L2 Specialists", "L3 Engineering"}, {{"urgent", "2h"}, {"normal", "2d"}}});
    table.add({"billing", "Billing Operations", {"L1 Desk", "L2 Billing", "L3 Finance"},
               {{"urgent", "1h"}, {"high", "4h"}, {"normal", "1d"}, {"low", "3d"}}});
    table.add({"billing/refunds", "Refund Desk", {"L1 Desk", "L2 Refunds", "L3 Finance"}, {{"urgent", "30m"}, {"normal", "8h"}}});
    table.add({"devices", "Device Support", {"L1 Desk", "L2 Devices", "L3 Firmware"}, {{"urgent", "2h"}, {"normal", "1d"}}});
    table.add({"legal", "Legal", {"Legal Counsel"}, {{"normal", "1w"}}});
    return table;
}

// A top solution of `category` with its own escalation section (or none).
Hit solution(const std::string& id, const std::string& category, std::optional<Escalation> escalation) {
    Hit hit;
    hit.id = id;
    hit.category = category;
    ShownDocument shown;
    shown.escalation = std::move(escalation);
    hit.shown = std::make_shared<const ShownDocument>(std::move(shown));
    return hit;
}

}  // namespace

TEST_CASE("without a top solution the route of the category decides", "[escalation]") {
    auto [category, urgency, source, team, tier, sla] =
        GENERATE(table<std::string, std::string, std::string, std::string, std::string, std::string>({
            {"billing", "high", "routing:billing", "Billing Operations", "L2 Billing", "4h"},
            {"billing/payments", "urgent", "routing:billing", "Billing Operations", "L2 Billing", "1h"},
            {"billing/payments/eu", "low", "routing:billing", "Billing Operations", "L2 Billing", "3d"},
            {"billing/refunds", "urgent", "routing:billing/refunds", "Refund Desk", "L2 Refunds", "30m"},
            {"billing/refunds/eu", "normal", "routing:billing/refunds", "Refund Desk", "L2 Refunds", "8h"},
            {"devices/hardware", "normal", "routing:devices", "Device Support", "L2 Devices", "1d"},
            {"shipping", "urgent", "routing:default", "Support Desk", "L2 Specialists", "2h"},
            {"", "normal", "routing:default", "Support Desk", "L2 Specialists", "2d"},
            {"billingx", "normal", "routing:default", "Support Desk", "L2 Specialists", "2d"},
        }));
    INFO(category << " " << urgency);
    const EscalationAdvice advice = resolve_escalation(routing_table(), category, urgency, nullptr);
    CHECK(advice.category == category);
    CHECK(advice.source == source);
    CHECK(advice.team == team);
    CHECK(advice.tier == tier);
    CHECK(advice.sla == sla);
    CHECK(advice.path.size() == 3);
    CHECK(advice.path[1] == tier);  // the tier after first contact
    CHECK(advice.when.empty());
    CHECK(advice.contact.empty());
}

TEST_CASE("the route's whole path is given, first contact to last", "[escalation]") {
    const EscalationAdvice advice = resolve_escalation(routing_table(), "devices", "normal", nullptr);
    CHECK(advice.path == Tiers{"L1 Desk", "L2 Devices", "L3 Firmware"});
}

TEST_CASE("a one-tier route hands over to that tier", "[escalation]") {
    const EscalationAdvice advice = resolve_escalation(routing_table(), "legal/gdpr", "normal", nullptr);
    CHECK(advice.source == "routing:legal");
    CHECK(advice.tier == "Legal Counsel");
    CHECK(advice.path == Tiers{"Legal Counsel"});
    CHECK(advice.sla == "1w");
}

TEST_CASE("an urgency the route has no SLA for gets none", "[escalation]") {
    CHECK(resolve_escalation(routing_table(), "devices", "high", nullptr).sla.empty());
    CHECK(resolve_escalation(routing_table(), "shipping", "low", nullptr).sla.empty());
}

TEST_CASE("without a route nor a default there is no escalation", "[escalation]") {
    RoutingTable table;
    table.add({"billing", "Billing Operations", {"L1 Desk", "L2 Billing"}, {{"normal", "1d"}}});
    const EscalationAdvice advice = resolve_escalation(table, "devices", "normal", nullptr);
    CHECK(advice.source == "none");
    CHECK(advice.category == "devices");
    CHECK(advice.team.empty());
    CHECK(advice.tier.empty());
    CHECK(advice.sla.empty());
    CHECK(advice.path.empty());
    CHECK(resolve_escalation(RoutingTable{}, "", "urgent", nullptr).source == "none");
}

TEST_CASE("a top solution of the category overrides the route with its own escalation", "[escalation]") {
    const Hit top = solution("kb-chargeback", "billing/payments",
                             Escalation{"Billing Operations", "L3 Finance", "30m", "A chargeback was filed", "ops@example.test"});
    const EscalationAdvice advice = resolve_escalation(routing_table(), "billing/payments", "high", &top);
    CHECK(advice.source == "document:kb-chargeback");
    CHECK(advice.category == "billing/payments");
    CHECK(advice.team == "Billing Operations");
    CHECK(advice.path == Tiers{"L1 Desk", "L2 Billing", "L3 Finance"});  // the same team's tiers
    CHECK(advice.tier == "L3 Finance");
    CHECK(advice.sla == "30m");
    CHECK(advice.when == "A chargeback was filed");
    CHECK(advice.contact == "ops@example.test");
}

TEST_CASE("what the top solution's escalation leaves out comes from the route", "[escalation]") {
    // No team (the route's), no tier, no SLA: only when and whom to contact.
    const Hit top = solution("kb-invoice", "billing", Escalation{"", "", "", "The invoice is wrong", "billing@example.test"});
    const EscalationAdvice advice = resolve_escalation(routing_table(), "billing", "urgent", &top);
    CHECK(advice.source == "document:kb-invoice");
    CHECK(advice.team == "Billing Operations");
    CHECK(advice.path == Tiers{"L1 Desk", "L2 Billing", "L3 Finance"});
    CHECK(advice.tier == "L2 Billing");
    CHECK(advice.sla == "1h");
    CHECK(advice.when == "The invoice is wrong");
    CHECK(advice.contact == "billing@example.test");
}

TEST_CASE("a top solution escalating to another team with a route brings that team's path", "[escalation]") {
    const Hit top = solution("kb-card-reader", "billing/payments", Escalation{"Device Support", "L3 Firmware", "4h", "", ""});
    const EscalationAdvice advice = resolve_escalation(routing_table(), "billing/payments", "normal", &top);
    CHECK(advice.source == "document:kb-card-reader");
    CHECK(advice.team == "Device Support");
    CHECK(advice.path == Tiers{"L1 Desk", "L2 Devices", "L3 Firmware"});
    CHECK(advice.tier == "L3 Firmware");
    CHECK(advice.sla == "4h");
}

TEST_CASE("a top solution escalating to a team without a route brings just its tier", "[escalation]") {
    const Hit top = solution("kb-refund", "billing/refunds",
                             Escalation{"Finance Controllers", "L3", "4h", "The refund is above 500 EUR", "finance@example.test"});
    const EscalationAdvice advice = resolve_escalation(routing_table(), "billing/refunds", "urgent", &top);
    CHECK(advice.source == "document:kb-refund");
    CHECK(advice.team == "Finance Controllers");
    CHECK(advice.path == Tiers{"L3"});
    CHECK(advice.tier == "L3");
    CHECK(advice.sla == "4h");
    CHECK(advice.contact == "finance@example.test");
}

TEST_CASE("a top solution escalating to another team without naming a tier hands over to that team's tier",
          "[escalation]") {
    // Regression: the advice kept the old route's tier ("L2 Billing") and SLA while team and
    // path were the new team's, naming a tier that is not on its own path. A document may
    // name just a team (indexer/document_parser.cpp accepts an escalation with only a team).
    const Hit top = solution("kb-card-reader", "billing/payments", Escalation{"Device Support", "", "", "", ""});
    const EscalationAdvice advice = resolve_escalation(routing_table(), "billing/payments", "normal", &top);
    CHECK(advice.team == "Device Support");
    CHECK(advice.path == Tiers{"L1 Desk", "L2 Devices", "L3 Firmware"});
    CHECK(advice.tier == "L2 Devices");
    CHECK(advice.sla == "1d");  // Device Support's SLA for a normal inquiry, not Billing's
    CHECK(advice.source == "document:kb-card-reader");
}

TEST_CASE("a top solution of another category leaves the route alone", "[escalation]") {
    const Hit top =
        solution("kb-refund", "billing/refunds", Escalation{"Finance Controllers", "L3", "4h", "Always", "f@example.test"});
    // "billing" is only an ancestor of the solution's category: not the same problem.
    for (const std::string category : {"devices/hardware", "billing"}) {
        INFO(category);
        const EscalationAdvice with = resolve_escalation(routing_table(), category, "normal", &top);
        const EscalationAdvice without = resolve_escalation(routing_table(), category, "normal", nullptr);
        CHECK(with.source == without.source);
        CHECK(with.team == without.team);
        CHECK(with.tier == without.tier);
        CHECK(with.sla == without.sla);
        CHECK(with.path == without.path);
        CHECK(with.when.empty());
        CHECK(with.contact.empty());
    }
}

TEST_CASE("a top solution without an escalation section, or without its document, leaves the route alone",
          "[escalation]") {
    const Hit plain = solution("kb-plain", "devices", std::nullopt);
    CHECK(resolve_escalation(routing_table(), "devices", "urgent", &plain).source == "routing:devices");
    Hit unpresented;
    unpresented.id = "kb-unpresented";
    unpresented.category = "devices";
    CHECK(resolve_escalation(routing_table(), "devices", "urgent", &unpresented).source == "routing:devices");
}
