// The console's only way to the server: the JSON API v1 (README "The HTTP API").

// The server answered with its JSON error shape {error: {code, message, field}}.
export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

// The server did not answer: down, unreachable, or slower than the time-out.
export class Unreachable extends Error {}

const TIMEOUT_MS = 8000;

export function suggest({text, subject, lang, limit}, signal) {
  const body = {text, limit};
  if (subject) body.subject = subject;
  if (lang) body.lang = lang;
  return requestJson("/v1/suggest", {method: "POST", body, signal});
}

// params: {q, lang, type, category, limit, offset}; empty values are left out.
export function search(params, signal) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, String(value));
  }
  return requestJson(`/v1/search?${query}`, {signal});
}

export function documentById(id, lang, signal) {
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : "";
  return requestJson(`/v1/documents/${encodeURIComponent(id)}${query}`, {signal});
}

export function ready(signal) {
  return requestJson("/readyz", {signal, timeoutMs: 3000});
}

// Resolves to the parsed JSON of a 2xx answer; rejects with ApiError, Unreachable, or an
// AbortError when `signal` (the caller's) aborts.
async function requestJson(path, {method = "GET", body, signal, timeoutMs = TIMEOUT_MS} = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Unreachable("helpdex did not answer in time")), timeoutMs);
  const forward = () => controller.abort(signal.reason);
  signal?.addEventListener("abort", forward, {once: true});
  try {
    const response = await fetch(path, {
      method,
      headers: body ? {"Content-Type": "application/json"} : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: controller.signal,
    });
    return await parseAnswer(response);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (signal?.aborted) throw signal.reason ?? error;
    if (controller.signal.reason instanceof Unreachable) throw controller.signal.reason;
    throw new Unreachable("helpdex is not answering");
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forward);
  }
}

async function parseAnswer(response) {
  let json = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON: a proxy's page or a cut connection; described below by the status.
  }
  if (response.ok && json) return json;
  const error = json?.error;
  if (error) throw new ApiError(response.status, error.code, error.message, error.field);
  if (response.status >= 500 || response.status === 0) throw new Unreachable(`helpdex answered ${response.status}`);
  throw new ApiError(response.status, "unexpected_answer", `unexpected answer (HTTP ${response.status})`, null);
}
