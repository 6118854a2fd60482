// Figures, printed, never asserted (timing on a shared machine is not a test): time from the
// last keystroke to the answer painted over 50 inquiries, and the page's transfer size.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";

import {answered, assertClean, openConsole, servedConsole} from "./support/browser.mjs";
import {root} from "./support/helpdex.mjs";

const INQUIRIES = 50;

const setup = servedConsole();

// Past cases' titles, in every bundled language, as the inquiries an agent would type.
function inquiries() {
  const titles = [];
  for (const lang of ["en", "nl", "de", "fr", "es", "ja"]) {
    const lines = readFileSync(join(root, "corpus/cases", `${lang}.jsonl`), "utf8").split("\n").filter(Boolean);
    for (const line of lines.slice(0, 9)) titles.push(JSON.parse(line).title);
  }
  return titles.slice(0, INQUIRIES);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

test(`keystroke to answer painted, over ${INQUIRIES} inquiries; the page's transfer size`, async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  const transfer = await page.evaluate(() => [...performance.getEntriesByType("navigation"),
                                              ...performance.getEntriesByType("resource")]
    .reduce((sum, entry) => sum + entry.transferSize, 0));
  const durations = [];
  for (const text of inquiries()) {
    await page.fill("#inquiry-text", text.slice(0, -1));
    await page.waitForTimeout(20);
    await answered(page, async () => {
      await page.locator("#inquiry-text").press("End");
      await page.keyboard.type(text.at(-1));  // the last keystroke: the clock starts here
    });
    durations.push(await page.evaluate(() => performance.getEntriesByName("helpdex:answer").at(-1).duration));
  }
  assert.equal(durations.length, INQUIRIES);
  durations.sort((a, b) => a - b);
  console.log(`console figures: keystroke → answer painted over ${INQUIRIES} inquiries: ` +
              `p50 ${percentile(durations, 50).toFixed(0)} ms, p95 ${percentile(durations, 95).toFixed(0)} ms ` +
              `(of which the typing pause is 250 ms); page transfer ${(transfer / 1024).toFixed(1)} KiB (uncompressed, first load)`);
  await assertClean(session);
  await session.context.close();
});
