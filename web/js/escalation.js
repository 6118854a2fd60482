// The escalation panel: who takes the inquiry, the tier path, the SLA and its deadline.
import {byId, el, fill, show} from "./dom.js";
import {deadlineText, durationMinutes, durationWords} from "./format.js";

// The SLA deadline counted from `now`, or null when the escalation has no SLA.
export function slaDeadline(escalation, now) {
  const minutes = durationMinutes(escalation?.sla);
  return minutes === null ? null : new Date(now.getTime() + minutes * 60_000);
}

// Shows the escalation of a suggestion; returns its deadline (or null).
export function renderEscalation(escalation, urgency, now) {
  const body = byId("escalation-body");
  if (!escalation || escalation.source === "none" || !escalation.team) {
    fill(body, el("p", {class: "nothing"}, "No escalation path applies: keep it with the first line."));
    show(byId("escalation"));
    return null;
  }
  const deadline = slaDeadline(escalation, now);
  fill(body, el("dl", {class: "facts"},
    el("dt", {}, "Team"), el("dd", {class: "team"}, escalation.team),
    el("dt", {}, "Path"), el("dd", {}, tierPath(escalation)),
    el("dt", {}, "SLA"), el("dd", {class: "sla"}, slaText(escalation, urgency, deadline)),
    escalation.when ? [el("dt", {}, "When"), el("dd", {}, escalation.when)] : null,
    escalation.contact ? [el("dt", {}, "Contact"), el("dd", {}, escalation.contact)] : null,
    el("dt", {}, "From"), el("dd", {class: "hint"}, sourceText(escalation.source))));
  show(byId("escalation"));
  return deadline;
}

function tierPath(escalation) {
  const tiers = escalation.path?.length ? escalation.path : [escalation.tier].filter(Boolean);
  return el("ol", {class: "tiers", "aria-label": "tiers, first contact first"},
            tiers.map((tier) => el("li", {class: tier === escalation.tier ? "tier current" : "tier",
                                          "aria-current": tier === escalation.tier ? "step" : null}, tier)));
}

function slaText(escalation, urgency, deadline) {
  if (!escalation.sla) return "none given";
  const words = `${durationWords(escalation.sla)} at ${urgency} urgency`;
  if (!deadline) return words;
  return [words, " — by ", el("time", {class: "deadline", datetime: deadline.toISOString()}, deadlineText(deadline))];
}

function sourceText(source) {
  if (source.startsWith("document:")) return `the solution's own escalation (${source.slice("document:".length)})`;
  if (source === "routing:default") return "the routing table's default route";
  if (source.startsWith("routing:")) return `the routing table (${source.slice("routing:".length)})`;
  return source;
}
