// The console when helpdex goes away: it says so, keeps the agent's text, and answers again
// by itself once the server is back.
import assert from "node:assert/strict";
import {test} from "node:test";

import {ask, assertClean, openConsole, servedConsole, shoot} from "./support/browser.mjs";
import {startServer} from "./support/helpdex.mjs";

const setup = servedConsole({serve: false});

test("server down: the console says so, keeps the text, and recovers when it is back", async () => {
  let server = await startServer(setup.index.db);
  const session = await openConsole(setup.browser, server.url);
  const {page} = session;
  await ask(page, "My refund has not arrived");
  const port = server.port;
  await server.stop();
  server = null;

  const text = "My refund has not arrived after two weeks, order KH-2026-1234";
  await page.fill("#inquiry-text", text);
  await page.waitForSelector("#answers-error:not([hidden])", {timeout: 15_000});
  assert.match(await page.locator("#answers-error").innerText(), /not answering.*text is kept/);
  await page.waitForSelector("#status[data-state=down]");
  assert.equal(await page.locator("#inquiry-text").inputValue(), text);
  await shoot(page, "server-down");

  try {
    server = await startServer(setup.index.db, port);  // the same address: the console polls it
    await page.waitForSelector("#status[data-state=ready]", {timeout: 30_000});
    await page.waitForFunction(() => document.getElementById("answers-error").hidden, null, {timeout: 15_000});
    assert.ok(await page.locator("#solutions-list > li").count() > 0, "asked again by itself");
    assert.equal(await page.locator("#inquiry-text").inputValue(), text);
  } finally {
    await server?.stop();
  }
  await assertClean(session, /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET/);
  await session.context.close();
});
