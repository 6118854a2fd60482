// Escalation from the routing table and the top solution.
#include "search/escalation.h"

namespace helpdex {

namespace {

EscalationAdvice from_routing(const RoutingTable& routing, const std::string& category, const std::string& urgency) {
    EscalationAdvice advice;
    advice.category = category;
    advice.source = "none";
    if (const Route* route = routing.resolve(category)) {
        advice.team = route->team;
        advice.path = route->path;
        advice.tier = route->path.size() > 1 ? route->path[1] : (route->path.empty() ? "" : route->path[0]);
        if (auto it = route->sla.find(urgency); it != route->sla.end()) advice.sla = it->second;
        advice.source = route->category.empty() ? "routing:default" : "routing:" + route->category;
    }
    return advice;
}

// The tiers of `team`'s own route in the table, else just the tier the document names.
std::vector<std::string> path_of_team(const RoutingTable& routing, const std::string& team, const std::string& tier) {
    std::vector<std::string> path;
    for (const auto& [key, route] : routing.routes()) {
        if (route.team == team) {
            path = route.path;
            break;
        }
    }
    if (path.empty() && !tier.empty()) path = {tier};
    return path;
}

}  // namespace

EscalationAdvice resolve_escalation(const RoutingTable& routing, const std::string& category, const std::string& urgency,
                                    const Hit* top_solution) {
    EscalationAdvice advice = from_routing(routing, category, urgency);
    if (!top_solution || !top_solution->document || !top_solution->document->escalation ||
        top_solution->category != category) {
        return advice;
    }
    const Escalation& own = *top_solution->document->escalation;
    if (!own.team.empty() && own.team != advice.team) {
        // Another team: the table's tiers belong to the old one.
        advice.team = own.team;
        advice.path = path_of_team(routing, own.team, own.tier);
    }
    if (!own.tier.empty()) advice.tier = own.tier;
    if (!own.sla.empty()) advice.sla = own.sla;
    advice.when = own.when;
    advice.contact = own.contact;
    advice.source = "document:" + top_solution->id;
    return advice;
}

}  // namespace helpdex
