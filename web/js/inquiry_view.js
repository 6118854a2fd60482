// The left column's read-outs: what helpdex read of the message, and the inquiry panel
// (language with its override, category, urgency).
import {byId, el, fill, show} from "./dom.js";
import {categoryLabel, languageName, percent} from "./format.js";

const IGNORED_WHY = {
  quote: "quoted reply: not read",
  trailer: "signature or quoted original: not read",
  greeting: "greeting or sign-off: not read",
};

// segments: [{text, kind}] in the message's order (the API's inquiry.segments); kind is
// read, quote, trailer or greeting.
export function renderSegments(segments) {
  const box = byId("inquiry-segments");
  fill(box, segments.map((segment) => segment.kind === "read"
    ? el("span", {class: "segment-read"}, segment.text)
    : el("span", {class: `segment-ignored segment-${segment.kind}`, title: IGNORED_WHY[segment.kind] ?? "not read"},
         el("span", {class: "visually-hidden"}, `(${IGNORED_WHY[segment.kind] ?? "not read"}) `), segment.text)));
  show(byId("inquiry-read"), segments.length > 0);
}

// The language select lists "detect" and every language the index knows; `override` is the
// agent's choice or "".
export function setLanguageChoices(languages, override) {
  const select = byId("inquiry-lang");
  const options = [el("option", {value: ""}, "Detect automatically")];
  for (const code of languages) options.push(el("option", {value: code}, `${languageName(code)} (${code})`));
  fill(select, options);
  select.value = override;
}

export function renderInquiryPanel(inquiry, override) {
  const select = byId("inquiry-lang");
  if (select.options.length === 0) setLanguageChoices([], override);  // answered before /readyz was
  const detected = select.options[0];
  detected.textContent = override ? "Detect automatically" : `${languageName(inquiry.language)} (detected)`;
  select.value = override;
  byId("inquiry-lang-confidence").textContent = override ? "set by you" : `${percent(inquiry.language_confidence)} sure`;
  renderCategory(inquiry);
  renderUrgency(inquiry);
  show(byId("inquiry-panel"));
}

function renderCategory(inquiry) {
  const box = byId("inquiry-category");
  if (!inquiry.category) {
    fill(box, el("span", {class: "badge badge-triage"}, "unknown — triage"));
    return;
  }
  fill(box,
       el("span", {class: "category"}, categoryLabel(inquiry.category)), " ",
       el("span", {class: "hint"}, `${percent(inquiry.category_confidence)} confident`),
       inquiry.category_uncertain ? [" ", el("span", {class: "badge badge-triage"}, "uncertain — triage")] : null);
}

function renderUrgency(inquiry) {
  const badge = byId("inquiry-urgency");
  badge.textContent = inquiry.urgency;
  badge.className = `badge urgency-${inquiry.urgency}`;
  const cues = inquiry.urgency_cues.map((cue) => `“${cue.phrase}” (${cue.reason})`);
  byId("inquiry-urgency-cues").textContent = cues.length ? `raised by ${cues.join(", ")}` : "";
}
