// The agent console's inquiry mode in headless Chromium against the real server on the
// bundled corpus: answers as the agent types, the inquiry panel, escalation, account note.
import assert from "node:assert/strict";
import {test} from "node:test";

import {answered, ask, assertClean, openConsole, servedConsole, shoot} from "./support/browser.mjs";

const DUTCH_EMAIL = [
  "Goedemiddag,",
  "mijn camera valt steeds uit en staat offline in de app. Ik heb hem al opnieuw opgestart.",
  "Groet, Sanne",
  "> Op 2 december schreef Kestrel Support:",
  "> Heeft u de camera al herstart?",
].join("\n");

const setup = servedConsole();

test("a Dutch e-mail gets its Dutch solution, category, urgency, escalation and note", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  const asked = Date.now();
  await ask(page, DUTCH_EMAIL);

  const first = page.locator("#solutions-list > li").first();
  assert.equal(await first.getAttribute("data-id"), "kb-devices-camera-offline-nl");
  assert.match(await first.locator(".card-title").innerText(), /Camera gaat steeds offline/);
  assert.equal(await first.locator(".card-meta .lang").innerText(), "nl");
  assert.ok(await first.locator(".snippet mark").count() > 0, "matched words are highlighted");

  assert.match(await page.locator("#inquiry-lang option:checked").innerText(), /Dutch \(detected\)/);
  assert.match(await page.locator("#inquiry-category").innerText(), /devices › connectivity/);
  assert.equal(await page.locator("#inquiry-urgency").innerText(), "normal");
  assert.match(await page.locator("#inquiry-urgency").getAttribute("class"), /urgency-normal/);

  assert.equal(await page.locator("#escalation .team").innerText(), "Device Support");
  assert.equal(await page.locator("#escalation .tier.current").innerText(), "L2 Device Specialists");
  const deadline = Date.parse(await page.locator("#escalation time.deadline").getAttribute("datetime"));
  const day = 24 * 60 * 60 * 1000;  // the routing table's SLA for devices at normal urgency: 1d
  assert.ok(deadline >= asked + day - 60_000 && deadline <= Date.now() + day + 60_000, "deadline is now + 1 day");

  // What was read: the quoted reply, greeting and sign-off are dimmed, the question is not.
  assert.match(await page.locator(".segment-quote").innerText(), /Op 2 december schreef/);
  assert.match(await page.locator(".segment-greeting").first().innerText(), /Goedemiddag/);
  assert.match(await page.locator(".segment-read").first().innerText(), /camera valt steeds uit/);

  const note = await page.locator("#note-text").inputValue();
  assert.match(note, /^Reason for contact: devices › connectivity: mijn camera valt steeds uit en staat offline in de app\./);
  assert.match(note, /Follow-up by: .+ \(SLA 1 day, Device Support\)/);

  const similar = page.locator("#similar-list > li");
  assert.ok(await similar.count() > 0);
  assert.match(await similar.first().locator("time").getAttribute("datetime"), /^\d{4}-\d{2}-\d{2}$/);
  assert.ok((await similar.first().locator(".resolution").innerText()).length > 10, "says how it was resolved");
  await shoot(page, "inquiry-dutch-1280");
  await assertClean(session);
  await session.context.close();
});

test("an inquiry the knowledge base cannot answer says so plainly", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  await ask(page, "zzxqv wqrtp plmkj");
  assert.ok(await page.locator("#solutions-none").isVisible(), "says the knowledge base has no answer");
  assert.equal(await page.locator("#solutions-list > li").count(), 0);
  assert.match(await page.locator("#inquiry-category").innerText(), /unknown — triage/);
  await shoot(page, "inquiry-no-answer");
  await assertClean(session);
  await session.context.close();
});

test("ticked steps are written into the account note, and agents' own edits are kept", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  await ask(page, DUTCH_EMAIL);
  const steps = page.locator("#solutions-list > li").first().locator(".steps input[type=checkbox]");
  await steps.nth(0).check();
  await steps.nth(2).check();
  const action = await page.locator("#note-action").inputValue();
  assert.match(action, /^Followed “Camera gaat steeds offline” \(kb-devices-camera-offline-nl\):\n  1\) .+\n  3\) .+$/);
  assert.match(await page.locator("#note-text").inputValue(), /Action taken: Followed “Camera gaat steeds offline”/);

  await page.fill("#note-promises", "Terugbellen donderdag");
  assert.match(await page.locator("#note-text").inputValue(), /Promises made: Terugbellen donderdag/);
  await page.fill("#note-reason", "Camera offline, klant belt voor de tweede keer");
  await steps.nth(2).uncheck();
  const note = await page.locator("#note-text").inputValue();
  assert.match(note, /Reason for contact: Camera offline, klant belt voor de tweede keer/, "the agent's words are kept");
  assert.match(note, /Action taken: Followed .*:\n  1\) /, "the ticked step is there");
  assert.doesNotMatch(note, /  3\) /, "the unticked step is gone");
  await steps.nth(1).check();
  await shoot(page, "inquiry-note-full", {fullPage: true});

  // Refining the inquiry keeps the ticks.
  await answered(page, () => page.locator("#inquiry-text").press("End").then(() => page.keyboard.type(" Nog steeds.")));
  assert.ok(await page.locator("#solutions-list > li").first().locator(".steps input").nth(0).isChecked());
  await assertClean(session);
  await session.context.close();
});

test("overriding the language asks again in that language", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  await ask(page, DUTCH_EMAIL);
  const bodies = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/v1/suggest")) bodies.push(JSON.parse(request.postData()));
  });
  await answered(page, () => page.selectOption("#inquiry-lang", "en"));
  assert.equal(bodies.at(-1).lang, "en");
  assert.equal(await page.locator("#inquiry-lang").inputValue(), "en");
  assert.match(await page.locator("#inquiry-lang-confidence").innerText(), /set by you/);
  await answered(page, () => page.selectOption("#inquiry-lang", ""));
  assert.equal(bodies.at(-1).lang, undefined, "back to detection");
  await assertClean(session);
  await session.context.close();
});

test("a stale answer never overwrites a newer one", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  let held = 0;
  // The first question's answer is held back until after the second's has been painted.
  await page.route("**/v1/suggest", async (route) => {
    if (held++ === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => {});  // the console may have aborted it meanwhile
  });
  await page.fill("#inquiry-text", "My refund has not arrived after returning the order");
  await page.waitForTimeout(400);  // past the typing pause: the first question is in flight
  await ask(page, "mijn camera staat offline");
  await page.waitForTimeout(1800);  // the held answer would have arrived by now
  assert.equal(await page.locator("#solutions-list > li").first().getAttribute("data-id"), "kb-devices-camera-offline-nl");
  await assertClean(session);
  await session.context.close();
});

test("an API error is shown with its message, and the typed text is kept", async () => {
  const session = await openConsole(setup.browser, setup.server.url);
  const {page} = session;
  const huge = "camera offline ".repeat(5000);  // 75 KB: over the 64 KiB body limit
  await page.fill("#inquiry-text", huge);
  await page.waitForSelector("#answers-error:not([hidden])");
  assert.match(await page.locator("#answers-error").innerText(), /helpdex could not answer: the request body is larger than the server accepts/);
  assert.equal((await page.locator("#inquiry-text").inputValue()).length, huge.length);
  await shoot(page, "inquiry-api-error");
  await assertClean(session, /status of 413/);
  await session.context.close();
});
