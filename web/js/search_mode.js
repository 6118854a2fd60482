// Search mode: browse the knowledge base with a search box, facets (type, category,
// language) and pages; a result opens in the article panel.
import * as api from "./api.js";
import {byId, el, fill, show, trustedApiHtml} from "./dom.js";
import {categoryLabel, languageName} from "./format.js";
import {LatestOnly} from "./latest.js";
import {typeName} from "./solutions.js";

const PAGE_SIZE = 10;
const PAUSE_MS = 250;
const MAX_OFFSET = 10000;  // the API's limit on `offset`

export class SearchMode {
  #box = byId("search-q");
  #requests = new LatestOnly();
  #filters = {type: new Set(), category: "", lang: ""};
  #offset = 0;
  #pauseTimer = null;
  #started = false;

  constructor({status, articles}) {
    this.status = status;
    this.articles = articles;
    byId("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.#newQuery();
    });
    this.#box.addEventListener("input", () => {
      clearTimeout(this.#pauseTimer);
      this.#pauseTimer = setTimeout(() => this.#newQuery(), PAUSE_MS);
    });
  }

  // Entering the mode: the first time, list the whole knowledge base.
  enter() {
    if (!this.#started) {
      this.#started = true;
      // On a narrow screen the filters start folded, so the results come first.
      if (window.matchMedia("(max-width: 900px)").matches) byId("search-filters").open = false;
      this.#run();
    }
    this.#box.focus();
  }

  #newQuery() {
    clearTimeout(this.#pauseTimer);
    this.#offset = 0;
    this.#run();
  }

  async #run() {
    const params = {
      q: this.#box.value.trim(), type: [...this.#filters.type].join(","), category: this.#filters.category,
      lang: this.#filters.lang, limit: PAGE_SIZE, offset: this.#offset,
    };
    try {
      const answer = await this.#requests.run((signal) => api.search(params, signal));
      if (answer.fresh) this.#paint(answer.value);
    } catch (error) {
      if (error.name === "AbortError") return;
      fill(byId("search-error"), `Search failed: ${error.message}`, error.field ? ` (field: ${error.field})` : "");
      show(byId("search-error"));
      if (error instanceof api.Unreachable) this.status.lost(() => this.#run());
    }
  }

  #paint(answer) {
    show(byId("search-error"), false);
    const first = answer.results.length ? this.#offset + 1 : 0;
    const last = this.#offset + answer.results.length;
    byId("search-summary").textContent = answer.total === 0
      ? "Nothing in the knowledge base matches."
      : `${first}–${last} of ${answer.total.toLocaleString()}`;
    fill(byId("search-list"), answer.results.map((result) => this.#card(result)));
    keepingFocus(byId("search-facets"), () => this.#paintFacets(answer.facets));
    keepingFocus(byId("search-pages"), () => this.#paintPages(answer.total));
  }

  #card(result) {
    const open = () => this.articles.open(result.id, result.lang);
    return el("li", {class: "card", dataset: {id: result.id}},
      el("h3", {class: "card-title"}, el("button", {type: "button", class: "link", onclick: open}, result.title)),
      el("p", {class: "card-meta"},
         el("span", {class: `badge type type-${result.type}`}, typeName(result.type)),
         el("span", {class: "lang"}, result.lang),
         el("span", {class: "category"}, categoryLabel(result.category))),
      result.snippet ? el("p", {class: "snippet"}, trustedApiHtml(result.snippet)) : null);
  }

  #paintFacets(facets) {
    fill(byId("search-facets"),
         this.#facetGroup("Type", "type", facets.type, typeName, true),
         this.#facetGroup("Category", "category", facets.category, categoryLabel, false),
         this.#facetGroup("Language", "lang", facets.lang, languageName, false));
  }

  // One fieldset of checkboxes (type: any of several) or radio buttons (one, or any).
  #facetGroup(legend, name, counts = {}, label, several) {
    const chosen = (value) => several ? this.#filters.type.has(value) : this.#filters[name] === value;
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const chosenMissing = several ? [...this.#filters.type].filter((v) => !(v in counts)) :
                                    (this.#filters[name] && !(this.#filters[name] in counts) ? [this.#filters[name]] : []);
    for (const value of chosenMissing) entries.push([value, 0]);
    const options = entries.map(([value, count]) => el("label", {class: "facet"},
      el("input", {type: several ? "checkbox" : "radio", name: `facet-${name}`, value, checked: chosen(value),
                   dataset: {key: `${name}:${value}`},
                   onchange: (event) => this.#choose(name, value, event.target.checked, several)}),
      ` ${label(value)} `, el("span", {class: "count"}, count.toLocaleString())));
    if (!several) {
      options.unshift(el("label", {class: "facet"},
        el("input", {type: "radio", name: `facet-${name}`, value: "", checked: !this.#filters[name], dataset: {key: `${name}:`},
                     onchange: () => this.#choose(name, "", true, false)}), " any"));
    }
    return el("fieldset", {class: "facet-group"}, el("legend", {}, legend), options);
  }

  #choose(name, value, on, several) {
    if (several) {
      if (on) this.#filters.type.add(value);
      else this.#filters.type.delete(value);
    } else {
      this.#filters[name] = value;
    }
    this.#newQuery();
  }

  #paintPages(total) {
    const pages = Math.ceil(Math.min(total, MAX_OFFSET + PAGE_SIZE) / PAGE_SIZE);
    const current = Math.floor(this.#offset / PAGE_SIZE);
    const nav = byId("search-pages");
    if (pages <= 1) {
      fill(nav);
      return;
    }
    const go = (page) => {
      this.#offset = page * PAGE_SIZE;
      this.#run();
      byId("search-results-heading").scrollIntoView?.({block: "nearest"});
    };
    const button = (text, page, {key, ...extra} = {}) =>
      el("button", {type: "button", onclick: () => go(page), dataset: {key: key ?? `page:${page}`}, ...extra}, text);
    const numbers = pageWindow(current, pages).map((page) => page === current
      ? el("span", {class: "page current", "aria-current": "page"}, String(page + 1))
      : button(String(page + 1), page, {class: "page", "aria-label": `Page ${page + 1}`}));
    fill(nav,
         button("‹ Previous", current - 1, {disabled: current === 0, class: "page-step", key: "previous"}),
         numbers,
         button("Next ›", current + 1, {disabled: current >= pages - 1, class: "page-step", key: "next"}));
  }
}

// Repaints `container` with paint(); if focus was inside it, it goes back to the control with
// the same data-key (or the first enabled control), so keyboard users keep their place.
function keepingFocus(container, paint) {
  const key = container.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
  paint();
  if (key === undefined) return;
  const same = [...container.querySelectorAll("[data-key]")].find((node) => node.dataset.key === key && !node.disabled);
  (same ?? container.querySelector("input, button:not([disabled])"))?.focus();
}

// At most 7 page numbers around the current one.
function pageWindow(current, pages) {
  const start = Math.max(0, Math.min(current - 3, pages - 7));
  const numbers = [];
  for (let page = start; page < Math.min(pages, start + 7); ++page) numbers.push(page);
  return numbers;
}
