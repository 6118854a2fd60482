// The escalation routing table: which team, through which tiers, within which SLA.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace helpdex {

struct Route {
    std::string category;                    // the table key it came from; "" for the default
    std::string team;
    std::vector<std::string> path;           // tier names, first contact (L1) to last (L3)
    std::map<std::string, std::string> sla;  // urgency → duration ("urgent" → "30m")
};

class RoutingTable {
public:
    void set_default(Route route) { default_ = std::move(route); }
    void add(Route route) { routes_[route.category] = std::move(route); }

    // The most specific route for `category` ("billing/refunds/eu" falls back to
    // "billing/refunds", then "billing", then the default); nullptr when none applies.
    const Route* resolve(std::string_view category) const;

    bool empty() const { return routes_.empty() && !default_; }
    const std::map<std::string, Route, std::less<>>& routes() const { return routes_; }

    nlohmann::json to_json() const;
    static RoutingTable from_json(const nlohmann::json& table);  // throws on malformed input

private:
    std::optional<Route> default_;
    std::map<std::string, Route, std::less<>> routes_;
};

// "30m", "4h", "1d", "2w": a positive whole number and a unit.
bool is_duration(std::string_view text);
// Whole minutes of a duration; 0 when it is not one.
long duration_minutes(std::string_view text);

// "billing/refunds" → {"billing", "billing/refunds"}.
std::vector<std::string> category_ancestors(std::string_view category);
// Slash path of lower-case [a-z0-9_-] segments.
bool is_category_path(std::string_view category);

}  // namespace helpdex
