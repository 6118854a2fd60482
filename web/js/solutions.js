// The answer column: solution cards (with resolution steps to tick) and similar past
// issues. Cards are reached with Tab or the arrow keys; Enter opens one.
import {byId, el, fill, show, trustedApiHtml} from "./dom.js";
import {categoryLabel} from "./format.js";

const TYPE_NAMES = {
  "known-issue": "known issue", troubleshooting: "troubleshooting", sop: "procedure", faq: "FAQ", case: "case",
};

export function typeName(type) {
  return TYPE_NAMES[type] ?? type;
}

// The agent's work on the solutions, by solution id: the steps ticked and the step lists
// opened. Kept while the inquiry is refined, so typing on undoes none of it.
export class StepProgress {
  #byId = new Map();
  #expanded = new Map();

  // Whether a solution's steps are shown: the agent's choice, else open for the top one.
  isExpanded(id, rank) {
    return this.#expanded.get(id) ?? (rank === 1 || (this.#byId.get(id)?.size ?? 0) > 0);
  }

  setExpanded(id, expanded) {
    this.#expanded.set(id, expanded);
  }

  isTicked(id, index) {
    return this.#byId.get(id)?.has(index) ?? false;
  }

  set(id, index, ticked) {
    const steps = this.#byId.get(id) ?? new Set();
    if (ticked) steps.add(index);
    else steps.delete(index);
    this.#byId.set(id, steps);
  }

  // [{solution, steps: [{index, text}…]}] for the solutions shown with at least one step ticked.
  ticked(solutions) {
    return solutions
      .map((solution) => ({
        solution,
        steps: solution.steps.map((text, index) => ({index, text})).filter((step) => this.isTicked(solution.id, step.index)),
      }))
      .filter((entry) => entry.steps.length > 0);
  }

  clear() {
    this.#byId.clear();
    this.#expanded.clear();
  }
}

// handlers: {open(id, lang), stepsChanged()}
export function renderSolutions(suggestion, progress, handlers) {
  const {solutions, answered} = suggestion;
  const language = suggestion.inquiry.language;
  const list = byId("solutions-list");
  fill(list, solutions.map((solution, rank) => solutionCard(solution, rank + 1, language, progress, handlers)));
  show(byId("solutions-none"), solutions.length === 0);
  show(byId("solutions-unsure"), solutions.length > 0 && answered === false);
  show(byId("solutions"));
}

function solutionCard(solution, rank, language, progress, handlers) {
  const open = () => handlers.open(solution.id, solution.lang);
  return el("li", {class: "card", tabindex: "0", dataset: {id: solution.id}, "aria-labelledby": `title-${solution.id}`,
                   onkeydown: (event) => cardKeys(event, open)},
    el("div", {class: "card-head"},
       el("span", {class: "rank", "aria-hidden": "true"}, String(rank)),
       el("h4", {class: "card-title", id: `title-${solution.id}`},
          el("button", {type: "button", class: "link", onclick: open, title: "Read the whole article"}, solution.title))),
    meta(solution, language),
    el("p", {class: "snippet"}, trustedApiHtml(solution.snippet)),
    solution.steps.length ? stepsChecklist(solution, rank, progress, handlers) : null);
}

// A hit in another language than the inquiry's exists in no translation the customer reads:
// the agent translates it.
function meta(hit, language) {
  const foreign = language && hit.lang !== language;
  return el("p", {class: "card-meta"},
            el("span", {class: `badge type type-${hit.type}`}, typeName(hit.type)),
            el("span", {class: foreign ? "lang foreign" : "lang", title: foreign ? `only in ${hit.lang}: no ${language} version` : "language"},
               foreign ? `only in ${hit.lang}` : hit.lang),
            hit.category ? el("span", {class: "category"}, categoryLabel(hit.category)) : null,
            hit.priority && hit.priority !== "normal" ? el("span", {class: `badge urgency-${hit.priority}`}, hit.priority) : null,
            typeof hit.confidence === "number"
              ? el("span", {class: "score", title: "how often an answer this sure is right"}, `${Math.round(hit.confidence * 100)}% sure`)
              : el("span", {class: "score", title: "relevance score"}, hit.score.toFixed(1)));
}

function stepsChecklist(solution, rank, progress, handlers) {
  const items = solution.steps.map((step, index) => {
    const box = el("input", {type: "checkbox", checked: progress.isTicked(solution.id, index),
                             onchange: (event) => {
                               progress.set(solution.id, index, event.target.checked);
                               handlers.stepsChanged();
                             }});
    return el("li", {}, el("label", {}, box, " ", el("span", {class: "step-text"}, step)));
  });
  // The top solution's steps are open, the others' one click (or Enter) away, so that five
  // solutions and the past issues fit on one screen.
  return el("details", {class: "steps", open: progress.isExpanded(solution.id, rank),
                        ontoggle: (event) => progress.setExpanded(solution.id, event.target.open)},
            el("summary", {}, `Resolution steps (${solution.steps.length})`),
            el("ol", {"aria-label": `Resolution steps of “${solution.title}”`}, items));
}

// Arrow keys move between cards of one list; Enter on a card (not on its controls) opens it.
function cardKeys(event, open) {
  const card = event.currentTarget;
  if (event.target !== card) return;
  if (event.key === "Enter") {
    event.preventDefault();
    open();
  } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    const next = event.key === "ArrowDown" ? card.nextElementSibling : card.previousElementSibling;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }
}

// Similar past issues: one line each, with when and how it was resolved.
export function renderSimilar(issues, handlers) {
  const list = byId("similar-list");
  fill(list, issues.map((issue) => {
    const open = () => handlers.open(issue.id, issue.lang);
    return el("li", {class: "similar", tabindex: "0", dataset: {id: issue.id}, onkeydown: (event) => cardKeys(event, open)},
      el("button", {type: "button", class: "link", onclick: open}, issue.title),
      el("span", {class: "similar-meta"},
         issue.category ? el("span", {class: "category"}, categoryLabel(issue.category)) : null,
         issue.updated ? el("time", {datetime: issue.updated}, issue.updated) : null,
         el("span", {class: "lang"}, issue.lang)),
      issue.resolution ? el("p", {class: "resolution"}, el("span", {class: "hint"}, "Resolved: "), issue.resolution) : null);
  }));
  show(byId("similar-none"), issues.length === 0);
  show(byId("similar"));
}
