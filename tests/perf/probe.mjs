// Browser probe for the page's budgets (issue 8): bytes per file, time to first frame (unthrottled and slow 4G),
// frame CPU time during playback (built-in and 1M synthetic events) on the timeline and the Cascades view, idle
// frames per second, WASM heap.
// Usage: node tests/perf/probe.mjs [--runs 5] [--json build/perf/probe.json] [--first-frame-only] [--cascade-only]
// (--cascade-only: the Cascades view's frames alone)
// Prints a table; timings are reported, never asserted (they are noisy, and WebGL runs on SwiftShader here).
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { launch, startServer, loaded, WEB_DIR } from '../e2e/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('--runs', 5));
const OUT = opt('--json', 'build/perf/probe.json');

// Files the first view needs, in the order the page asks for them.
export const FIRST_VIEW = ['index.html', 'rift.css', 'bridge.js', 'rift.js', 'rift.wasm', 'data/events.first.bin',
  'assets/fonts.bin'];
// Fetched right after the first frame: the events' titles (data/events.titles.txt), the rest of the code
// (rift.deferred.wasm: what the first view does not run), the full dataset (the summaries and sources) and the fonts
// for scripts only those use, and the controls for a screen reader and the keyboard (access.js).
export const AFTER_FIRST_VIEW = ['data/events.titles.txt', 'rift.deferred.wasm', 'data/events.json',
  'assets/fonts-extra.bin', 'access.js'];
export const CODE = new Set(['index.html', 'bridge.js', 'rift.js', 'rift.wasm']);

export function sizes(dir = WEB_DIR, files = FIRST_VIEW) {
  return files.map((f) => {
    const bytes = readFileSync(join(dir, f));
    // Pictures go out as they are (tools/serve.mjs, as static hosts do).
    if (/\.(avif|webp|png)$/.test(f)) return { file: f, raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
    return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
             brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
}

// tools/serve.mjs compresses each file once, when it is first asked for (static hosts compress ahead): ask for every
// file the probe's loads fetch, in both encodings, before any load is timed, so that no load waits for brotli 11.
export async function warm(url) {
  const posters = readdirSync(join(WEB_DIR, 'assets')).filter((f) => f.startsWith('poster-')).map((f) => `assets/${f}`);
  for (const f of [...FIRST_VIEW, ...AFTER_FIRST_VIEW, ...posters]) {
    for (const enc of ['br', 'gzip']) await (await fetch(new URL(f, url), { headers: { 'Accept-Encoding': enc } })).arrayBuffer();
  }
}

// An embed's permalink to a filtered timeline, as a host page writes it with URLSearchParams (%2C between values).
const PERMALINK = '#view=timeline&actor=US&measure=export_control%2Centity_listing&from=2018&embed=1';

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : NaN; };

// Network profiles for navigation -> first frame. 'slow4g' is issue 8's: 150 ms round trip, 1.6 Mbps down, 750 kbps
// up, CPU 4x slower. 'lighthouse' is Lighthouse's DevTools-throttling variant of slow 4G, which stretches the latency
// to 562.5 ms per request and the bandwidth to 1.47 Mbps to stand in for packet-level effects: reported for scale.
export const PROFILES = {
  slow4g: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8, cpu: 4 },
  lighthouse: { latency: 562.5, down: 1.4744 * 1024 * 1024 / 8, up: 675 * 1024 / 8, cpu: 4 },
};

// One load: navigation to the first live frame, drawn (`nav`) and on screen (`shown`, the page's firstFrameShownAt),
// and to the poster (web/poster.js, where the URL gets one), which files had arrived by the frame, and when the full
// dataset was in. `device`: the viewport and pixel density.
export const DEVICES = {
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
async function firstFrame(browser, url, profile, device = DEVICES.desktop) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency,
      downloadThroughput: profile.down, uploadThroughput: profile.up });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.goto(url);
  const deadline = Date.now() + 120000;
  let r = null;
  while (Date.now() < deadline) {
    r = await page.evaluate(() => { const s = window.rift && window.rift.stats(); return s && s.firstFrameShownAt !== null
      ? { nav: s.firstFrameAt, shown: s.firstFrameShownAt, main: s.firstFrameMs,
          // The WebGL context, where main() had to make it (the code was in before the page made it).
          context: s.contextAt >= s.firstFrameAt - s.firstFrameMs ? s.contextMs : 0,
          poster: window.riftPoster ? window.riftPoster.shownAt : null,
          parts: s.firstFrameParts,
          files: Object.fromEntries(performance.getEntriesByType('resource').map((e) =>
            [e.name.replace(location.origin + location.pathname, ''), Math.round(e.responseEnd)])) } : null; });
    if (r) break;
    await page.waitForTimeout(20);
  }
  // The poster's paint, as the browser timed it (Element Timing), where there is one.
  if (r && r.poster != null) {
    const painted = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.identifier === 'poster');
        resolve(e ? e.renderTime || e.loadTime : null);
      }).observe({ type: 'element', buffered: true });
      setTimeout(() => resolve(null), 1000);
    }));
    if (painted) r.poster = painted;
  }
  // Then the full dataset (summaries and sources), which the page fetches after its first frame.
  while (r && r.full == null && Date.now() < deadline) {
    r.full = await page.evaluate(() => window.rift.stats().fullDataAt);
    if (r.full == null) await page.waitForTimeout(20);
  }
  await context.close();
  return r;
}

async function playback(browser, url, synthetic) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  while (!(await loaded(page))) await page.waitForTimeout(50);  // frames drawn while loading are not idle
  if (synthetic) {
    await page.evaluate((n) => window.rift._call('synthetic', String(n)), synthetic);
    await page.waitForTimeout(500);
  }
  const heapBefore = await page.evaluate(() => window.Module.HEAPU8.length);
  // Idle: frames drawn over two quiet seconds.
  await page.waitForTimeout(500);
  const f0 = await page.evaluate(() => window.rift.stats().framesDrawn);
  await page.waitForTimeout(2000);
  const idleFps = (await page.evaluate(() => window.rift.stats().framesDrawn) - f0) / 2;
  const samples = await samplePlayback(page);
  const heap = await page.evaluate(() => window.Module.HEAPU8.length);
  await context.close();
  return { idleFps, frames: samples.length, median: median(samples), p95: p95(samples), heapMB: Math.max(heap, heapBefore) / 1048576 };
}

// Playback: sample our frame time (inside the frame function, up to ImGui::Render) each frame for four seconds.
async function samplePlayback(page) {
  return page.evaluate(async () => {
    window.rift.setState({ t: '2012-01-01', play: true });
    const out = [];
    let last = window.rift.stats().framesDrawn;
    const end = performance.now() + 4000;
    while (performance.now() < end) {
      await new Promise((r) => requestAnimationFrame(r));
      const s = window.rift.stats();
      if (s.framesDrawn !== last) { out.push(s.lastFrameMs); last = s.framesDrawn; }
    }
    window.rift.setState({ play: false });
    return out;
  });
}

// The Cascades view (issue 20): the frame that works out two cascades after switching to the view (TikTok's and
// DeepSeek's by company; vendor-0's and vendor-1's in synthetic data), then frame CPU while playback runs (the view
// draws every frame then; its answer does not follow the cursor, so this is its drawing).
async function cascadeView(browser, url, synthetic) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  while (!(await loaded(page))) await page.waitForTimeout(50);
  if (synthetic) {
    await page.evaluate((n) => window.rift._call('synthetic', String(n)), synthetic);
    await page.waitForTimeout(500);
  }
  const vendor = synthetic ? ['vendor-0', 'vendor-1'] : ['tiktok', 'deepseek'];
  const switchMs = await page.evaluate(async (v) => {
    const before = window.rift.stats().framesDrawn;
    window.rift.setState({ view: 'cascade', vendor: v, families: true });
    while (window.rift.stats().framesDrawn < before + 1) await new Promise((r) => requestAnimationFrame(r));
    return window.rift.stats().lastFrameMs;
  }, vendor);
  const samples = await samplePlayback(page);
  await context.close();
  return { switchMs, frames: samples.length, median: median(samples), p95: p95(samples) };
}

async function printCascades(browser, url) {
  for (const [label, n, budget] of [['built-in data', 0, 4], ['1M synthetic', 1000000, 12]]) {
    const c = await cascadeView(browser, url, n);
    console.log(`cascade view, ${label}: switching to it ${c.switchMs.toFixed(1)} ms (the cascades worked out); ` +
                `then ${c.frames} frames, frame CPU median ${c.median.toFixed(2)} ms, p95 ${c.p95.toFixed(2)} ms (budget ${budget} ms)`);
  }
}

async function main() {
  const table = sizes();
  const total = (k, only) => table.filter((r) => !only || only.has(r.file)).reduce((s, r) => s + r[k], 0);
  console.log('file                    raw      gzip    brotli');
  const row = (r) => `${r.file.padEnd(22)} ${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)} ${String(r.brotli).padStart(8)}`;
  for (const r of table) console.log(row(r));
  console.log(`code (html, js, wasm)  ${String(total('raw', CODE)).padStart(8)} ${String(total('gzip', CODE)).padStart(8)} ${String(total('brotli', CODE)).padStart(8)}   budget 200 KB gzip`);
  console.log(`first view (all)       ${String(total('raw')).padStart(8)} ${String(total('gzip')).padStart(8)} ${String(total('brotli')).padStart(8)}   budget 500 KB gzip`);
  console.log('after the first frame:');
  for (const r of sizes(WEB_DIR, AFTER_FIRST_VIEW)) console.log(row(r));

  const browser = await launch();
  const { server, url } = await startServer();
  if (args.includes('--cascade-only')) { await printCascades(browser, url); await browser.close(); server.close(); return; }
  await warm(url);
  const fast = [], slow = [], slowPhone = [], slowLink = [], slowGerman = [], slowOther = [], lighthouse = [];
  const slowRuns = Math.max(2, Math.ceil(RUNS / 2));
  for (let i = 0; i < RUNS; i++) fast.push(await firstFrame(browser, url, null));
  for (let i = 0; i < slowRuns; i++) slow.push(await firstFrame(browser, url, PROFILES.slow4g));
  for (let i = 0; i < slowRuns; i++) slowPhone.push(await firstFrame(browser, url, PROFILES.slow4g, DEVICES.phone));
  // Permalinks, which get no poster: an embed of the timeline, filtered (its first frame runs only rift.wasm's part
  // of the code), and another view (all of the code before its first frame).
  for (let i = 0; i < slowRuns; i++) slowLink.push(await firstFrame(browser, url + PERMALINK, PROFILES.slow4g));
  // A page that opens in German waits for its German text (assets/de.bin, which the code leaves out) too.
  for (let i = 0; i < slowRuns; i++) slowGerman.push(await firstFrame(browser, url + '#lang=de', PROFILES.slow4g));
  for (let i = 0; i < slowRuns; i++) slowOther.push(await firstFrame(browser, url + '#view=compare', PROFILES.slow4g));
  for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 2)); i++) lighthouse.push(await firstFrame(browser, url, PROFILES.lighthouse));
  // Issue 21's goals, every load's figure (slow 4G + 4x CPU; the page with no state, so with its poster).
  const every = (runs, f) => runs.filter(Boolean).map((r) => f(r) == null ? 'none' : Number(f(r)).toFixed(0)).join(', ');
  const poster = (r) => r.poster ?? r.nav;
  // The bytes before the first live frame: the files that had arrived by then (the page itself too), by their
  // sizes compressed as a static host sends them.
  const before = (r) => ['index.html', ...Object.keys(r.files).filter((f) => r.files[f] <= r.nav)];
  const bytesBefore = (r, k) => sizes(WEB_DIR, before(r)).reduce((sum, x) => sum + x[k], 0);
  for (const [label, runs] of [['desktop 1440x900 @1x', slow], ['phone 390x844 @2x', slowPhone]]) {
    console.log(`goals, ${label}, slow 4G + 4x CPU, every load:`);
    console.log(`  1. first pixels (the poster, else the first frame): ${every(runs, poster)} ms (goal <= 1000)`);
    console.log(`  2. first live frame on screen: ${every(runs, (r) => r.shown)} ms (goal <= 2000); ` +
                `drawn at ${every(runs, (r) => r.nav)} ms`);
    console.log(`  3. bytes before it: ${every(runs, (r) => bytesBefore(r, 'gzip'))} gzip, ` +
                `${every(runs, (r) => bytesBefore(r, 'brotli'))} brotli (goal <= 260 KB gzip); ` +
                `files: ${before(runs[0]).join(' ')}`);
  }
  console.log(`  4. main() to the first frame, unthrottled desktop: ${every(fast, (r) => r.main)} ms (goal <= 100); ` +
              `of which the browser making the WebGL context ${every(fast, (r) => r.context)} ms, ` +
              `the rest ${every(fast, (r) => r.main - r.context)} ms`);
  for (const [label, runs] of [[PERMALINK, slowLink], ['#lang=de', slowGerman], ['#view=compare', slowOther]]) {
    console.log(`  permalink ${label} (no poster, desktop, slow 4G): first live frame on screen ${every(runs, (r) => r.shown)} ms, ` +
                `${every(runs, (r) => bytesBefore(r, 'gzip'))} bytes gzip before it`);
  }
  const ms = (a, k) => median(a.filter(Boolean).map((r) => r[k])).toFixed(0);
  // The loads' spread beside each median: timings on a shared machine move by tens of milliseconds from load to load.
  const range = (a, k) => {
    const v = a.filter(Boolean).map((r) => r[k]).filter(Number.isFinite);
    return v.length ? `${Math.min(...v).toFixed(0)}-${Math.max(...v).toFixed(0)} over ${v.length} loads` : 'no loads';
  };
  console.log(`first frame, from main(): median ${ms(fast, 'main')} ms (${range(fast, 'main')}; budget 100 ms)`);
  // Where it went (medians): GL context and ImGui backends (init), font atlas (fonts), parsing and indexing the
  // dataset (load), our first frame's CPU (frame); the fonts' and the data's arrival times; the rest is the
  // browser (WebGL shader and texture setup on the first frame, scheduling).
  const partOf = (runs, k, digits) => median(runs.filter((r) => r && r.parts).map((r) => r.parts[k])).toFixed(digits);
  const part = (k) => partOf(fast, k, 1);
  console.log(`  of which: init ${part('init')} ms, fonts ${part('fonts')} ms (arrived at ${part('fontsAt')} ms), ` +
              `load ${part('load')} ms (data arrived at ${part('dataAt')} ms), first data frame CPU ${part('frame')} ms, its GL submission ${part('submit')} ms`);
  console.log(`first frame on screen, from navigation: median ${ms(fast, 'shown')} ms unthrottled; ${ms(slow, 'shown')} ms slow 4G + 4x CPU ` +
              `(${range(slow, 'shown')}; budget 2500 ms); ` +
              `${ms(lighthouse, 'shown')} ms with Lighthouse's slow 4G`);
  console.log(`full data (summaries and sources) in: median ${ms(fast, 'full')} ms unthrottled; ${ms(slow, 'full')} ms slow 4G`);
  // When each file had arrived under slow 4G (median ms from navigation), and our own startup's parts there.
  const arrived = (runs) => Object.keys(runs[0]?.files || {}).map((f) =>
    `${f} ${median(runs.filter(Boolean).map((r) => r.files[f] ?? NaN)).toFixed(0)}`).join(', ');
  const slowPart = (k) => partOf(slow, k, 0);
  console.log(`  slow 4G: files arrived at ${arrived(slow)} ms; main() ${ms(slow, 'main')} ms, of which init ${slowPart('init')}, ` +
              `fonts ${slowPart('fonts')}, load ${slowPart('load')}, first data frame CPU ${slowPart('frame')}, its GL submission ${slowPart('submit')} ms`);
  if (args.includes('--first-frame-only')) { await browser.close(); server.close(); return; }
  const builtIn = await playback(browser, url, 0);
  console.log(`playback, built-in data: ${builtIn.frames} frames, frame CPU median ${builtIn.median.toFixed(2)} ms, p95 ${builtIn.p95.toFixed(2)} ms (budget 4 ms); idle ${builtIn.idleFps} fps; heap ${builtIn.heapMB.toFixed(1)} MB (budget 32 MB)`);
  const million = await playback(browser, url, 1000000);
  console.log(`playback, 1M synthetic: ${million.frames} frames, frame CPU median ${million.median.toFixed(2)} ms, p95 ${million.p95.toFixed(2)} ms (budget 12 ms); idle ${million.idleFps} fps; heap ${million.heapMB.toFixed(1)} MB (budget 256 MB)`);
  await printCascades(browser, url);
  await browser.close();
  server.close();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), sizes: table, firstFrame: { fast, slow, slowPhone, slowLink, lighthouse }, builtIn, million }, null, 1));
  console.log(`written ${OUT}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
