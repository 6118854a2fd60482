// The contract validator against the sample recording, recordings tampered with one change
// each, and empty ones: `node --test` in tests/contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const spec = join(here, '../../docs/openapi.yaml');
const sample = join(here, 'sample-exchanges.jsonl');
const work = mkdtempSync(join(tmpdir(), 'helpdex-contract-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const exchanges = readFileSync(sample, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

function validate(specFile, recordingFile) {
  const run = spawnSync(process.execPath, [join(here, 'validate.mjs'), specFile, recordingFile], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

function recording(name, lines) {
  const file = join(work, name);
  writeFileSync(file, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + (lines.length ? '\n' : ''));
  return file;
}

// The first sample exchange of that method, route and status, with its body changed by `change`.
function tampered(method, route, status, change) {
  const original = exchanges.find((e) => e.method === method && e.route === route && e.status === status);
  assert.ok(original, `the sample has a ${method} ${route} → ${status}`);
  const body = JSON.parse(original.body);
  change(body);
  return { ...original, body: JSON.stringify(body) };
}

function assertFails(result, ...messages) {
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /contract: FAILED/);
  for (const message of messages) assert.ok(result.output.includes(message), `expected "${message}" in:\n${result.output}`);
}

test('the sample recording matches the contract', () => {
  const result = validate(spec, sample);
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, new RegExp(`contract: ${exchanges.length} exchanges checked`));
  assert.match(result.output, /contract: OK: all \d+ exchanges match the contract/);
  assert.match(result.output, /POST \/v1\/suggest\s+\d+\s+200/);
  assert.match(result.output, /not covered by any exchange \(for information\): .*GET \/metrics/);
});

test('a number sent as a string fails', () => {
  const file = recording('total-string.jsonl', [tampered('GET', '/v1/search', 200, (b) => { b.total = String(b.total); })]);
  assertFails(validate(spec, file), 'GET /v1/search → 200', '/total must be integer');
});

test('a missing required field fails', () => {
  const file = recording('no-answered.jsonl', [tampered('POST', '/v1/suggest', 200, (b) => { delete b.answered; })]);
  assertFails(validate(spec, file), "must have required property 'answered'");
});

test('a value outside its enum fails, naming the allowed ones', () => {
  const file = recording('bad-enum.jsonl', [tampered('POST', '/v1/suggest', 200, (b) => { b.inquiry.urgency = 'asap'; })]);
  assertFails(validate(spec, file), '/inquiry/urgency must be equal to one of the allowed values (low, normal, high, urgent)');
});

test('a 409 job_running without the job it names fails', () => {
  const file = recording('no-job.jsonl', [tampered('POST', '/v1/admin/reindex', 409, (b) => { delete b.error.job; })]);
  assertFails(validate(spec, file), "/error must have required property 'job'");
});

test('an error with the wrong code for its status fails', () => {
  const file = recording('wrong-code.jsonl', [tampered('GET', '/v1/documents/{id}', 404, (b) => { b.error.code = 'missing'; })]);
  assertFails(validate(spec, file), '/error/code must be equal to constant ("not_found")');
});

test('an undocumented status fails', () => {
  const search = exchanges.find((e) => e.route === '/v1/search' && e.status === 200);
  const file = recording('created.jsonl', [{ ...search, status: 201 }]);
  assertFails(validate(spec, file), 'status 201 is not documented for GET /v1/search');
});

test('an undocumented content type fails', () => {
  const health = exchanges.find((e) => e.route === '/healthz' && e.status === 200);
  const file = recording('plain-health.jsonl', [{ ...health, content_type: 'text/plain' }]);
  assertFails(validate(spec, file), 'content type "text/plain" is not documented at GET /healthz response 200');
});

test('a route the contract lacks fails', () => {
  const health = exchanges.find((e) => e.route === '/healthz' && e.status === 200);
  const file = recording('new-route.jsonl', [{ ...health, method: 'POST', path: '/v1/feedback', route: '/v1/feedback' }]);
  assertFails(validate(spec, file), 'route /v1/feedback is served but not in the contract');
});

test('an unrouted answer is held to the error shape', () => {
  const unrouted = exchanges.find((e) => e.route === '' && e.status === 404 && e.path === '/nope');
  assert.ok(unrouted, 'the sample has GET /nope → 404');
  const good = recording('unrouted-ok.jsonl', [unrouted]);
  assert.equal(validate(spec, good).status, 0);
  const bad = recording('unrouted-bad.jsonl', [{ ...unrouted, body: '{"message":"not here"}' }]);
  assertFails(validate(spec, bad), "must have required property 'error'");
  const success = recording('unrouted-200.jsonl', [{ ...unrouted, status: 200 }]);
  assertFails(validate(spec, success), 'path /nope answered 200 but is not in the contract');
});

test('a wrong method on a known path is held to the 405 shape', () => {
  const wrong = exchanges.find((e) => e.method === 'PUT' && e.status === 405);
  assert.ok(wrong, 'the sample has a PUT → 405');
  const file = recording('put-405.jsonl', [tampered('PUT', wrong.route, 405, (b) => { b.error.code = 'not_found'; })]);
  assertFails(validate(spec, file), '/error/code must be equal to constant ("method_not_allowed")');
});

test('a line that is not an exchange fails', () => {
  const file = recording('garbage.jsonl', [exchanges[0], '{"method":"GET"', { method: 'GET', path: '/healthz' }]);
  assertFails(validate(spec, file), 'FAIL line 2: not an exchange', 'FAIL line 3: not an exchange: missing status');
});

test('an empty recording fails', () => {
  const result = validate(spec, recording('empty.jsonl', []));
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /the recording holds no exchanges/);
  const blank = validate(spec, recording('blank.jsonl', ['', '  ']));
  assert.equal(blank.status, 1, blank.output);
});

test('a missing recording fails', () => {
  const result = validate(spec, join(work, 'never-written.jsonl'));
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /cannot read/);
});

test('a contract Ajv cannot use is reported as such', () => {
  const broken = join(work, 'broken.yaml');
  const original = readFileSync(spec, 'utf8');
  const text = original.replace(/(\n {4}Health:\n {6}type: object\n)/, '$1      format: colour\n');
  assert.notEqual(text, original, 'the Health schema was found to break');
  writeFileSync(broken, text);
  const result = validate(broken, sample);
  assert.equal(result.status, 2, result.output);
  assert.match(result.output, /cannot be used: GET \/healthz response 200 \(application\/json\): .*format/);
});

test('usage is explained', () => {
  const run = spawnSync(process.execPath, [join(here, 'validate.mjs')], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /usage: node validate\.mjs <openapi\.yaml> <exchanges\.jsonl>/);
});
