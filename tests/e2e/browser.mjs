// Shared by the browser tests: Debian's Chromium through playwright-core, WebGL on SwiftShader, and the page server.
import { before, after } from 'node:test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from '../../tools/chromium.mjs';
import { serve } from '../../tools/serve.mjs';
import { decodePng, pictureStats } from './png.mjs';

export const WEB_DIR = process.env.RIFT_WEB_DIR || 'build/web/src/app';
export const SHOTS = process.env.RIFT_SHOTS || 'build/shots';
// No built page, no browser tests: they fail here and say how to build it (a skipped suite looks like a green one).
if (!existsSync(`${WEB_DIR}/index.html`) || !existsSync(`${WEB_DIR}/rift.wasm`))
  throw new Error(`no built page in ${WEB_DIR}: build it with 'bash scripts/build.sh' (or set RIFT_WEB_DIR)`);

// The built-in dataset as the page serves it: counts in assertions come from here, never from a number in a test.
export function servedEvents() {
  return JSON.parse(readFileSync(`${WEB_DIR}/data/events.json`, 'utf8')).events;
}
// The served dataset's version (what the app writes as v=).
export function servedVersion() {
  return JSON.parse(readFileSync(`${WEB_DIR}/data/events.json`, 'utf8')).version;
}

export async function launch() {
  return launchChromium();
}

// One browser and one server for a test file: returns an object whose fields are filled before the first test.
export function sharedBrowser() {
  const env = {};
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    env.browser = await launch();
    ({ server: env.server, url: env.url } = await startServer());
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

export async function startServer() {
  const server = await serve(WEB_DIR, 0, '127.0.0.1', { '/fixtures/': 'tests/fixtures' });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Whether the page has everything: the first frame is drawn, and the full dataset and the extra fonts (fetched
// after it, each drawing a few frames when it comes) are in.
export async function loaded(page) {
  return page.evaluate(() => { const s = window.rift && window.rift.stats();
                               return !!s && s.firstFrameMs !== null && s.fullDataAt !== null && s.fontsComplete; });
}

// Opens the page and waits until it has loaded everything (loaded()); collects console errors.
// `options` adds to the browser context's (e.g. { hasTouch: true, isMobile: true } for a phone).
// options: the browser context's, and `route: [glob, handler]` for requests the test answers itself.
export async function openRift(browser, url, viewport = { width: 1440, height: 900 }, deviceScaleFactor = 1, options = {}) {
  const { route, ...contextOptions } = options;
  const context = await browser.newContext({ viewport, deviceScaleFactor, ...contextOptions });
  const page = await context.newPage();
  if (route) await page.route(...route);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await waitLoaded(page, errors);
  return { page, context, errors };
}

// Waits until loaded(page) (after a navigation or a reload).
export async function waitLoaded(page, errors = []) {
  // page.waitForFunction evaluates strings, which the page's Content-Security-Policy forbids: poll instead.
  const deadline = Date.now() + 60000;
  while (!(await loaded(page))) {
    if (Date.now() > deadline) throw new Error('no first frame within 60 s: ' + errors.join('; '));
    await page.waitForTimeout(50);
  }
}

// Calls into the page's app and returns its parsed answer (see src/app/host_api.cpp).
export async function ui(page) {
  return page.evaluate(() => {
    const M = window.Module;
    const p = [M.allocateUTF8('ui'), M.allocateUTF8(''), M.allocateUTF8('')];
    const out = M._rift_call(p[0], p[1], p[2]);
    p.forEach((x) => M._free(x));
    const text = M.UTF8ToString(out);
    M._free(out);
    return JSON.parse(text);
  });
}

// How many frames the page has drawn (a query: asking does not wake the loop).
export function framesDrawn(page) {
  return page.evaluate(() => window.rift.stats().framesDrawn);
}

// Where a named control is, once the page has drawn it and it has stopped moving: the control a click opens (a menu
// item, a row that expands) is drawn a frame or more after the click, later still on a busy machine, and a popup
// settles its size (a panel its scroll) over a few frames. "Still" means the same rectangle in two more frames drawn
// after it, or in a page that has stopped drawing. Waits for that, not for a guessed time; fails naming what is there.
export async function controlRect(page, name, ms = 15000) {
  const deadline = Date.now() + ms;
  const frames = () => framesDrawn(page);
  let last = null, lastFrame = -1, moved = 0, idle = 0;
  for (;;) {
    const frame = await frames();
    const u = await ui(page);
    const r = u.rects[name];
    if (r && last && r.join() === last.join()) {
      if (frame === lastFrame) idle++;
      else { moved++; idle = 0; }
      if (moved >= 2 || idle >= 3) return r;
    } else moved = idle = 0;
    last = r || null;
    lastFrame = frame;
    if (Date.now() > deadline)
      throw new Error(`no control named ${name}${r ? ' that stays still' : ''}; known: ${Object.keys(u.rects).join(', ')}`);
    await page.waitForTimeout(40);
  }
}

// Clicks a named control on the canvas (its rectangle is in framebuffer pixels); { touch: true } taps it with a
// finger instead (the context needs hasTouch), as a phone does.
export async function clickControl(page, name, { touch = false } = {}) {
  const r = await controlRect(page, name);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const box = await page.locator('#canvas').boundingBox();
  const x = box.x + (r[0] + r[2] / 2) / dpr, y = box.y + (r[1] + r[3] / 2) / dpr;
  const frames = () => framesDrawn(page);
  // Each step waits for a frame that saw it (input wakes the paused loop): ImGui sees the pointer arrive, the press
  // and the release in frames of their own, however busy the machine is, and the frame that acts on the click.
  const step = async (action) => {
    const n = await frames();
    await action();
    for (let i = 0; i < 250 && (await frames()) <= n; i++) await page.waitForTimeout(20);
  };
  if (touch) {
    await step(() => page.touchscreen.tap(x, y));
  } else {
    await step(() => page.mouse.move(x, y));
    await step(() => page.mouse.down());
    await step(() => page.mouse.up());
  }
  // Then what the click asked for is drawn (a dialog or a menu opens and settles its size over a few frames): until
  // the loop goes idle, or for 600 ms of frames if something keeps moving (playback started).
  const deadline = Date.now() + 600;
  for (let last = await frames(), quiet = 0; quiet < 4 && Date.now() < deadline; ) {
    await page.waitForTimeout(25);
    const now = await frames();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

// Waits until the page has drawn what it was asked and gone idle: the frame count stops moving (the loop pauses
// after a few quiet frames), then checks nothing is pending. A condition, not a guess at how long drawing takes.
export async function settled(page, ms = 20000) {
  const deadline = Date.now() + ms;
  const frames = () => framesDrawn(page);
  let last = await frames();
  for (let same = 0; same < 4; ) {
    if (Date.now() > deadline) throw new Error(`the page kept drawing for ${ms} ms`);
    await page.waitForTimeout(50);
    const now = await frames();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

// Switches to a view through the host API and waits until it is drawn: the app reports the view, the Map has its
// geometry (fetched on first use), and the frames have settled.
export async function showView(page, state) {
  await page.evaluate((s) => window.rift.setState(s), state);
  const want = state.view;
  for (let i = 0; ; i++) {
    const u = await ui(page);
    if ((!want || u.view === want) && (want !== 'map' || u.world)) break;
    if (i > 400) throw new Error(`view ${want} not drawn: ${u.view}, world ${u.world}`);
    await page.waitForTimeout(50);
  }
  await settled(page);
}

// Waits until pred(u) holds for the app's report of its last frame (ui(page)), and returns that report.
export async function uiUntil(page, pred, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const u = await ui(page);
    if (pred(u)) return u;
    if (Date.now() > deadline) throw new Error('timed out waiting for ' + pred.toString());
    await page.waitForTimeout(50);
  }
}

// Waits until fn() (run in the page) is true.
export async function until(page, fn, arg, ms = 10000) {
  const deadline = Date.now() + ms;
  // A frame may still be navigating from about:blank to its page: its old context goes away under the call.
  const check = () => page.evaluate(fn, arg).catch((e) => {
    if (/Execution context was destroyed|navigat/i.test(String(e)) && Date.now() < deadline) return false;
    throw e;
  });
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for ' + fn.toString());
    await page.waitForTimeout(50);
  }
}

// True when the canvas shows a drawn view: its decoded pixels hold many colours and a good share of them differ
// from the background (a blank or single-colour canvas, or one with a line of text, does not pass).
export async function canvasIsDrawn(page) {
  const { colours, drawn } = pictureStats(decodePng(await page.locator('#canvas').screenshot()));
  return colours >= 12 && drawn >= 0.03;
}
