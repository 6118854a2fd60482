// The side panel an article (or past case) opens in: rendered Markdown, in the inquiry's
// language when a translation exists, with a switch between the languages it exists in.
import * as api from "./api.js";
import {byId, el, fill, show, trustedApiHtml} from "./dom.js";
import {categoryLabel, languageName} from "./format.js";
import {LatestOnly} from "./latest.js";
import {typeName} from "./solutions.js";

export class ArticlePanel {
  #panel = byId("article");
  #requests = new LatestOnly();
  #returnFocus = null;

  constructor() {
    byId("article-close").addEventListener("click", () => this.close());
  }

  get isOpen() {
    return !this.#panel.hidden;
  }

  // Opens document `id`, in `lang` when it has a translation in it; focus returns to
  // `returnFocus` (else the element focused now) on close.
  async open(id, lang, returnFocus = document.activeElement) {
    if (!this.isOpen) this.#returnFocus = returnFocus;
    show(this.#panel);
    show(byId("article-error"), false);
    this.#panel.setAttribute("aria-busy", "true");
    try {
      const answer = await this.#requests.run((signal) => api.documentById(id, lang, signal));
      if (answer.fresh) this.#render(answer.value);
    } catch (error) {
      if (error.name === "AbortError") return;
      fill(byId("article-error"), `Could not open ${id}: ${error.message}`);
      show(byId("article-error"));
    } finally {
      this.#panel.removeAttribute("aria-busy");
    }
  }

  close() {
    if (!this.isOpen) return;
    this.#requests.cancel();
    show(this.#panel, false);
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  #render(doc) {
    byId("article-title").textContent = doc.title;
    fill(byId("article-meta"), [typeName(doc.type), categoryLabel(doc.category), doc.updated ? `updated ${doc.updated}` : null, doc.id]
      .filter(Boolean).join(" · "));
    this.#renderLanguages(doc);
    fill(byId("article-body"), trustedApiHtml(doc.body.html));
    byId("article-body").lang = doc.lang;
    byId("article-title").lang = doc.lang;
    byId("article-title").focus();
  }

  #renderLanguages(doc) {
    const members = doc.translations.length ? doc.translations : [{lang: doc.lang, id: doc.id}];
    const buttons = members.map((member) => el("button", {
      type: "button", class: "lang-switch", lang: member.lang, "aria-pressed": String(member.id === doc.id),
      title: languageName(member.lang), onclick: () => this.open(member.id, member.lang),
    }, member.lang));
    fill(byId("article-langs"), members.length > 1 ? buttons : []);
  }
}
