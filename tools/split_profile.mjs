// Which functions the first view runs, for the split of the page's code (docs/PERFORMANCE.md, "The deferred code").
//
//   node tools/split_profile.mjs [WEB_BUILD_DIR] [KEEP_LIST]
//
// The web build keeps two copies of the whole code (src/app/CMakeLists.txt): split/rift.orig.wasm, with its
// function names, and split/rift.instrumented.wasm, the same code counting which functions run (binaryen's
// wasm-split --instrument). This serves the built page with the counting code in place of rift.wasm and opens it
// the way readers first see it: the default view on a desktop (light, dark at 2×), a wide window, a small window and a
// phone (2×, touch), and permalinks to the timeline (web/poster.js starts these on rift.wasm's part too: filters,
// a selected event, an embed in German, a search on a phone, and values the app refuses). When the page asks for its
// deferred code (rift.deferred.wasm, after the first frame) that request is held while the pointer moves over the
// view, the wheel scrolls it and the page's figures are asked for. What ran until then is the first view's code: wasm-split reads the profiles and names the functions, and those names (one
// per line, sorted) go to KEEP_LIST (default src/app/split-keep.txt), which the build's split keeps in rift.wasm;
// everything else goes to rift.deferred.wasm.
//
// Run it after a change to what the first view runs, when the smoke tests (tests/e2e/smoke.test.mjs) say the list is
// stale; then rebuild (bash scripts/build.sh).
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const buildDir = resolve(process.argv[2] || 'build/web');
const keepList = resolve(process.argv[3] || 'src/app/split-keep.txt');
const pageDir = join(buildDir, 'src/app'), splitDir = join(buildDir, 'split');
const work = mkdtempSync(join(tmpdir(), 'rift-split-'));
const served = join(work, 'page');
cpSync(pageDir, served, { recursive: true });
copyFileSync(join(splitDir, 'rift.instrumented.wasm'), join(served, 'rift.wasm'));
rmSync(join(served, 'rift.deferred.wasm'), { force: true });

// The data's own version, as the app writes it into the address (an older one opens "what changed since").
const version = JSON.parse(readFileSync(join(pageDir, 'data/events.json'), 'utf8')).version;
const scenarios = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, scale: 1 },
  { name: 'desktop-dark', viewport: { width: 1440, height: 900 }, scale: 2, query: '?theme=dark' },
  { name: 'wide', viewport: { width: 1920, height: 960 }, scale: 1 },
  { name: 'phone', viewport: { width: 390, height: 844 }, scale: 2, options: { isMobile: true, hasTouch: true } },
  { name: 'small-window', viewport: { width: 1024, height: 700 }, scale: 1 },
  { name: 'pl-filters', viewport: { width: 1440, height: 900 }, scale: 1,
    query: `#view=timeline&from=2018&to=2021-06&actor=US%2CGB&measure=export_control,entity_listing&v=${version}` },
  { name: 'pl-event', viewport: { width: 1440, height: 900 }, scale: 1,
    query: '#event=cn-2014-05-16-windows8-procurement-ban&t=2014-05-20&span=2014-01-01..2015-01-01' },
  { name: 'pl-embed', viewport: { width: 640, height: 480 }, scale: 2,
    query: '#embed=1&vendor=huawei&target=CN&title=Huawei%20bans&lang=de' },
  { name: 'pl-q', viewport: { width: 390, height: 844 }, scale: 2, options: { isMobile: true, hasTouch: true },
    query: '?q=tiktok&theme=dark&sector=government&status=in_force' },
  { name: 'pl-bad', viewport: { width: 1440, height: 900 }, scale: 1,
    query: '#from=2019-13&to=x&actor=XX&measure=nonsense&event=no-such-event&t=garbage&span=x..y&lang=fr&exact=2&view=timeline' },
];

const server = await serve(served, 0, '127.0.0.1');
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const profiles = [];
try {
  for (const s of scenarios) {
    const context = await browser.newContext({ viewport: s.viewport, deviceScaleFactor: s.scale, ...(s.options || {}) });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The page asks for its deferred code once the first view is up: hold that request while the reader moves
    // over it, then take the profile. (This build has no deferred code: the request then fails, as it would.)
    let asked;
    const deferredAsked = new Promise((r) => { asked = r; });
    let release;
    const released = new Promise((r) => { release = r; });
    await page.route('**/rift.deferred.wasm', async (route) => { asked(); await released; await route.abort(); });
    await page.goto(url + (s.query || ''));
    await Promise.race([deferredAsked, new Promise((_, no) => setTimeout(() => no(new Error(
      `${s.name}: the page never asked for rift.deferred.wasm: ${errors.join('; ')}`)), 60000))]);
    // A reader's first moves over the first view: the pointer across it, a tap, a scroll.
    const { width, height } = s.viewport;
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(width * i / 9, height * (0.2 + 0.07 * i), { steps: 3 });
      await page.waitForTimeout(60);
    }
    await page.mouse.wheel(0, 120);
    // The tests and the probe ask for the page's figures from the start (window.rift.stats()).
    await page.evaluate(() => window.rift.stats());
    await page.waitForTimeout(300);
    const bytes = await page.evaluate(() => {
      const M = window.Module, size = 1 << 20, at = M._malloc(size);
      const n = M.asm.__write_profile(at, size);
      return Array.from(M.HEAPU8.subarray(at, at + n));
    });
    if (errors.length) throw new Error(`${s.name}: ${errors.join('; ')}`);
    const file = join(work, `${s.name}.prof`);
    writeFileSync(file, Buffer.from(bytes));
    profiles.push(file);
    release();
    await context.close();
    console.log(`split_profile: ${s.name}: ${bytes.length} bytes of profile`);
  }
} finally {
  await browser.close();
  server.close();
}

// wasm-split names what the profiles saw run: a line "Keeping functions: a, b, ..." (names escaped as binaryen
// keeps them, a comma inside one as \2c), then "Splitting out functions: ...".
const merged = join(work, 'merged.prof');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);
const out = execFileSync('wasm-split', ['--split', join(splitDir, 'rift.orig.wasm'), `--profile=${merged}`, '--verbose',
                                        '--enable-mutable-globals', '-o1', join(work, 'a.wasm'), '-o2', join(work, 'b.wasm')],
                         { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const listed = (label) => {
  const line = out.split('\n').find((l) => l.startsWith(label + ': '));
  if (line === undefined) throw new Error('split_profile: unexpected wasm-split output:\n' + out.slice(0, 2000));
  return line.slice(label.length + 2).split(', ').map((n) => n.trim()).filter(Boolean);
};
const keep = [...new Set(listed('Keeping functions'))].sort();
const split = listed('Splitting out functions');
writeFileSync(keepList, keep.join('\n') + '\n');
console.log(`split_profile: ${keep.length} functions kept, ${split.length} deferred -> ${keepList}`);
rmSync(work, { recursive: true, force: true });
