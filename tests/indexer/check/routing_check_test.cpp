// Proves indexer/check/routing_check: categories that fall back to the default route.
#include <catch2/catch.hpp>

#include "indexer/check/routing_check.h"

using namespace helpdex;
using namespace helpdex::indexer;

namespace {

RoutingTable table_with(std::initializer_list<const char*> categories) {
    RoutingTable table;
    table.set_default(Route{"", "Support Desk", {"L1"}, {}});
    for (const char* category : categories) table.add(Route{category, "Team " + std::string(category), {"L1"}, {}});
    return table;
}

DocumentKey key_in(const std::string& file, size_t category_line) {
    DocumentKey key{"id", "", file, file, "en", "published"};
    key.category_line = category_line;
    return key;
}

}  // namespace

TEST_CASE("a category routed by itself or by a parent is fine; another falls back and is reported once", "[check]") {
    const std::vector<DocumentKey> keys = {key_in("a.md", 5), key_in("b.md", 6), key_in("cases/c.jsonl:3", 3), key_in("d.md", 4)};
    CategoryUses uses;
    uses.add("billing/refunds", 0);  // billing routes it
    uses.add("shipping/returns", 1);
    uses.add("shipping/returns", 2);
    uses.add("billing", 3);
    Diagnostics diagnostics;
    uses.check_routes(table_with({"billing", "devices/camera"}), keys, {true, true, true, true}, diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "unrouted-category");
    CHECK(diagnostics.all()[0].to_string() ==
          "b.md:6: warning: field 'category': \"shipping/returns\" (2 documents) has no route in routing.yaml, nor has any "
          "parent category: it falls back to the default route");
}

TEST_CASE("a child route does not route its parent", "[check]") {
    CategoryUses uses;
    uses.add("devices", 0);
    Diagnostics diagnostics;
    uses.check_routes(table_with({"devices/camera"}), {key_in("a.md", 5)}, {true}, diagnostics);
    CHECK(diagnostics.all().size() == 1);
}

TEST_CASE("documents refused for their errors do not count, and a table without routes says nothing", "[check]") {
    CategoryUses uses;
    uses.add("shipping/returns", 0);
    uses.add("shipping/returns", 1);
    const std::vector<DocumentKey> keys = {key_in("a.md", 5), key_in("b.md", 6)};
    Diagnostics diagnostics;
    uses.check_routes(table_with({"billing"}), keys, {false, true}, diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].file == "b.md");
    CHECK(diagnostics.all()[0].message.starts_with("\"shipping/returns\" (1 document) has no route"));

    Diagnostics without_table;
    uses.check_routes(RoutingTable{}, keys, {true, true}, without_table);
    uses.check_routes(table_with({}), keys, {true, true}, without_table);
    CHECK(without_table.all().empty());
}
