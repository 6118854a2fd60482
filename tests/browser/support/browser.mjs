// Debian's Chromium, headless, driven by Playwright; every page watched for console errors,
// uncaught exceptions and Content-Security-Policy violations.
import assert from "node:assert/strict";
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {after, before} from "node:test";
import {chromium} from "playwright-core";

import {bundledIndex, root, startServer} from "./helpdex.mjs";

export const screenshots = process.env.HELPDEX_SCREENSHOTS ?? join(root, "build/browser-screenshots");
mkdirSync(screenshots, {recursive: true});

export function launch() {
  return chromium.launch({executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"]});
}

// For one test file: before its tests, the bundled index, Chromium and (unless serve is
// false) a server on it; after them, all stopped. The returned object holds {index, browser,
// server} once they run.
export function servedConsole({serve = true} = {}) {
  const setup = {};
  before(async () => {
    setup.index = bundledIndex();
    if (serve) setup.server = await startServer(setup.index.db);
    setup.browser = await launch();
  });
  after(async () => {
    await setup.browser?.close();
    await setup.server?.stop();
    setup.index?.remove();
  });
  return setup;
}

// A fresh context and page on the console, ready (its status says so). options: viewport,
// colorScheme, bypassCSP (only to inject axe-core).
export async function openConsole(browser, url, {viewport = {width: 1280, height: 800}, colorScheme = "light",
                                                 bypassCSP = false} = {}) {
  const context = await browser.newContext({viewport, colorScheme, bypassCSP, locale: "en-GB", timezoneId: "Europe/Amsterdam"});
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation",
                              (e) => window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector("#status[data-state=ready]");
  return {context, page, problems};
}

// No console error, uncaught exception or CSP violation, except those `expected` matches
// (a test that stops the server expects the browser to report refused connections).
export async function assertClean({page, problems}, expected = null) {
  const violations = await page.evaluate(() => window.cspViolations);
  assert.deepEqual(violations, [], "Content-Security-Policy violations");
  const unexpected = problems.filter((problem) => !(expected && expected.test(problem)));
  assert.deepEqual(unexpected, [], "console errors or uncaught exceptions");
}

// Saves build/browser-screenshots/<name>.png: the viewport, or the whole page with fullPage.
export async function shoot(page, name, {fullPage = false} = {}) {
  await page.screenshot({path: join(screenshots, `${name}.png`), fullPage});
}

// Pastes an inquiry as an agent does, then waits until its answer is painted.
export async function ask(page, text) {
  await answered(page, () => page.fill("#inquiry-text", text));
}

// Runs action() and waits for the next answer painted (#suggest-view's data-answers counts them).
export async function answered(page, action) {
  const before = await page.evaluate(() => Number(document.getElementById("suggest-view").dataset.answers ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.getElementById("suggest-view").dataset.answers ?? 0) > n, before);
}
