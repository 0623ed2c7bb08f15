// A phone that scrolls (issue 16, item 5): swipes scroll lists with inertia, a tap's tooltip clears, the map takes
// two taps to filter, and in an article a vertical swipe outside Rift's lists and plots scrolls the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openRift, until, ui, settled as idle, SHOTS, uiUntil } from './browser.mjs';

const env = sharedBrowser();
const phone = { hasTouch: true, isMobile: true };

// A finger through the DevTools protocol (real touch events, with the browser's own gesture handling).
function finger(cdp) {
  const send = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  return {
    // The last moves and the release are sent together, as a flick is: on a busy test machine awaiting each one
    // leaves more time between the last move and the release than a finger would.
    async swipe(x, y0, y1, steps = 8) {
      await send('touchStart', x, y0);
      for (let k = 1; k < steps - 1; k++) await send('touchMove', x, y0 + ((y1 - y0) * k) / steps);
      await Promise.all([send('touchMove', x, y0 + ((y1 - y0) * (steps - 1)) / steps), send('touchMove', x, y1), send('touchEnd')]);
    },
    async tap(x, y) { await send('touchStart', x, y); await send('touchEnd'); },
  };
}

async function framesPass(page, n) {
  const before = await page.evaluate(() => window.rift.stats().framesDrawn);
  await until(page, (want) => window.rift.stats().framesDrawn >= want, before + n);
}

async function scrollAt(page, x, y) {
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const box = await page.locator('#canvas').boundingBox();
  return page.evaluate(([fx, fy]) => {
    const M = window.Module;
    const p = [M.allocateUTF8('scrollAt'), M.allocateUTF8(`${fx},${fy}`), M.allocateUTF8('')];
    const out = M._rift_call(p[0], p[1], p[2]);
    p.forEach((q) => M._free(q));
    const v = Number(M.UTF8ToString(out));
    M._free(out);
    return v;
  }, [(x - box.x) * dpr, (y - box.y) * dpr]);
}

test('a phone: a swipe scrolls the events list and it glides on; the map takes two taps; tooltips clear', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}#view=events`, { width: 390, height: 844 }, 2, phone);
  const cdp = await context.newCDPSession(page);
  const f = finger(cdp);
  const x = 195, y = 520;
  assert.equal(await scrollAt(page, x, y), 0, 'the list starts at the top');
  await f.swipe(x, y + 150, y - 150);
  await framesPass(page, 2);
  const released = await scrollAt(page, x, y);
  assert.ok(released >= 200, `the list followed the finger (${released} px at twice the density)`);
  // It keeps moving after the finger left, then stops.
  let last = released, settled = 0;
  for (let i = 0; i < 100 && settled < 5; i++) {
    await page.waitForTimeout(50);
    const now = await scrollAt(page, x, y);
    settled = now === last ? settled + 1 : 0;
    last = now;
  }
  assert.ok(last > released + 20, `the list glided on after the release (${released} → ${last})`);
  assert.equal((await page.evaluate(() => window.rift.getState())).event, '', 'a swipe selects nothing');
  // A swipe down brings it back.
  await f.swipe(x, y - 200, y + 300, 12);
  await idle(page);  // the glide has stopped
  assert.ok(await scrollAt(page, x, y) < last, 'a swipe down scrolls back');

  // The map: the first tap on a country shows it, the second filters by it; the tooltip of a tap does not stay.
  await page.evaluate(() => { location.hash = 'view=map'; });
  await until(page, () => window.rift.getState().view === 'map');
  let u = await ui(page);
  for (let i = 0; i < 100 && !u.rects['map-canvas']; i++) { await page.waitForTimeout(100); u = await ui(page); }
  const r = u.rects['map-canvas'];
  assert.ok(r, 'the map is drawn');
  const dpr = 2, box = await page.locator('#canvas').boundingBox();
  // Somewhere in central Africa (the map shows the whole world at first): land, whatever the projection's margins.
  const at = { x: box.x + (r[0] + r[2] * 0.55) / dpr, y: box.y + (r[1] + r[3] * 0.5) / dpr };
  await f.tap(at.x, at.y);
  await uiUntil(page, (u) => u.armed);
  const armed = (await ui(page)).armed;
  assert.ok(armed, 'the first tap shows a country');
  await idle(page);  // the pointer has left by now (two frames after the tap), and the page is still
  assert.equal((await ui(page)).tooltip, true, "the tapped country's tooltip stays");
  assert.deepEqual((await page.evaluate(() => window.rift.getState())).actor, [], 'and does not filter yet');
  await page.screenshot({ path: `${SHOTS}/web-phone-map-tapped.png` });
  await f.tap(at.x, at.y);
  await until(page, (code) => JSON.stringify(window.rift.getState().actor) === JSON.stringify([code]), armed);
  assert.equal((await ui(page)).armed, '');
  // After a tap the pointer leaves the canvas: the tooltip under the finger does not stay.
  await uiUntil(page, (u) => !u.tooltip);
  assert.equal((await ui(page)).tooltip, false, 'no tooltip after the tap');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in an article on a phone, a vertical swipe on the embed outside its lists and plot scrolls the article', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, ...phone });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.url}examples/may-2014.html`);
  await until(page, () => window.riftReady === true, null, 60000);
  const frame = page.frames().find((fr) => fr !== page.mainFrame());
  await until(frame, () => window.rift && window.rift.stats().firstFrameMs !== null, null, 60000);
  const box = await page.locator('iframe').boundingBox();
  assert.ok(box && box.height > 200, 'the embed is on screen');
  const cdp = await context.newCDPSession(page);
  const f = finger(cdp);
  const scrolled = () => page.evaluate(() => window.scrollY);
  const start = await scrolled();
  // On the embed's header (its title row): nothing there scrolls, so the swipe is the article's.
  const hx = box.x + box.width / 2, hy = box.y + 12;
  await f.swipe(hx, hy, hy - 150, 10);
  for (let i = 0; i < 40 && (await scrolled()) === start; i++) await page.waitForTimeout(50);
  assert.ok((await scrolled()) > start + 40, `the article scrolled (${start} → ${await scrolled()})`);
  assert.deepEqual(errors, []);
  await context.close();
});
