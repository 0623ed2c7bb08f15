// Documented long run (issue 6): the page plays the timeline in a loop for N minutes with filter and view changes,
// sampling the JS and WASM heap once a minute. Usage: node tests/perf/soak.mjs [minutes=10]
// Reports figures; it is not part of the default tests.
import { launch, startServer } from '../e2e/browser.mjs';

const minutes = Number(process.argv[2] || 10);
const browser = await launch();
const { server, url } = await startServer();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`${url}#t=2012-01-01`);
while (!(await page.evaluate(() => window.rift && window.rift.stats().firstFrameMs !== null))) await page.waitForTimeout(100);
await page.evaluate(() => window.rift.setState({ play: true }));
const views = ['timeline', 'map', 'compare', 'vendors', 'events'];
const filters = [{}, { actor: ['CN'] }, { measure: ['app_ban', 'export_control'] }, { q: 'huawei' }, { actor: [], measure: [], q: '' }];
const samples = [];
const start = Date.now();
for (let minute = 0; minute <= minutes; minute++) {
  const s = await page.evaluate(() => ({
    wasm: window.Module.HEAPU8.length,
    js: performance.memory ? performance.memory.usedJSHeapSize : 0,
    frames: window.rift.stats().framesDrawn,
  }));
  samples.push(s);
  console.log(`minute ${minute}: wasm heap ${(s.wasm / 1048576).toFixed(1)} MB, JS heap ${(s.js / 1048576).toFixed(1)} MB, frames ${s.frames}`);
  if (minute === minutes) break;
  const until = start + (minute + 1) * 60000;
  let k = 0;
  while (Date.now() < until) {
    // Every change restarts playback from 2012, so the timeline keeps playing for the whole run.
    await page.evaluate(([v, f]) => window.rift.setState(Object.assign({ view: v, t: '2012-01-01', play: true }, f)),
                        [views[k % views.length], filters[k % filters.length]]);
    k++;
    await page.waitForTimeout(5000);
  }
}
const first = samples[1] || samples[0], last = samples[samples.length - 1];
console.log(`soak: ${minutes} min, ${last.frames} frames, wasm heap ${(first.wasm / 1048576).toFixed(1)} -> ${(last.wasm / 1048576).toFixed(1)} MB, ` +
            `JS heap ${(first.js / 1048576).toFixed(1)} -> ${(last.js / 1048576).toFixed(1)} MB, page errors ${errors.length}`);
await browser.close();
server.close();
