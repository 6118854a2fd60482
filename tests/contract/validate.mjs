#!/usr/bin/env node
// Checks recorded server responses against the API contract.
//
//   node validate.mjs <openapi.yaml> <exchanges.jsonl>
//
// Each line of the recording is one exchange:
//   {"method":"GET","path":"/v1/search","route":"/v1/search","status":200,
//    "content_type":"application/json; charset=utf-8","body":"{…}"}
// `route` is the pattern of the server route that answered ("/v1/documents/{id}"); it is
// empty (or null) when no route did (an unknown path, a body over the limit, an unreadable
// request). An exchange passes when the contract documents its status for that operation
// (exactly, else as 4XX/5XX, else as `default`), with its content type, and a JSON body
// matches the documented schema (JSON Schema 2020-12, Ajv). A path the contract has, asked
// with a method it lacks, is held to MethodNotAllowed for a 405 and to the Error schema for
// any other error; a path the contract lacks, to the Error schema.
//
// Exit status: 0 when every exchange passes; 1 when one fails or the recording is empty
// (an empty recording means nothing was recorded, not that all is well); 2 on bad usage or
// an unreadable contract.

import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// The schemas of components/schemas are registered under this id; a "#/components/schemas/X"
// reference anywhere is rewritten to point there.
const COMPONENTS_ID = 'https://contract.helpdex.invalid/components.json';
const MAX_ERRORS_SHOWN = 3;

class Contract {
  constructor(document) {
    this.document = document;
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(this.ajv);
    // OpenAPI's own schema keywords: annotations as far as validation goes.
    this.ajv.addVocabulary(['discriminator', 'xml', 'externalDocs', 'example']);
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: rewriteRefs(document.components?.schemas ?? {}) });
    this.validators = new Map();
    this.templates = Object.keys(document.paths ?? {}).map((template) => ({ template, ...templateMatcher(template) }));
    // Literal paths before templated ones, then the most literal segments first, so that
    // /v1/openapi.json is never taken for a /v1/{something}.
    this.templates.sort((a, b) => b.literals - a.literals || a.params - b.params);
  }

  // The object a local "#/…" reference names, following references to references.
  resolve(node, seen = new Set()) {
    if (!node || typeof node.$ref !== 'string') return node;
    const ref = node.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local references are supported, not ${ref}`);
    if (seen.has(ref)) throw new Error(`reference cycle at ${ref}`);
    seen.add(ref);
    let target = this.document;
    for (const token of ref.slice(2).split('/')) {
      const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
      if (target === null || typeof target !== 'object' || !(key in target)) throw new Error(`unresolved reference ${ref}`);
      target = target[key];
    }
    return this.resolve(target, seen);
  }

  // The path template a request path falls under, or undefined.
  matchPath(path) {
    const found = this.templates.find(({ regex }) => regex.test(path));
    return found?.template;
  }

  // A compiled Ajv validator for a schema of the contract, once per place.
  validator(schema, place) {
    if (!this.validators.has(place)) this.validators.set(place, this.ajv.compile(rewriteRefs(schema)));
    return this.validators.get(place);
  }

  // Compiles every JSON response schema now, so that a schema Ajv cannot use is reported as
  // a problem of the contract rather than of the first exchange that meets it.
  compileAll() {
    for (const [template, rawItem] of Object.entries(this.document.paths ?? {})) {
      const item = this.resolve(rawItem);
      for (const method of METHODS) {
        for (const [status, raw] of Object.entries(item[method]?.responses ?? {})) {
          const where = `${method.toUpperCase()} ${template} response ${status}`;
          for (const [key, media] of Object.entries(this.resolve(raw).content ?? {})) {
            if (!isJson(parseMediaType(key).essence) || !media.schema) continue;
            try {
              this.validator(media.schema, `${where}/content/${key}`);
            } catch (error) {
              throw new Error(`${where} (${key}): ${error.message}`);
            }
          }
        }
      }
    }
    this.validator({ $ref: '#/components/schemas/Error' }, 'components/schemas/Error/content/application/json');
  }

  // The operations the contract documents: "GET /v1/search", …
  operations() {
    const list = [];
    for (const [template, item] of Object.entries(this.document.paths ?? {})) {
      for (const method of METHODS) if (item[method]) list.push(`${method.toUpperCase()} ${template}`);
    }
    return list;
  }
}

function templateMatcher(template) {
  const segments = template.split('/');
  let literals = 0;
  let params = 0;
  const pattern = segments
    .map((segment) => {
      if (/^\{[^}]+\}$/.test(segment)) {
        params += 1;
        return '[^/]+';
      }
      if (segment !== '') literals += 1;
      return segment.replace(/\{[^}]+\}/g, '\u0000').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\u0000/g, '[^/]+');
    })
    .join('/');
  return { regex: new RegExp(`^${pattern}$`), literals, params };
}

function rewriteRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      copy[key] = `${COMPONENTS_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else {
      copy[key] = rewriteRefs(value);
    }
  }
  return copy;
}

// "application/json; charset=utf-8" → {essence: "application/json", params: {charset: "utf-8"}}
function parseMediaType(text) {
  const [essence, ...rest] = String(text ?? '').split(';');
  const params = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq > 0) params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { essence: essence.trim().toLowerCase(), params };
}

function isJson(essence) {
  return essence === 'application/json' || essence.endsWith('+json');
}

// The documented media type an answer's Content-Type falls under: same essence, and every
// parameter the contract names (charset aside) with the same value.
function findMediaType(content, contentType) {
  const actual = parseMediaType(contentType);
  for (const [key, media] of Object.entries(content)) {
    const documented = parseMediaType(key);
    if (documented.essence !== actual.essence) continue;
    const paramsMatch = Object.entries(documented.params).every(
      ([name, value]) => name === 'charset' || actual.params[name]?.toLowerCase() === value.toLowerCase(),
    );
    if (paramsMatch) return { key, media };
  }
  return undefined;
}

function lookUpResponse(responses, status) {
  for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
    if (responses && Object.hasOwn(responses, key)) return { key, response: responses[key] };
  }
  return undefined;
}

// Which response of the contract an exchange is held to: {label, where, response} or {problem}.
function documentedResponse(contract, exchange) {
  const method = exchange.method.toLowerCase();
  const path = exchange.path.split('?')[0];
  let template;
  if (exchange.route) {
    // The server's pattern is the contract's path, or a literal route the contract describes
    // with a template (each console file is its own route, /web/style.css under /web/{file}).
    template = Object.hasOwn(contract.document.paths ?? {}, exchange.route) ? exchange.route : contract.matchPath(exchange.route);
    if (template === undefined) return { problem: `route ${exchange.route} is served but not in the contract` };
  } else {
    template = contract.matchPath(path);
  }
  const errorFallback = (label) => ({
    label,
    where: 'components/schemas/Error',
    response: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  });

  if (template === undefined) {
    if (exchange.status >= 400) return errorFallback(`(no path) ${exchange.method}`);
    return { problem: `path ${path} answered ${exchange.status} but is not in the contract` };
  }
  const item = contract.resolve(contract.document.paths[template]);
  const operation = item[method];
  const label = `${exchange.method.toUpperCase()} ${template}`;
  if (!operation) {
    if (exchange.status === 405 && contract.document.components?.responses?.MethodNotAllowed) {
      return { label, where: 'components/responses/MethodNotAllowed', response: contract.resolve({ $ref: '#/components/responses/MethodNotAllowed' }) };
    }
    if (exchange.status >= 400) return errorFallback(label);
    return { label, problem: `${exchange.method.toUpperCase()} is not in the contract for ${template}, yet answered ${exchange.status}` };
  }
  const found = lookUpResponse(operation.responses, exchange.status);
  if (!found) {
    const documented = Object.keys(operation.responses ?? {}).join(', ');
    return { label, problem: `status ${exchange.status} is not documented for ${label} (documented: ${documented})` };
  }
  return {
    label,
    where: `${label} response ${found.key}`,
    response: contract.resolve(found.response),
  };
}

// The problems of one exchange: [] when it matches the contract.
function checkExchange(contract, exchange) {
  const held = documentedResponse(contract, exchange);
  if (held.problem) return { label: held.label, errors: [held.problem] };
  const { label, where, response } = held;
  const content = response.content ?? {};
  const body = exchange.body ?? '';
  if (Object.keys(content).length === 0) {
    if (body !== '') return { label, errors: [`${where} has no body, but the answer has ${body.length} bytes`] };
    return { label, errors: [] };
  }
  const found = findMediaType(content, exchange.content_type);
  if (!found) {
    return { label, errors: [`content type "${exchange.content_type ?? ''}" is not documented at ${where} (documented: ${Object.keys(content).join(', ')})`] };
  }
  const { essence } = parseMediaType(found.key);
  if (!isJson(essence) || !found.media.schema) return { label, errors: [] };
  let value;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { label, errors: [`the body is not JSON: ${error.message}`] };
  }
  const validate = contract.validator(found.media.schema, `${where}/content/${found.key}`);
  if (validate(value)) return { label, errors: [] };
  const errors = validate.errors.map((e) => {
    let extra = '';
    if (e.params?.allowedValues) extra = ` (${e.params.allowedValues.join(', ')})`;
    else if (e.keyword === 'const') extra = ` (${JSON.stringify(e.params.allowedValue)})`;
    return `${e.instancePath || '/'} ${e.message}${extra}`;
  });
  return { label, errors };
}

function readExchanges(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const exchanges = [];
  const unreadable = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const exchange = JSON.parse(line);
      const missing = ['method', 'path', 'status'].filter((key) => exchange[key] === undefined || exchange[key] === null);
      if (missing.length) throw new Error(`missing ${missing.join(', ')}`);
      if (!Number.isInteger(exchange.status)) throw new Error('status is not an integer');
      if (exchange.body !== undefined && exchange.body !== null && typeof exchange.body !== 'string') {
        throw new Error('body must be the response body as a string');
      }
      exchanges.push({ line: index + 1, ...exchange });
    } catch (error) {
      unreadable.push({ line: index + 1, message: error.message });
    }
  });
  return { exchanges, unreadable };
}

function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: node validate.mjs <openapi.yaml> <exchanges.jsonl>');
    return 2;
  }
  const [specFile, exchangesFile] = argv;
  let contract;
  try {
    contract = new Contract(parseYaml(readFileSync(specFile, 'utf8')));
    contract.compileAll();
  } catch (error) {
    console.error(`contract: ${specFile} cannot be used: ${error.message}`);
    return 2;
  }
  let recording;
  try {
    recording = readExchanges(exchangesFile);
  } catch (error) {
    console.error(`contract: cannot read ${exchangesFile}: ${error.message}`);
    return 1;
  }
  const { exchanges, unreadable } = recording;

  const byOperation = new Map();
  const failures = [];
  for (const exchange of exchanges) {
    let result;
    try {
      result = checkExchange(contract, exchange);
    } catch (error) {
      result = { label: `${exchange.method} ${exchange.path}`, errors: [`the contract could not be applied: ${error.message}`] };
    }
    const label = result.label ?? `(no path) ${exchange.method}`;
    const counts = byOperation.get(label) ?? { count: 0, statuses: new Map() };
    counts.count += 1;
    counts.statuses.set(exchange.status, (counts.statuses.get(exchange.status) ?? 0) + 1);
    byOperation.set(label, counts);
    if (result.errors.length) failures.push({ exchange, errors: result.errors });
  }

  console.log(`contract: ${exchanges.length} exchanges checked against ${specFile}`);
  for (const [label, { count, statuses }] of [...byOperation].sort(([a], [b]) => a.localeCompare(b))) {
    const list = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => (n > 1 ? `${status}×${n}` : `${status}`));
    console.log(`  ${label.padEnd(34)} ${String(count).padStart(4)}  ${list.join(' ')}`);
  }
  for (const { line, message } of unreadable) console.log(`FAIL line ${line}: not an exchange: ${message}`);
  for (const { exchange, errors } of failures) {
    console.log(`FAIL line ${exchange.line}: ${exchange.method} ${exchange.path} → ${exchange.status}`);
    for (const error of errors.slice(0, MAX_ERRORS_SHOWN)) console.log(`       ${error}`);
    if (errors.length > MAX_ERRORS_SHOWN) console.log(`       … and ${errors.length - MAX_ERRORS_SHOWN} more`);
  }
  const uncovered = contract.operations().filter((operation) => !byOperation.has(operation));
  if (uncovered.length) console.log(`not covered by any exchange (for information): ${uncovered.join(', ')}`);

  if (exchanges.length === 0) {
    console.log('contract: FAILED: the recording holds no exchanges (did the tests record anything?)');
    return 1;
  }
  const failed = failures.length + unreadable.length;
  if (failed) {
    console.log(`contract: FAILED: ${failed} of ${exchanges.length + unreadable.length} exchanges do not match the contract`);
    return 1;
  }
  console.log(`contract: OK: all ${exchanges.length} exchanges match the contract`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
