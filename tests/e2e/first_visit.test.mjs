// A journalist's first visit (issue 16): a phone or an embed, tapped as a reader would; and what the page does
// when the app stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedBrowser, openRift, waitLoaded, clickControl, until, settled, ui, canvasIsDrawn, SHOTS, uiUntil } from './browser.mjs';

const env = sharedBrowser();
const phone = { hasTouch: true, isMobile: true };

test('embedded on a phone: Details, Filters and back through the view menu; a trap shows Reload', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}?embed=1&lang=de`, { width: 390, height: 780 }, 2, phone);
  await settled(page);  // the frames after loading drawn: a tap lands where the finished layout puts the control
  // A page that opens in German has its German text (assets/de.bin, which the code leaves out) for its first frame.
  const german = await page.evaluate(() => ({
    at: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/assets/de.bin')).map((r) => r.responseEnd),
    firstFrameAt: window.rift.stats().firstFrameAt, controls: window.rift._call('controls') }));
  assert.equal(german.at.length, 1, 'the German text is fetched once');
  assert.ok(german.at[0] <= german.firstFrameAt, `the German text came at ${german.at[0]} ms, the first frame at ${german.firstFrameAt} ms`);
  assert.match(german.controls, /Bedienelemente des Explorers/);
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
  // The page is German (lang=de): so is what the reader sees; the host page heard the English words above.
  assert.match(await page.locator('#status-text').textContent(),
               /^Rift wurde wegen eines internen Fehlers angehalten \(memory access out of bounds\)\. Die Ansicht steht/);
  assert.equal(await page.locator('#reload').textContent(), 'Neu laden');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.locator('#canvas').getAttribute('aria-label'),
               'Rift-Explorer: Zeitleiste der Maßnahmen von Staaten gegen Technologieanbieter');
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

// The first-visit tasks a journalist tried (issue 16), walked by taps on a phone in German and dark, one page load:
// find a UK decision on Huawei and its sources; see who restricted TikTok; play May 2014. Then the embed task:
// Share's embed code in an article shows what it is about.
test('first visit on a phone (German, dark), by taps: a UK decision and its sources, TikTok, May 2014', async () => {
  const events = JSON.parse(readFileSync('data/events.json', 'utf8')).events;
  const { page, context, errors } = await openRift(env.browser, `${env.url}#lang=de&theme=dark&view=events`,
    { width: 390, height: 844 }, 2, phone);
  const state = () => page.evaluate(() => window.rift.getState());
  // 1. Search "UK Huawei" in the search box (the phone's soft keyboard is a real input).
  await clickControl(page, 'search', { touch: true });
  await until(page, () => document.activeElement && document.activeElement.id === 'keyboard');
  await page.keyboard.type('UK Huawei');
  await until(page, () => window.rift.getState().q === 'UK Huawei');
  const ids = await page.evaluate(() => window.rift.matchingEventIds());
  // Every measure the UK took naming Huawei is among the results, whatever the words' order.
  const expected = events.filter((e) => e.actor === 'GB' && e.vendors.includes('huawei')).map((e) => e.id);
  assert.ok(expected.length >= 3 && expected.every((id) => ids.includes(id)), `${expected.length} of them in ${ids.join(' ')}`);
  // 2. Tap the first row: its details open (the Details tab), and its sources are links for screen readers too.
  await page.keyboard.press('Enter');
  await clickControl(page, 'events-row-0', { touch: true });
  await until(page, () => window.rift.getState().event !== '');
  const chosen = (await state()).event;
  assert.ok(ids.includes(chosen), chosen);
  await uiUntil(page, (u) => u.panel === 2);
  assert.equal((await ui(page)).panel, 2, 'the Details tab is shown');
  const sources = events.find((e) => e.id === chosen).sources.map((s) => s.url);
  const linked = await page.evaluate(() => [...document.querySelectorAll('#mirror a')].map((a) => a.href));
  assert.ok(sources.every((u) => linked.includes(new URL(u).href)), 'its sources are linked');
  await page.screenshot({ path: `${SHOTS}/web-first-visit-phone-uk-de-dark.png` });
  // 3. Who restricted TikTok: the search finds the measures naming it, from many states.
  await page.evaluate(() => { location.hash = 'lang=de&theme=dark&view=map&q=TikTok'; });
  await until(page, () => window.rift.getState().view === 'map');
  const tiktok = await page.evaluate(() => window.rift.matchingEventIds());
  const actors = new Set(tiktok.map((id) => events.find((e) => e.id === id)).filter(Boolean).map((e) => e.actor));
  assert.ok(actors.size >= 10, `many states acted on TikTok (${actors.size})`);
  // 4. May 2014: tap Play on the framed period; the cursor moves through May and the caption names events.
  await page.evaluate(() => { location.hash = 'lang=de&theme=dark&from=2014-05-01&to=2014-05-31&t=2014-05-01'; });
  await until(page, () => window.rift.getState().t === '2014-05-01');
  await clickControl(page, 'play', { touch: true });
  await until(page, () => window.rift.getState().t > '2014-05-20', null, 20000);
  assert.match((await ui(page)).caption, /^2014-05-\d\d · /);
  assert.deepEqual(errors, []);
  await context.close();
});

test("first visit, the embed task: Share's embed code for China's measures against US firms, in an article", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`${env.url}#actor=CN&target=US&view=timeline`);
  await waitLoaded(page);  // everything in: a click lands where the finished layout puts the control
  await settled(page);
  const matching = await page.evaluate(() => window.rift.stats().eventsMatching);
  await clickControl(page, 'share');
  // The dialog fits its content over its first frames: its buttons are where they stay once the page is idle (on
  // a loaded machine, later than clickControl's own wait).
  await settled(page);
  await clickControl(page, 'copy-embed');
  let code = '';
  for (let i = 0; i < 100 && !code.startsWith('<iframe'); i++) {
    code = await page.evaluate(() => navigator.clipboard.readText());
    if (!code.startsWith('<iframe')) await page.waitForTimeout(50);
  }
  assert.match(code, /actor=CN&target=US/);
  // The code pasted into an article, as a content system would.
  const article = await context.newPage();
  const errors = [];
  article.on('pageerror', (e) => errors.push(String(e)));
  await article.setContent(`<!doctype html><html><body style="font-family:serif;max-width:760px;margin:auto">
    <h1>Beijing's answers</h1><p>China has acted against American technology firms for a decade.</p>${code}
    <p>More text after the chart.</p></body></html>`);
  const frame = await (await article.waitForSelector('iframe')).contentFrame();
  await until(frame, () => window.rift && window.rift.stats().firstFrameMs !== null, null, 60000);
  const s = await frame.evaluate(() => window.rift.getState());
  assert.deepEqual([s.actor, s.target, s.embed], [['CN'], ['US'], true]);
  assert.equal(await frame.evaluate(() => window.rift.stats().eventsMatching), matching, 'the same measures');
  const rects = (await ui(frame)).rects;  // ui() asks a frame as it asks a page
  assert.ok(rects['summary-line'] && rects['open-in-rift'], 'the embed says what it shows and links to Rift');
  await article.screenshot({ path: `${SHOTS}/web-first-visit-article-embed.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
