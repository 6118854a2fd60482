// The real helpdex for the browser tests: an index of the bundled corpus and `helpdex serve`
// on 127.0.0.1 at a free port, stopped cleanly (a sanitizer report makes its exit fail).
import {execFileSync, spawn} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

export const root = fileURLToPath(new URL("../../../", import.meta.url));
export const binary = process.env.HELPDEX_BIN ?? join(root, "build/sanitize/helpdex");

const START_MS = 60_000;  // a sanitized build opens its index slowly
const STOP_MS = 20_000;

// The index the tests search: HELPDEX_TEST_DB when the runner built one, else a fresh one.
export function bundledIndex() {
  if (process.env.HELPDEX_TEST_DB) return {db: process.env.HELPDEX_TEST_DB, remove() {}};
  const dir = mkdtempSync(join(tmpdir(), "helpdex-browser-"));
  execFileSync(binary, ["index", join(root, "corpus"), "--db", join(dir, "index")], {stdio: "pipe"});
  return {db: join(dir, "index"), remove: () => rmSync(dir, {recursive: true, force: true})};
}

// Resolves to {url, port, stop()} once the server prints the address it listens on.
export async function startServer(db, port = 0) {
  const child = spawn(binary, ["serve", "--db", db, "--host", "127.0.0.1", "--port", String(port), "--quiet"],
                      {stdio: ["ignore", "pipe", "pipe"]});
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`helpdex serve did not start in ${START_MS} ms:\n${output}`)), START_MS);
    // "helpdex: serving <generation> (<n> documents) on http://127.0.0.1:<port>", on stderr.
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
      const match = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}/`);
      }
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`helpdex serve exited (${code ?? signal}) before it listened:\n${output}`));
    });
  });
  return {url, port: Number(new URL(url).port), stop: () => stopServer(child, () => output)};
}

// SIGTERM, then the exit status: 0 unless the server failed (or a sanitizer reported).
async function stopServer(child, output) {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode ?? 0;
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_MS);
  const code = await exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`helpdex serve exited with ${code}:\n${output()}`);
  return code;
}
