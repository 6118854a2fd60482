// The top bar's connection read-out, and waiting for a server that went away: /readyz is
// polled with a growing pause until it answers, then whoever waited is called back.
import * as api from "./api.js";
import {byId} from "./dom.js";

const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 15000;

export class ConnectionStatus {
  #line = byId("status");
  #waiting = [];
  #timer = null;
  #pause = FIRST_PAUSE_MS;
  languages = [];

  // Resolves once the index answers (polling until it does).
  async start() {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#poll();
    });
  }

  slow(on) {
    if (on) this.#say("waiting for helpdex…", "slow");
    else if (this.#line.dataset.state === "slow") this.#say(this.readyText, "ready");
  }

  // The server did not answer: say so, and call `then` when it is back.
  lost(then) {
    this.#say("helpdex is not answering — retrying", "down");
    this.#waiting.push(then);
    if (!this.#timer) this.#timer = setTimeout(() => this.#poll(), this.#pause);
  }

  #say(text, state) {
    this.#line.textContent = text;
    this.#line.dataset.state = state;
  }

  async #poll() {
    this.#timer = null;
    try {
      const ready = await api.ready();
      this.languages = ready.languages;
      this.readyText = `ready · ${ready.documents.toLocaleString()} documents`;
      this.#say(this.readyText, "ready");
      this.#pause = FIRST_PAUSE_MS;
      for (const resolve of this.#waiting.splice(0)) resolve(ready);
    } catch (error) {
      const seconds = Math.round(this.#pause / 1000);
      this.#say(`helpdex is not answering (${error.message}) — retrying in ${seconds} s`, "down");
      this.#timer = setTimeout(() => this.#poll(), this.#pause);
      this.#pause = Math.min(this.#pause * 2, LONGEST_PAUSE_MS);
    }
  }
}
