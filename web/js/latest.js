// Asking again before the last answer came: the older request is aborted, and should its
// answer still arrive it is dropped, so a stale answer never overwrites a newer one.
export class LatestOnly {
  #controller = null;
  #issued = 0;

  // Runs task(signal). Resolves to {fresh: true, value}, or {fresh: false} when a newer run
  // started meanwhile; rejects only with the latest run's error.
  async run(task) {
    this.#controller?.abort(new DOMException("superseded by a newer request", "AbortError"));
    const controller = new AbortController();
    this.#controller = controller;
    const ticket = ++this.#issued;
    try {
      const value = await task(controller.signal);
      return ticket === this.#issued ? {fresh: true, value} : {fresh: false};
    } catch (error) {
      if (ticket !== this.#issued) return {fresh: false};
      throw error;
    }
  }

  // Forgets the running request, if any: its answer will be dropped.
  cancel() {
    this.#controller?.abort(new DOMException("cancelled", "AbortError"));
    this.#controller = null;
    ++this.#issued;
  }
}
