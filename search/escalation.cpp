// Escalation from the routing table and the top solution.
#include "search/escalation.h"

namespace helpdex {

namespace {

// The tier to hand over to: the second of the path (the first is first contact itself).
std::string handover_tier(const std::vector<std::string>& path) {
    return path.size() > 1 ? path[1] : (path.empty() ? "" : path[0]);
}

// Team, path, tier and SLA of `route` for an inquiry of `urgency`.
void take_route(EscalationAdvice& advice, const Route& route, const std::string& urgency) {
    advice.team = route.team;
    advice.path = route.path;
    advice.tier = handover_tier(route.path);
    advice.sla.clear();
    if (auto it = route.sla.find(urgency); it != route.sla.end()) advice.sla = it->second;
}

EscalationAdvice from_routing(const RoutingTable& routing, const std::string& category, const std::string& urgency) {
    EscalationAdvice advice;
    advice.category = category;
    advice.source = "none";
    if (const Route* route = routing.resolve(category)) {
        take_route(advice, *route, urgency);
        advice.source = route->category.empty() ? "routing:default" : "routing:" + route->category;
    }
    return advice;
}

// The first route of the table that `team` answers, or null.
const Route* route_of_team(const RoutingTable& routing, const std::string& team) {
    for (const auto& [key, route] : routing.routes()) {
        if (route.team == team) return &route;
    }
    return nullptr;
}

}  // namespace

EscalationAdvice resolve_escalation(const RoutingTable& routing, const std::string& category, const std::string& urgency,
                                    const Hit* top_solution) {
    EscalationAdvice advice = from_routing(routing, category, urgency);
    if (!top_solution || !top_solution->shown || !top_solution->shown->escalation ||
        top_solution->category != category) {
        return advice;
    }
    const Escalation& own = *top_solution->shown->escalation;
    if (!own.team.empty() && own.team != advice.team) {
        // Another team: the table's tiers (and SLA) belong to the old one. Take that team's
        // own route when the table has one with tiers, else just the tier the document names.
        const Route* route = route_of_team(routing, own.team);
        if (route && !route->path.empty()) {
            take_route(advice, *route, urgency);
        } else {
            advice.team = own.team;
            advice.path = own.tier.empty() ? std::vector<std::string>{} : std::vector<std::string>{own.tier};
            advice.tier = own.tier;
        }
    }
    if (!own.tier.empty()) advice.tier = own.tier;
    if (!own.sla.empty()) advice.sla = own.sla;
    advice.when = own.when;
    advice.contact = own.contact;
    advice.source = "document:" + top_solution->id;
    return advice;
}

}  // namespace helpdex
