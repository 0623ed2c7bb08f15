// Where the page's start-up time goes: loads the built page once in Chromium under the DevTools CPU profiler and
// prints the functions with the most self time until the first frame with data (JS by its minified name and
// position in rift.js or bridge.js; wasm functions by name if the build kept them, e.g. a build linked with
// --profiling-funcs). Usage: node tests/perf/profile.mjs [--top 40] [--dir build/web/src/app]
// The start-up figures in docs/PERFORMANCE.md that say "a profile" come from this.
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../tools/serve.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const TOP = Number(opt('--top', 40));
const DIR = opt('--dir', process.env.RIFT_WEB_DIR || 'build/web/src/app');

const browser = await launch();
const server = await serve(DIR, 0);
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${server.address().port}/`);
while (!(await page.evaluate(() => !!(window.rift && window.rift.stats().firstFrameMs !== null)))) await page.waitForTimeout(20);
const { profile } = await cdp.send('Profiler.stop');
console.log('first frame parts:', JSON.stringify((await page.evaluate(() => window.rift.stats())).firstFrameParts));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const f = nodes.get(id).callFrame;
  if (f.functionName === '(idle)') return;
  const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  self.set(key, (self.get(key) || 0) + (profile.timeDeltas[i + 1] || 0) / 1000);
});
console.log('self ms  function');
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)
  .forEach(([key, ms]) => console.log(`${ms.toFixed(1).padStart(7)}  ${key.slice(0, 160)}`));
await browser.close();
server.close();
