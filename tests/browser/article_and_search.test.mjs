// The article panel and search mode of the agent console, in headless Chromium against the
// real server on the bundled corpus.
import assert from "node:assert/strict";
import {test} from "node:test";

import {ask, assertClean, openConsole, servedConsole, shoot} from "./support/browser.mjs";

const setup = servedConsole();

test("an article opens in the inquiry's language, switches language, and Esc closes it", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  await ask(page, "mijn camera staat steeds offline in de app");
  const title = page.locator("#solutions-list > li").first().locator(".card-title button");
  await title.click();
  const panel = page.locator("#article");
  await panel.waitFor({state: "visible"});
  await page.waitForFunction(() => document.getElementById("article-title").textContent.length > 0);
  assert.equal(await page.locator("#article-title").innerText(), "Camera gaat steeds offline");
  assert.equal(await page.locator("#article-body").getAttribute("lang"), "nl");
  assert.ok(await page.locator("#article-body ol li").count() > 3, "the article is rendered, steps and all");
  const languages = await page.locator("#article-langs button").allInnerTexts();
  assert.deepEqual([...languages].sort(), ["de", "en", "es", "fr", "nl"]);
  assert.equal(await page.locator("#article-langs button[aria-pressed=true]").innerText(), "nl");
  await shoot(page, "article-nl");

  await page.locator("#article-langs button", {hasText: "en"}).click();
  await page.waitForFunction(() => document.getElementById("article-body").lang === "en");
  assert.equal(await page.locator("#article-title").innerText(), "Camera keeps going offline");
  assert.equal(await page.locator("#article-langs button[aria-pressed=true]").innerText(), "en");

  await page.keyboard.press("Escape");
  await panel.waitFor({state: "hidden"});
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Camera gaat steeds offline",
               "focus returns to what opened the article");
  await assertClean(session);
  await session.context.close();
});

test("search filters by a facet and pages through the results", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  await page.keyboard.press("Alt+2");
  await page.waitForSelector("#search-list > li");
  assert.match(await page.locator("#search-summary").innerText(), /^1–10 of \d+/);

  await page.fill("#search-q", "camera");
  await page.waitForFunction(() => /of \d+$/.test(document.getElementById("search-summary").textContent) &&
                                   document.querySelector("#search-list .snippet mark"));
  const language = page.locator("#search-facets input[name=facet-lang][value=en]");
  await language.check();
  await page.waitForFunction(() => [...document.querySelectorAll("#search-list .lang")].every((l) => l.textContent === "en"));
  const total = Number((await page.locator("#search-summary").innerText()).match(/of (\d+)/)[1]);
  assert.ok(total > 10, `enough English camera documents to page through (${total})`);
  const firstPage = await page.locator("#search-list > li").evaluateAll((items) => items.map((i) => i.dataset.id));

  await page.locator("#search-pages button", {hasText: "Next"}).click();
  await page.waitForFunction(() => document.getElementById("search-summary").textContent.startsWith("11–"));
  const secondPage = await page.locator("#search-list > li").evaluateAll((items) => items.map((i) => i.dataset.id));
  assert.equal(secondPage.filter((id) => firstPage.includes(id)).length, 0, "page 2 repeats nothing of page 1");
  assert.equal(await page.locator("#search-pages [aria-current=page]").innerText(), "2");
  assert.ok(await language.isChecked(), "the facet stays chosen");
  await shoot(page, "search-camera-en");

  await page.locator("#search-list .card-title button").first().click();
  await page.locator("#article").waitFor({state: "visible"});
  await page.keyboard.press("Escape");
  await assertClean(session);
  await session.context.close();
});
