// Proves search/routing: the most specific category route wins.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "search/routing.h"

using namespace helpdex;

namespace {

RoutingTable sample_table() {
    RoutingTable table;
    table.set_default(Route{"", "Support Desk", {"L1", "L2", "L3"}, {{"normal", "2d"}}});
    table.add(Route{"billing", "Billing Operations", {"L1", "L2 Billing"}, {{"urgent", "1h"}, {"normal", "1d"}}});
    table.add(Route{"billing/refunds", "Refund Desk", {"L1", "L2 Refunds"}, {{"normal", "1d"}}});
    return table;
}

}  // namespace

TEST_CASE("the most specific category route wins", "[routing]") {
    const RoutingTable routes = sample_table();
    auto [category, team] = GENERATE(table<std::string, std::string>({
        {"billing/refunds", "Refund Desk"},
        {"billing/refunds/eu", "Refund Desk"},
        {"billing/invoices", "Billing Operations"},
        {"billing", "Billing Operations"},
        {"devices/camera", "Support Desk"},
        {"", "Support Desk"},
    }));
    INFO(category);
    const Route* route = routes.resolve(category);
    REQUIRE(route != nullptr);
    CHECK(route->team == team);
}

TEST_CASE("a category that is only a prefix of a route's name does not match it", "[routing]") {
    RoutingTable table;
    table.add(Route{"bill", "Wrong", {}, {}});
    CHECK(table.resolve("billing/refunds") == nullptr);
}

TEST_CASE("the routing table survives its stored form", "[routing]") {
    const RoutingTable table = sample_table();
    const RoutingTable loaded = RoutingTable::from_json(nlohmann::json::parse(table.to_json().dump()));
    CHECK(loaded.resolve("billing/refunds")->team == "Refund Desk");
    CHECK(loaded.resolve("billing")->sla.at("urgent") == "1h");
    CHECK(loaded.resolve("other")->category.empty());
}

TEST_CASE("durations", "[routing]") {
    CHECK(duration_minutes("30m") == 30);
    CHECK(duration_minutes("4h") == 240);
    CHECK(duration_minutes("1d") == 1440);
    CHECK(duration_minutes("2w") == 20160);
    for (const char* bad : {"", "h", "4", "4x", "-1h", "1.5h", "0h"}) {
        INFO(bad);
        CHECK_FALSE(is_duration(bad));
    }
}

TEST_CASE("category paths and their ancestors", "[routing]") {
    CHECK(category_ancestors("a/b/c") == std::vector<std::string>{"a", "a/b", "a/b/c"});
    CHECK(category_ancestors("billing") == std::vector<std::string>{"billing"});
    CHECK(is_category_path("billing/refunds"));
    CHECK(is_category_path("devices/wi-fi_6"));
    for (const char* bad : {"", "/billing", "billing/", "billing//refunds", "Billing", "billing refunds"}) {
        INFO(bad);
        CHECK_FALSE(is_category_path(bad));
    }
}
