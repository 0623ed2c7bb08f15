// The download budget of issue 8, held by the test command (sizes are deterministic): everything the first view
// needs ≤ 500 KB gzip. The fixed 200 KB code budget was retired (issue 21: what counts is what the reader waits
// for); this test holds the code under a ceiling that is only raised for a feature, by its measured size, and
// lowered whenever the code shrinks (docs/PERFORMANCE.md lists each change).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizes, FIRST_VIEW, CODE } from './probe.mjs';
import { WEB_DIR } from '../e2e/browser.mjs';

const FIRST_VIEW_BUDGET = 500_000;
// Each move of the ceiling, with the feature and its measured bytes, is in docs/PERFORMANCE.md ("code ceiling"). It is
// the size measured in one build folder plus 45 bytes, the most a clean clone has measured above it.
const CODE_CEILING = 192_720;
// The whole code, with the part fetched after the first frame (rift.deferred.wasm), under a ceiling of its own.
const ALL_CODE_CEILING = 336_873;
// Everything the first view downloads (the files below, without a poster), under a ceiling of its own (issue 21: what
// the reader waits for), moved the same way.
const FIRST_VIEW_CEILING = 231_042;

test('the first view fits its 500 KB gzip budget and its ceiling', () => {
  const table = sizes();
  const total = table.reduce((s, r) => s + r.gzip, 0);
  for (const r of table) console.log(`${r.file.padEnd(20)} ${String(r.raw).padStart(8)} raw ${String(r.gzip).padStart(8)} gzip`);
  console.log(`first view: ${total} bytes gzip (budget ${FIRST_VIEW_BUDGET}, ceiling ${FIRST_VIEW_CEILING})`);
  assert.ok(total <= FIRST_VIEW_BUDGET, `the first view is ${total} bytes gzip, over the ${FIRST_VIEW_BUDGET}-byte budget`);
  assert.ok(total <= FIRST_VIEW_CEILING, `the first view is ${total} bytes gzip, over its ${FIRST_VIEW_CEILING}-byte ceiling`);
});

// The code before the first frame: the page, its script, the glue and rift.wasm (gzip bytes).
const codeBeforeFirstFrame = () => sizes().filter((r) => CODE.has(r.file)).reduce((s, r) => s + r.gzip, 0);

test('the code stays under its ceiling', () => {
  const code = codeBeforeFirstFrame();
  console.log(`code: ${code} bytes gzip (ceiling ${CODE_CEILING})`);
  assert.ok(code <= CODE_CEILING, `the code is ${code} bytes gzip, over the ${CODE_CEILING}-byte ceiling`);
});

test('the whole code, with its deferred part, stays under its ceiling', () => {
  const code = codeBeforeFirstFrame();
  const deferred = sizes(WEB_DIR, ['rift.deferred.wasm'])[0].gzip;
  console.log(`all code: ${code + deferred} bytes gzip, of which deferred ${deferred} (ceiling ${ALL_CODE_CEILING})`);
  assert.ok(code + deferred <= ALL_CODE_CEILING,
            `the whole code is ${code + deferred} bytes gzip, over the ${ALL_CODE_CEILING}-byte ceiling`);
});

test('the files counted are the ones the page asks for first', () => {
  // Every file the HTML loads or preloads is counted, so nothing can slip out of the budget.
  const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
  // (a feed's rel="alternate" and a rel="canonical" name pages, which the browser does not fetch)
  const asked = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .filter((m) => !/rel="(?:alternate|canonical)"/.test(m[0])).map((m) => m[1])
    .filter((f) => !f.startsWith('data:') && f !== 'noscript.css');
  // ... and what the poster script inline in its head preloads (web/poster.js: ['rift.wasm', 'fetch', ...]).
  const preloaded = [...html.matchAll(/\["([^"]+)","(?:script|fetch)"/g)].map((m) => m[1]);
  assert.ok(preloaded.includes('rift.wasm'), 'the page preloads nothing: web/poster.js changed?');
  for (const f of [...asked, ...preloaded]) assert.ok(FIRST_VIEW.includes(f), `${f} is loaded by index.html but not counted`);
});
