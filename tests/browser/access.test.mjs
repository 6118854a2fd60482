// The console by keyboard alone, checked by axe-core, at 1280×800 and 400 px wide, light
// and dark.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {test} from "node:test";

import {answered, ask, assertClean, openConsole, servedConsole, shoot} from "./support/browser.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const INQUIRY = "Hi, since this morning my camera keeps going offline in the app. Regards, Anna";
const MOST_TABS = 60;  // a bounded walk: the first card is a few dozen stops from the inquiry

const setup = servedConsole();

async function focusedCardId(page) {
  return page.evaluate(() => document.activeElement.closest("#solutions-list > li")?.dataset.id ?? null);
}

test("the main flow works from the keyboard alone", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  await page.locator("body").click({position: {x: 5, y: 300}});  // focus anywhere
  await page.keyboard.press("Alt+I");
  assert.equal(await page.evaluate(() => document.activeElement.id), "inquiry-text");
  await answered(page, async () => {
    // Two articles answer it (downloading a VAT invoice, a wrong VAT rate), so there are two
    // cards to move between: most inquiries now get one confident solution and no filler.
    await page.keyboard.type("I need a VAT invoice for my subscription");
    await page.keyboard.press("Control+Enter");
  });

  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement.matches("#solutions-list > li"))) && tabs < MOST_TABS) {
    await page.keyboard.press("Tab");
    ++tabs;
  }
  const first = await focusedCardId(page);
  assert.ok(first, `Tab reaches the first solution card (${tabs} stops)`);
  await page.keyboard.press("ArrowDown");
  const second = await focusedCardId(page);
  assert.ok(second && second !== first, "ArrowDown moves to the next card");
  await page.keyboard.press("ArrowUp");
  assert.equal(await focusedCardId(page), first);

  await page.keyboard.press("Enter");
  await page.locator("#article").waitFor({state: "visible"});
  await page.waitForFunction(() => document.activeElement.id === "article-title");
  await page.keyboard.press("Escape");
  await page.locator("#article").waitFor({state: "hidden"});
  assert.equal(await focusedCardId(page), first, "Esc returns focus to the card");

  await page.keyboard.press("Alt+2");
  assert.equal(await page.evaluate(() => document.activeElement.id), "search-q");
  await page.keyboard.press("Alt+1");
  assert.equal(await page.evaluate(() => document.activeElement.id), "inquiry-text");
  await assertClean(session);
  await session.context.close();
});

async function seriousViolations(page) {
  await page.addScriptTag({content: axeSource});
  const results = await page.evaluate(() => window.axe.run(document, {resultTypes: ["violations"]}));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

for (const [colorScheme, viewport] of [["light", {width: 1280, height: 800}], ["dark", {width: 1280, height: 800}],
                                       ["light", {width: 400, height: 800}]]) {
  test(`axe finds no serious violation: ${colorScheme}, ${viewport.width} px`, async () => {
    // axe-core is injected as an inline script, which the console's own policy rightly
    // forbids: this context alone bypasses it.
    const session = await openConsole(setup.browser, setup.server.url, {colorScheme, viewport, bypassCSP: true});
    const {page} = session;
    await ask(page, INQUIRY);
    assert.deepEqual(await seriousViolations(page), [], "answer shown");
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
              `no sideways scrolling of the answers at ${viewport.width} px`);
    await shoot(page, `inquiry-${colorScheme}-${viewport.width}`);
    await page.locator("#solutions-list .card-title button").first().click();
    await page.waitForFunction(() => document.getElementById("article-title").textContent.length > 0);
    assert.deepEqual(await seriousViolations(page), [], "article open");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Alt+2");
    await page.waitForSelector("#search-list > li");
    assert.deepEqual(await seriousViolations(page), [], "search mode");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at ${viewport.width} px (${overflow} px over)`);
    await shoot(page, `search-${colorScheme}-${viewport.width}`);
    await assertClean(session);
    await session.context.close();
  });
}
