// Inquiry mode: the agent's message in, the answers out, as they type. Each keystroke
// restarts a short pause; when it ends (or on Ctrl+Enter) helpdex is asked, and only the
// newest question's answer is ever painted.
import {AccountNote} from "./account_note.js";
import * as api from "./api.js";
import {byId, fill, show} from "./dom.js";
import {renderEscalation} from "./escalation.js";
import {renderInquiryPanel, renderSegments, setLanguageChoices} from "./inquiry_view.js";
import {LatestOnly} from "./latest.js";
import {StepProgress, renderSimilar, renderSolutions} from "./solutions.js";

const PAUSE_MS = 250;
const SLOW_MS = 1000;
const LIMIT = 5;

export class SuggestMode {
  #text = byId("inquiry-text");
  #subject = byId("inquiry-subject");
  #language = byId("inquiry-lang");
  #requests = new LatestOnly();
  #progress = new StepProgress();
  #note = new AccountNote();
  #pauseTimer = null;
  #shown = null;  // the suggestion on screen
  #painted = 0;   // answers painted so far: #suggest-view's data-answers, for tests and tools

  constructor({status, articles}) {
    this.status = status;
    this.articles = articles;
    this.#text.addEventListener("input", () => this.#typed());
    this.#subject.addEventListener("input", () => this.#typed());
    this.#language.addEventListener("change", () => this.askNow());
    byId("inquiry-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.askNow();
    });
    byId("inquiry-form").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.askNow();
      }
    });
    byId("inquiry-clear").addEventListener("click", () => this.clear());
  }

  setLanguages(languages) {
    setLanguageChoices(languages, this.#language.value);
  }

  focus() {
    this.#text.focus();
  }

  #typed() {
    performance.mark("helpdex:keystroke");
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = setTimeout(() => this.askNow(), PAUSE_MS);
  }

  async askNow() {
    clearTimeout(this.#pauseTimer);
    const question = {text: this.#text.value, subject: this.#subject.value.trim(), lang: this.#language.value, limit: LIMIT};
    if (!question.text.trim()) {
      this.#requests.cancel();
      this.#showNothing();
      return;
    }
    const slow = setTimeout(() => this.status.slow(true), SLOW_MS);
    document.body.setAttribute("aria-busy", "true");
    try {
      const answer = await this.#requests.run((signal) => api.suggest(question, signal));
      if (answer.fresh) this.#paint(answer.value);
    } catch (error) {
      this.#failed(error);
    } finally {
      clearTimeout(slow);
      this.status.slow(false);
      document.body.removeAttribute("aria-busy");
    }
  }

  clear() {
    this.#text.value = "";
    this.#subject.value = "";
    this.#language.value = "";
    this.#progress.clear();
    this.#note.clear();
    this.#requests.cancel();
    this.#showNothing();
    this.focus();
  }

  #paint(suggestion) {
    this.#shown = suggestion;
    show(byId("answers-error"), false);
    show(byId("answers-empty"), false);
    const segments = suggestion.inquiry.segments ?? [];
    renderSegments(segments);
    renderInquiryPanel(suggestion.inquiry, this.#language.value);
    const handlers = {open: (id, lang) => this.#open(id, lang), stepsChanged: () => this.#stepsChanged()};
    renderSolutions(suggestion, this.#progress, handlers);
    renderSimilar(suggestion.similar_issues, handlers);
    const deadline = renderEscalation(suggestion.escalation, suggestion.inquiry.urgency, new Date());
    const readText = segments.filter((s) => s.kind === "read").map((s) => s.text).join(" ");
    this.#note.update({suggestion, readText, progress: this.#progress.ticked(suggestion.solutions), deadline});
    show(byId("note"));
    this.#announce(suggestion);
    requestAnimationFrame(() => setTimeout(() => {
      this.#measurePaint();
      byId("suggest-view").dataset.answers = String(++this.#painted);
    }, 0));
  }

  // "helpdex:answer" (User Timing): from the last keystroke to the answer painted.
  #measurePaint() {
    if (performance.getEntriesByName("helpdex:keystroke").length === 0) return;
    performance.measure("helpdex:answer", "helpdex:keystroke");
    performance.clearMarks("helpdex:keystroke");
  }

  #announce(suggestion) {
    const solutions = suggestion.solutions.length;
    const top = solutions ? `Top solution: ${suggestion.solutions[0].title}.` : "No solution found.";
    byId("answers-live").textContent =
      `${solutions} solution${solutions === 1 ? "" : "s"}, ${suggestion.similar_issues.length} similar issues. ${top} ` +
      `Urgency ${suggestion.inquiry.urgency}.`;
  }

  #stepsChanged() {
    if (this.#shown) this.#note.updateProgress(this.#progress.ticked(this.#shown.solutions));
  }

  #open(id, lang) {
    // A translation in the inquiry's language when there is one, else the document's own.
    const inquiryLang = this.#shown?.inquiry.language;
    this.articles.open(id, inquiryLang ?? lang);
  }

  #failed(error) {
    if (error.name === "AbortError") return;
    const box = byId("answers-error");
    if (error instanceof api.ApiError) {
      fill(box, `helpdex could not answer: ${error.message}`, error.field ? ` (field: ${error.field})` : "");
    } else {
      fill(box, "helpdex is not answering. Your text is kept; the question is asked again as soon as it is back.");
      this.status.lost(() => this.askNow());
    }
    if (this.#shown) box.append(" The answers below are for your earlier text.");
    show(box);
  }

  #showNothing() {
    this.#shown = null;
    for (const id of ["inquiry-read", "inquiry-panel", "escalation", "note", "solutions", "similar", "answers-error"]) {
      show(byId(id), false);
    }
    show(byId("answers-empty"));
  }
}
