// Proves search/bridge/alignment: IBM model 1 learns which terms translate which from a
// handful of aligned units, and the bridge keeps the likely translations only.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "search/bridge/alignment.h"

using namespace helpdex::bridge;

namespace {

// A tiny parallel corpus: English and Dutch units, each word translated one to one, every
// word in at least two units so that EM can tell it from its neighbours.
AlignedUnits small_parallel_corpus() {
    AlignedUnits units;
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> pairs = {
        {{"refund", "card"}, {"terugbetal", "kaart"}},
        {{"refund", "order"}, {"terugbetal", "bestell"}},
        {{"card", "declin"}, {"kaart", "geweigerd"}},
        {{"order", "late"}, {"bestell", "laat"}},
        {{"late", "refund"}, {"laat", "terugbetal"}},
        {{"declin", "order"}, {"geweigerd", "bestell"}},
    };
    for (size_t i = 0; i < pairs.size(); ++i) {
        units.add("unit" + std::to_string(i), "en", pairs[i].first);
        units.add("unit" + std::to_string(i), "nl", pairs[i].second);
    }
    return units;
}

}  // namespace

TEST_CASE("aligned units teach each word its translation, in both directions", "[bridge]") {
    const TermBridge bridge = small_parallel_corpus().learn();
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"refund", "terugbetal"}, {"card", "kaart"}, {"order", "bestell"}, {"declin", "geweigerd"}, {"late", "laat"}};
    for (const auto& [en, nl] : expected) {
        INFO(en << " → " << nl);
        const auto forward = bridge.translate("en", en, "nl");
        REQUIRE_FALSE(forward.empty());
        CHECK(forward.front().term == nl);
        CHECK(forward.front().probability > 0.5f);
        const auto backward = bridge.translate("nl", nl, "en");
        REQUIRE_FALSE(backward.empty());
        CHECK(backward.front().term == en);
    }
    CHECK(bridge.translate("en", "refund", "de").empty());  // no German was aligned
    CHECK(bridge.translate("en", "unknown", "nl").empty());
}

TEST_CASE("a word seen in one unit only is not translated: one sentence cannot tell its words apart",
          "[bridge]") {
    AlignedUnits units = small_parallel_corpus();
    units.add("unit-once", "en", {"thermostat", "boiler"});
    units.add("unit-once", "nl", {"thermostaat", "ketel"});
    const TermBridge bridge = units.learn();
    CHECK(bridge.translate("en", "thermostat", "nl").empty());
    CHECK(bridge.translate("en", "boiler", "nl").empty());
}

TEST_CASE("units in one language only teach nothing", "[bridge]") {
    AlignedUnits units;
    units.add("a", "en", {"refund", "card"});
    units.add("b", "en", {"refund", "order"});
    CHECK(units.learn().empty());
}

TEST_CASE("the bridge survives its stored form, and an editor's translations replace learnt ones", "[bridge]") {
    TermBridge bridge = small_parallel_corpus().learn();
    bridge.set("en", "refund", "nl", {{"geld terug", 0.4f}, {"terugbetal", 0.6f}});
    const TermBridge reloaded = TermBridge::from_json(nlohmann::json::parse(bridge.to_json().dump()));
    CHECK(reloaded.size() == bridge.size());
    const auto refund = reloaded.translate("en", "refund", "nl");
    REQUIRE(refund.size() == 2);
    CHECK(refund[0].term == "terugbetal");  // most likely first
    CHECK(refund[1].term == "geld terug");
    CHECK(reloaded.translate("nl", "kaart", "en").front().term == "card");
    CHECK_THROWS(TermBridge::from_json(nlohmann::json{{"format", "something-else"}}));
}

TEST_CASE("a text holds an inquiry's word itself, or in another language one of its translations", "[bridge]") {
    TermBridge bridge;
    bridge.set("nl", "kaart", "en", {{"card", 0.9f}});
    const std::vector<std::string> english = {"card", "declin"};  // sorted
    CHECK(holds(bridge, english, "declin", "en", "en"));
    CHECK(holds(bridge, english, "kaart", "nl", "en"));
    CHECK_FALSE(holds(bridge, english, "kaart", "nl", "nl"));  // same language: no translation
    CHECK_FALSE(holds(bridge, english, "betaling", "nl", "en"));
}

TEST_CASE("aligned units are forgotten by translation group, and read back as they were written", "[bridge]") {
    AlignedUnits units;
    units.add("kb-refund#title", "en", {"refund", "late"});
    units.add("kb-refund#title", "nl", {"terugbetal", "laat"});
    units.add("kb-refunds#title", "en", {"refunds"});  // another group, whose name starts the same
    units.add("kb-login#steps#2#0", "en", {"password"});
    units.remove_group("kb-refund");
    std::ostringstream out;
    units.write(out);
    CHECK(out.str() == "kb-login#steps#2#0\ten\tpassword\nkb-refunds#title\ten\trefunds\n");

    std::istringstream in(out.str());
    std::ostringstream again;
    AlignedUnits::read(in).write(again);
    CHECK(again.str() == out.str());
    std::istringstream broken("kb-login#title\n");
    CHECK_THROWS_WITH(AlignedUnits::read(broken), Catch::Contains("line 1"));
}
