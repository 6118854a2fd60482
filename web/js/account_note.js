// The account note every call ends with — reason for contact, action taken, promises made —
// drafted from the inquiry and the steps the agent ticked. A field the agent has typed in
// is theirs: drafting stops touching it until "Redraft".
import {byId} from "./dom.js";
import {categoryLabel, deadlineText, durationWords, localInputValue} from "./format.js";

const REASON_MAX = 200;

export class AccountNote {
  #fields = {
    reason: byId("note-reason"),
    action: byId("note-action"),
    promises: byId("note-promises"),
    followUp: byId("note-follow-up"),
  };
  #edited = new Set();
  #escalation = null;

  constructor() {
    for (const [name, field] of Object.entries(this.#fields)) {
      field.addEventListener("input", () => {
        this.#edited.add(name);
        this.#compose();
      });
    }
    byId("note-reset").addEventListener("click", () => this.#redraft());
    byId("note-copy").addEventListener("click", () => this.#copy());
    this.draft = {reason: "", action: "", followUp: ""};
  }

  // suggestion: the API's answer; readText: the words helpdex read; progress: StepProgress.ticked();
  // deadline: the SLA deadline or null.
  update({suggestion, readText, progress, deadline}) {
    this.#escalation = suggestion.escalation;
    this.draft = {
      reason: reasonDraft(suggestion.inquiry, readText),
      action: actionDraft(progress),
      followUp: deadline ? localInputValue(deadline) : "",
    };
    this.#redraftUnedited();
  }

  updateProgress(progress) {
    this.draft.action = actionDraft(progress);
    this.#redraftUnedited();
  }

  clear() {
    this.#edited.clear();
    for (const field of Object.values(this.#fields)) field.value = "";
    this.draft = {reason: "", action: "", followUp: ""};
    this.#compose();
  }

  #redraft() {
    this.#edited.clear();
    this.#fields.promises.value = "";
    this.#redraftUnedited();
  }

  #redraftUnedited() {
    for (const name of ["reason", "action", "followUp"]) {
      if (!this.#edited.has(name)) this.#fields[name].value = this.draft[name];
    }
    this.#compose();
  }

  #compose() {
    const f = this.#fields;
    const followUp = f.followUp.value ? deadlineText(new Date(f.followUp.value)) : "none";
    const sla = this.#escalation?.sla ? ` (SLA ${durationWords(this.#escalation.sla)}, ${this.#escalation.team})` : "";
    byId("note-text").value = [
      `Reason for contact: ${f.reason.value.trim() || "—"}`,
      `Action taken: ${f.action.value.trim() || "—"}`,
      `Promises made: ${f.promises.value.trim() || "none"}`,
      `Follow-up by: ${followUp}${f.followUp.value ? sla : ""}`,
    ].join("\n");
  }

  async #copy() {
    const text = byId("note-text").value;
    const said = byId("note-copied");
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = "Copied.";
    } catch {
      // No clipboard permission (an insecure origin): select it for Ctrl+C instead.
      const box = byId("note-text");
      box.focus();
      box.select();
      said.textContent = "Selected: press Ctrl+C to copy.";
    }
    setTimeout(() => { said.textContent = ""; }, 4000);
  }
}

function reasonDraft(inquiry, readText) {
  const sentence = firstSentence(readText);
  const category = inquiry.category ? categoryLabel(inquiry.category) : "uncategorised";
  return sentence ? `${category}: ${sentence}` : category;
}

function firstSentence(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/[.!?。！？](\s|$)/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  return sentence.length > REASON_MAX ? `${sentence.slice(0, REASON_MAX - 1)}…` : sentence;
}

// One line per solution followed, then one per step done, numbered as in the solution.
function actionDraft(progress) {
  return progress.map(({solution, steps}) => {
    const done = steps.map((step) => `  ${step.index + 1}) ${step.text}`);
    return [`Followed “${solution.title}” (${solution.id}):`, ...done].join("\n");
  }).join("\n");
}
