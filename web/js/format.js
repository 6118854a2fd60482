// How the console words values: categories, confidences, durations and dates.

export function categoryLabel(category) {
  return category ? category.split("/").join(" › ") : "";
}

export function percent(confidence) {
  return `${Math.round(confidence * 100)}%`;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], {type: "language"});

export function languageName(code) {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

// "30m", "4h", "1d", "2w" (the routing table's SLA durations) in minutes; null otherwise.
export function durationMinutes(duration) {
  const match = /^(\d+)([mhdw])$/.exec(duration ?? "");
  if (!match) return null;
  const unit = {m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60}[match[2]];
  return Number(match[1]) * unit;
}

export function durationWords(duration) {
  const match = /^(\d+)([mhdw])$/.exec(duration ?? "");
  if (!match) return duration ?? "";
  const unit = {m: "minute", h: "hour", d: "day", w: "week"}[match[2]];
  return `${match[1]} ${unit}${match[1] === "1" ? "" : "s"}`;
}

const DEADLINE_FORMAT = new Intl.DateTimeFormat(undefined, {
  weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
});

export function deadlineText(date) {
  return DEADLINE_FORMAT.format(date);
}

// The value of an <input type="datetime-local"> for `date` in local time.
export function localInputValue(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
         `T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
