// A journalist's first visit (issue 16): a phone or an embed, tapped as a reader would; and what the page does
// when the app stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openRift, waitLoaded, clickControl, until, canvasIsDrawn, SHOTS } from './browser.mjs';

const env = sharedBrowser();
const phone = { hasTouch: true, isMobile: true };

test('embedded on a phone: Details, Filters and back through the view menu; a trap shows Reload', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}?embed=1&lang=de`, { width: 390, height: 780 }, 2, phone);
  const state = () => page.evaluate(() => window.rift.getState());
  // Before the fix, choosing a view from the Details or Filters panel trapped the wasm (a colour popped that was
  // never pushed). Every panel, and a different view each time.
  for (const [tab, view] of [['tab-details', 'map'], ['tab-filters', 'compare'], ['tab-details', 'timeline']]) {
    await clickControl(page, tab, { touch: true });
    await clickControl(page, 'view-menu', { touch: true });
    await clickControl(page, `view-${view}`, { touch: true });
    await until(page, (v) => window.rift.getState().view === v, view);
    assert.equal((await page.evaluate(() => window.rift.stats())).stopped, false);
  }
  assert.equal((await state()).view, 'timeline');
  assert.deepEqual(errors, []);

  // Whatever goes wrong inside the wasm, the reader sees it and can start again. (A call with a pointer far
  // outside the wasm memory traps as a real out-of-bounds access does, inside an animation frame as the frame loop's.)
  const heard = page.evaluate(() => new Promise((resolve) => window.rift.on('error', resolve)));
  await page.evaluate(() => requestAnimationFrame(() => window.Module._rift_set_url_state(0x7ffffff0)));
  await until(page, () => document.getElementById('status').classList.contains('crashed'));
  const message = await heard;
  assert.match(message, /Rift stopped because of an internal error \(memory access out of bounds\)/);
  assert.ok(await page.locator('#reload').isVisible(), 'a Reload button');
  assert.match(await page.locator('#status-text').textContent(), /internal error/);
  const stats = await page.evaluate(() => window.rift.stats());
  assert.equal(stats.stopped, true);
  assert.ok(stats.problems.includes(message), JSON.stringify(stats.problems));
  assert.equal(await page.evaluate(() => window.rift.getState()), null, 'no call reaches the stopped app');
  await page.screenshot({ path: `${SHOTS}/web-stopped-phone.png` });
  assert.ok(errors.some((e) => /memory access out of bounds/.test(e)), errors.join('; '));

  errors.length = 0;
  await Promise.all([page.waitForEvent('load'), page.locator('#reload').tap()]);
  await waitLoaded(page, errors);
  const after = await page.evaluate(() => window.rift.stats());
  assert.equal(after.stopped, false);
  assert.deepEqual(after.problems, []);
  assert.equal(await page.evaluate(() => document.getElementById('status').className), 'hidden');
  assert.deepEqual(errors, []);
  await context.close();
});

test('key presses shorter than a frame are not lost (five steps in a burst equal five slow ones)', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}#t=2014-05-18`);
  const canvas = page.locator('#canvas');
  await canvas.focus();
  const frames = () => page.evaluate(() => window.rift.stats().framesDrawn);
  // Slowly: one press, then wait for frames to be drawn, five times.
  for (let k = 0; k < 5; k++) {
    const before = await frames();
    await page.keyboard.press('ArrowRight');
    await until(page, (n) => window.rift.stats().framesDrawn >= n + 3, before);
  }
  const slow = (await page.evaluate(() => window.rift.getState())).event;
  assert.notEqual(slow, '', 'stepping selected an event');
  // Back to the start, then the same five presses as fast as the browser takes them.
  await page.evaluate(() => { location.hash = 't=2014-05-18'; });
  await until(page, () => window.rift.getState().event === '');
  await canvas.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  await until(page, (want) => window.rift.getState().event === want, slow, 5000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('canvasIsDrawn looks at pixels: a blank canvas does not pass, a drawn view does', async () => {
  const { page, context } = await openRift(env.browser, env.url);
  assert.ok(await canvasIsDrawn(page), 'the timeline is drawn');
  // Cover the canvas with one colour (an element over it), as a frozen or empty canvas would look.
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:10';
    document.body.appendChild(cover);
  });
  assert.equal(await canvasIsDrawn(page), false, 'a blank picture is not a drawn view');
  await context.close();
});
