// Who an inquiry goes to when first contact cannot solve it: the routing table's route for
// its category, overridden by the top solution's own escalation section.
#pragma once

#include <string>
#include <vector>

#include "search/hit.h"
#include "search/routing.h"

namespace helpdex {

struct EscalationAdvice {
    std::string category;
    std::string team;
    std::string tier;                // the tier to hand over to (after first contact)
    std::string sla;                 // for the inquiry's urgency
    std::vector<std::string> path;   // every tier, first contact to last
    std::string when;
    std::string contact;
    std::string source;              // "document:<id>", "routing:<category>", "routing:default" or "none"
};

// `top_solution` may be null. Its escalation applies when it is of `category`: it knows
// this problem best.
EscalationAdvice resolve_escalation(const RoutingTable& routing, const std::string& category, const std::string& urgency,
                                    const Hit* top_solution);

}  // namespace helpdex
