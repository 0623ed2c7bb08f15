// Browser end-to-end smoke test: the built page loads in Chromium, draws, has no console errors; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openRift, canvasIsDrawn, clickControl, ui, until, settled, showView, servedEvents, servedVersion, SHOTS } from './browser.mjs';

const env = sharedBrowser();

// A new desktop page at `url` whose requests for `glob` are answered with `status` and `body` (a file that is
// missing, broken or refused), without waiting for the page to load.
async function openWithFailing(url, glob, status, body) {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.route(glob, (route) => route.fulfill({ status, body }));
  await page.goto(url);
  return { page, context };
}

test('the explorer opens on the built-in dataset at desktop size', async () => {
  const { page, context, errors } = await openRift(env.browser, env.url);
  await settled(page);
  assert.ok(await canvasIsDrawn(page), 'the canvas is not blank');
  // The default view is the timeline with one mark per event (the whole record fits the first view).
  const u = await ui(page);
  assert.equal(u.view, 'timeline');
  assert.equal(u.marks, servedEvents().length, 'one mark per event');
  const stats = await page.evaluate(() => window.rift.stats());
  assert.ok(stats.framesDrawn > 0);
  await firstViewRanNoDeferredCode(page, stats);
  // The first-view data has no titles (the default view's first frame draws none): they are asked for after it.
  const titlesAskedAt = await page.evaluate(() => {
    const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/data/events.titles.txt'));
    return e ? e.startTime : null;
  });
  assert.ok(titlesAskedAt !== null && titlesAskedAt >= stats.firstFrameAt,
            `the titles were asked for at ${titlesAskedAt} ms, the first frame was at ${stats.firstFrameAt} ms`);
  assert.ok(stats.titlesAt >= stats.firstFrameAt, 'the titles were handed over after the first frame');
  assert.equal(await page.locator('#status').getAttribute('class'), 'hidden');
  await page.screenshot({ path: `${SHOTS}/web-desktop.png` });
  // An English page never downloads the German text; the first switch to German does, once, and is German.
  const germanAsked = () => page.evaluate(() =>
    performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/assets/de.bin')).length);
  assert.equal(await germanAsked(), 0, 'an English page fetched the German text');
  assert.match(await page.evaluate(() => window.rift._call('controls')), /Explorer controls/);
  await page.evaluate(() => window.rift.setState({ lang: 'de' }));
  await until(page, () => /Bedienelemente des Explorers/.test(window.rift._call('controls')));
  await page.evaluate(() => window.rift.setState({ lang: 'en' }));
  await page.evaluate(() => window.rift.setState({ lang: 'de' }));
  await until(page, () => /Bedienelemente des Explorers/.test(window.rift._call('controls')));
  assert.equal(await germanAsked(), 1);
  assert.deepEqual((await ui(page)).notices, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without its German text a German page opens in English and says why', async () => {
  const { page, context } = await openWithFailing(env.url + '#lang=de', '**/assets/de.bin', 404, 'gone');
  await until(page, () => !!(window.rift && window.rift.stats().firstFrameMs !== null));
  const u = await ui(page);
  assert.deepEqual(u.notices, ['The German text could not be loaded (assets/de.bin: HTTP 404): the interface stays in English.']);
  assert.equal(u.view, 'timeline');
  assert.match(await page.evaluate(() => window.rift._call('controls')), /Explorer controls/);
  assert.equal((await page.evaluate(() => window.rift.getState())).lang, 'de', 'the address keeps what the reader asked for');
  assert.equal((await page.evaluate(() => window.rift.stats())).stopped, false);
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/web-german-text-failed.png` });
  await context.close();
});

test('a permalink opens the same view (compare US, CN, GB) and the URL follows the state', async () => {
  // Served by a host that sends wasm as application/octet-stream: the browser will not compile it as it streams, and
  // the page compiles the whole bytes instead (both parts: this view needs the rest of the code for its first frame).
  const wasmTypes = [];
  const octets = async (route) => {
    const response = await route.fetch();
    wasmTypes.push(new URL(route.request().url()).pathname);
    await route.fulfill({ status: response.status(), body: await response.body(),
                          headers: { 'content-type': 'application/octet-stream' } });
  };
  const { page, context, errors } = await openRift(env.browser, `${env.url}#view=compare&compare=US,CN,GB&lang=de`,
                                                   undefined, undefined, { route: ['**/*.wasm', octets] });
  assert.deepEqual(wasmTypes.sort(), ['/rift.deferred.wasm', '/rift.wasm']);
  const s = await page.evaluate(() => window.rift.getState());
  assert.equal(s.view, 'compare');
  assert.deepEqual(s.compare, ['US', 'CN', 'GB']);
  assert.equal(s.lang, 'de');
  // The address is the app's own writing of that state (with the data's version), not the link as it was typed.
  await until(page, () => /(^|[#&])v=/.test(location.hash));
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /view=compare/);
  assert.match(hash, /compare=US%2CCN%2CGB|compare=US,CN,GB/);
  assert.match(hash, /lang=de/);
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/web-compare-de.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page fits a phone and stays idle when nothing moves', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}#view=events`, { width: 360, height: 740 }, 2);
  // The loop pauses after a few quiet frames (settled: the count stopped moving); then a second of nothing.
  await settled(page);
  const a = (await page.evaluate(() => window.rift.stats())).framesDrawn;
  await page.waitForTimeout(1000);  // the span over which idleness is measured, not a wait for something
  const b = (await page.evaluate(() => window.rift.stats())).framesDrawn;
  assert.equal(b - a, 0, 'no frames are drawn while idle');
  await page.screenshot({ path: `${SHOTS}/web-phone-events.png` });
  await page.mouse.click(180, 400);
  await until(page, (n) => window.rift.stats().framesDrawn > n, b);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every view at desktop and phone size, light and dark (screenshots for review)', async () => {
  for (const [w, h, dpr, name] of [[1440, 900, 1, 'desktop'], [360, 740, 2, 'phone']]) {
    const { page, context, errors } = await openRift(env.browser, `${env.url}#t=2019-06-01`, { width: w, height: h }, dpr);
    for (const view of ['timeline', 'map', 'compare', 'vendors', 'events']) {
      await showView(page, { view, theme: view === 'compare' ? 'dark' : 'light' });
      assert.ok(await canvasIsDrawn(page), `${view} at ${name} size`);
      await page.screenshot({ path: `${SHOTS}/view-${view}-${name}.png` });
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the narrow views on a phone in German and embedded (screenshots for review)', async () => {
  for (const [query, name] of [['#t=2019-06-01&lang=de', 'phone-de'], ['?embed=1&t=2019-06-01', 'phone-embed']]) {
    const { page, context, errors } = await openRift(env.browser, `${env.url}${query}`, { width: 360, height: 740 }, 2);
    for (const view of ['timeline', 'map', 'compare', 'vendors']) {
      await showView(page, { view });
      assert.ok(await canvasIsDrawn(page), `${view} at ${name}`);
      await page.screenshot({ path: `${SHOTS}/view-${view}-${name}.png` });
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Compare scrolled to the reciprocity charts at a cursor date, desktop and phone (screenshots for review)', async () => {
  for (const [w, h, dpr, name] of [[1440, 900, 1, 'desktop'], [360, 740, 2, 'phone']]) {
    const { page, context, errors } = await openRift(env.browser, `${env.url}#view=compare&compare=US,CN,GB&t=2018-01-01`,
      { width: w, height: h }, dpr);
    await settled(page);
    await page.mouse.move(w / 2, h / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
    await page.mouse.move(w - 2, h - 2);  // no tooltip over the charts
    await settled(page);
    assert.ok(await canvasIsDrawn(page));
    await page.screenshot({ path: `${SHOTS}/view-compare-reciprocity-${name}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a missing or broken font pack shows the fallback with the reason, not a blank canvas', async () => {
  for (const [body, status, reason] of [['', 404, /could not load its fonts/], ['not a pack', 200, /not a Rift font pack/]]) {
    const { page, context } = await openWithFailing(env.url, '**/assets/fonts.bin', status, body);
    let text = '';
    for (let i = 0; i < 100 && !reason.test(text); i++) {
      await page.waitForTimeout(50);
      text = await page.evaluate(() => (document.getElementById('fallback').hidden ? '' : document.body.innerText));
    }
    assert.match(text, reason);
    assert.match(text, /the dataset as a table/);
    await context.close();
  }
});

// The code in two parts (web/bridge.js, docs/PERFORMANCE.md "The deferred code"): the default view asks for
// rift.deferred.wasm only after its first frame, attaches it before the full data, and never called into it before.
async function firstViewRanNoDeferredCode(page, stats) {
  const askedAt = await page.evaluate(() => {
    const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/rift.deferred.wasm'));
    return e ? e.startTime : null;
  });
  assert.ok(askedAt !== null, 'the page never asked for rift.deferred.wasm');
  assert.ok(askedAt >= stats.firstFrameAt, `rift.deferred.wasm asked for at ${askedAt} ms, before the first frame (${stats.firstFrameAt} ms)`);
  assert.equal(stats.deferredSyncLoads, 0, 'the first view called code of rift.deferred.wasm before it came: ' +
    'src/app/split-keep.txt is stale (run node tools/split_profile.mjs, then rebuild)');
  assert.ok(stats.deferredAt !== null && stats.deferredAt <= stats.fullDataAt, 'the full data came before the deferred code');
}

test('the deferred code: after the first frame on a phone, before it for a permalink, at once for a reader faster than it', async () => {
  // A phone's default view, as on the desktop (the first test).
  const phone = await openRift(env.browser, env.url, { width: 390, height: 844 }, 2, { hasTouch: true, isMobile: true });
  await firstViewRanNoDeferredCode(phone.page, await phone.page.evaluate(() => window.rift.stats()));
  assert.deepEqual(phone.errors, []);
  await phone.context.close();

  // A permalink to the timeline starts on rift.wasm's part, as the default view does (web/poster.js): an embed as a
  // host page writes it with URLSearchParams (%2C between values), filtered, in German, pinned to the data's version;
  // it draws no title at first, so they come after the first frame. Then one that selects an event and searches (both
  // show titles at once, so they come with the data) with a value the app refuses (a notice).
  const events = servedEvents();
  const embedLink = new URLSearchParams({ view: 'timeline', actor: 'US', measure: 'export_control,entity_listing',
                                          from: '2018', embed: '1', title: 'US controls', lang: 'de', v: servedVersion() });
  const embed = await openRift(env.browser, `${env.url}#${embedLink}`, { width: 640, height: 480 });
  let s = await embed.page.evaluate(() => window.rift.stats());
  await firstViewRanNoDeferredCode(embed.page, s);
  assert.ok(s.titlesAt >= s.firstFrameAt, 'the embed drew no title, yet waited for them');
  const expected = events.filter((e) => e.actor === 'US' && ['export_control', 'entity_listing'].includes(e.measure) &&
                                        e.date >= '2018').length;
  assert.equal(JSON.parse(await embed.page.evaluate(() => window.rift._call('stats'))).eventsMatching, expected);
  assert.deepEqual(embed.errors, []);
  await embed.context.close();
  const picked = events.find((e) => e.actor === 'CN' && /huawei/i.test(e.title));
  const selected = await openRift(env.browser, `${env.url}?q=huawei&event=${picked.id}&t=${picked.date}&target=XX`);
  s = await selected.page.evaluate(() => window.rift.stats());
  await firstViewRanNoDeferredCode(selected.page, s);
  assert.ok(s.titlesAt !== null && s.titlesAt <= s.firstFrameAt, 'the titles came after the first frame that shows them');
  assert.equal((await selected.page.evaluate(() => window.rift.getState())).event, picked.id);
  assert.equal((await ui(selected.page)).notices.length, 1);
  assert.deepEqual(selected.errors, []);
  await selected.context.close();

  // A permalink to another view needs the rest for its first frame: it comes beside rift.wasm and is attached first.
  const map = await openRift(env.browser, env.url + '#view=map');
  s = await map.page.evaluate(() => window.rift.stats());
  assert.ok(s.deferredAt !== null && s.deferredAt <= s.firstFrameAt, 'the permalink drew before its code was attached');
  assert.equal(s.deferredSyncLoads, 0);
  assert.equal((await ui(map.page)).view, 'map');
  assert.deepEqual(map.errors, []);
  await map.context.close();

  // A reader (or a host page) that asks for the map before the rest has come: the page fetches it at once, and the
  // map is drawn. (The first request for it is held; the synchronous one that replaces it goes through.)
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let held = 0, release;
  const released = new Promise((r) => { release = r; });
  await page.route('**/rift.deferred.wasm', async (route) => {
    if (held++ === 0) { await released; await route.abort(); } else await route.continue();
  });
  await page.goto(env.url);
  await until(page, () => !!(window.rift && window.rift.stats().firstFrameMs !== null));
  // (The route's handler runs in this process, a moment after the page asked.)
  for (let i = 0; i < 200 && held === 0; i++) await page.waitForTimeout(50);
  assert.equal(held, 1, 'the page asked for the rest after its first frame');
  await page.evaluate(() => window.rift.setState({ view: 'map' }));
  await until(page, () => window.rift.stats().deferredAt !== null);
  s = await page.evaluate(() => window.rift.stats());
  assert.equal(s.deferredSyncLoads, 1);
  release();
  await until(page, () => window.rift.stats().fullDataAt !== null);
  await settled(page);
  assert.equal((await ui(page)).view, 'map');
  assert.ok(await canvasIsDrawn(page), 'the map is not drawn');
  assert.deepEqual(errors, []);
  await context.close();

  // The rest cannot be had at all: the first view stays on screen, and when the app needs the rest (the full data,
  // right after) it stops with the reason and a Reload button instead of freezing: on a German page in German, while
  // a host page hears the same English words on every page.
  const { page: p2, context: broken } = await openWithFailing(env.url + '#lang=de', '**/rift.deferred.wasm', 404, 'gone');
  await until(p2, () => !!(window.rift && window.rift.stats().stopped));
  const status = await p2.evaluate(() => ({ cls: document.getElementById('status').className,
                                            text: document.getElementById('status').innerText }));
  assert.match(status.cls, /crashed/);
  assert.match(status.text, /^Rift wurde wegen eines internen Fehlers angehalten \(der übrige Code konnte nicht geladen werden: rift\.deferred\.wasm: HTTP 404\)/);
  assert.match(status.text, /Neu laden/);
  assert.deepEqual(await p2.evaluate(() => window.rift.stats().problems.filter((p) => /stopped/.test(p))),
                   ['Rift stopped because of an internal error (the rest of its code could not be loaded: rift.deferred.wasm: HTTP 404).']);
  await broken.close();
});

test('the first frame comes from the first-view data; the full file completes it, or a notice says it failed', async () => {
  // Completed: the same events, now with their sources, and the selection kept.
  const { page, context } = await openRift(env.browser, env.url + '#event=au-2012-03-26-huawei-nbn-exclusion');
  let s = await page.evaluate(() => window.rift.stats());
  assert.equal(s.partial, false);
  assert.ok(s.fullDataAt >= s.firstFrameAt, 'the full file is handed over after the first frame');
  assert.ok(s.titlesAt !== null && s.titlesAt <= s.firstFrameAt, 'a permalink has its titles in its first frame');
  assert.equal(s.eventsTotal, servedEvents().length);
  assert.equal((await page.evaluate(() => window.rift.getState())).event, 'au-2012-03-26-huawei-nbn-exclusion');
  await context.close();

  // The full file fails: the first-view events stay, Details says so, and a notice gives the reason.
  const { page: p2, context: failing } = await openWithFailing(env.url + '#event=au-2012-03-26-huawei-nbn-exclusion',
                                                              '**/data/events.json', 503, 'busy');
  let notices = [];
  for (let i = 0; i < 200 && notices.length === 0; i++) {
    await p2.waitForTimeout(50);
    if (await p2.evaluate(() => !!(window.rift && window.rift.stats().firstFrameMs !== null))) notices = (await ui(p2)).notices;
  }
  assert.match(notices.join(' '), /summaries and sources could not be loaded \(.*503.*\)/);
  s = await p2.evaluate(() => window.rift.stats());
  assert.equal(s.partial, true);
  assert.equal(s.eventsTotal, servedEvents().length);
  // The titles came from their own file: the selected event is named, in the caption and in the search.
  await p2.evaluate(() => window.rift.setState({ q: 'National Broadband Network' }));
  assert.ok((await p2.evaluate(() => window.rift.matchingEventIds())).includes('au-2012-03-26-huawei-nbn-exclusion'));
  await settled(p2);
  await p2.screenshot({ path: `${SHOTS}/web-full-data-failed.png` });
  // The Data dialog writes no record without its summaries and sources: its downloads stay off and say why; the
  // picture of the view can still be had.
  const downloads = [];
  p2.on('download', (d) => downloads.push(d.suggestedFilename()));
  await clickControl(p2, 'data');
  for (const control of ['download-csv', 'download-csv-excel', 'download-json']) await clickControl(p2, control);
  await settled(p2);
  assert.deepEqual(downloads, []);
  await p2.screenshot({ path: `${SHOTS}/web-data-without-full-record.png` });
  await Promise.all([p2.waitForEvent('download'), clickControl(p2, 'download-png')]);
  assert.equal(downloads.length, 1);
  assert.match(downloads[0], /\.png$/);
  await failing.close();

  // The titles file fails: the first view shows "…" for them until the full file brings them.
  const { page: p3, context: noTitles } = await openWithFailing(env.url + '#event=au-2012-03-26-huawei-nbn-exclusion',
                                                               '**/data/events.titles.txt', 404, '');
  await until(p3, () => !!(window.rift && window.rift.stats().fullDataAt !== null));
  s = await p3.evaluate(() => window.rift.stats());
  assert.equal(s.titlesAt, null);
  assert.equal(s.partial, false);
  await p3.evaluate(() => window.rift.setState({ q: 'National Broadband Network' }));
  assert.ok((await p3.evaluate(() => window.rift.matchingEventIds())).includes('au-2012-03-26-huawei-nbn-exclusion'));
  assert.deepEqual((await ui(p3)).notices, []);
  await noTitles.close();
});

test('the fonts for scripts only sources use (Arabic) follow the first frame, or a notice says they failed', async () => {
  // Loaded (openRift waits for it): the Arabic source title of this event is drawn in the app's own glyphs.
  const { page, context, errors } = await openRift(env.browser, env.url + '#event=ru-2022-07-18-google-21bn-rouble-fine');
  assert.ok((await page.evaluate(() => window.rift.stats())).fontsComplete, 'assets/fonts-extra.bin was added to the atlas');
  assert.ok(await canvasIsDrawn(page));
  assert.deepEqual((await ui(page)).notices, []);
  assert.deepEqual(errors, []);
  await context.close();

  // Not found: the page goes on with the fonts it has, and says which letters will show as boxes.
  const { page: p2, context: failing } = await openWithFailing(env.url, '**/assets/fonts-extra.bin', 404, '');
  let notices = [];
  for (let i = 0; i < 200 && notices.length === 0; i++) {
    await p2.waitForTimeout(50);
    if (await p2.evaluate(() => !!(window.rift && window.rift.stats().firstFrameMs !== null))) notices = (await ui(p2)).notices;
  }
  assert.match(notices.join(' '), /fonts for some scripts could not be loaded \(.*404.*\)/);
  const s = await p2.evaluate(() => window.rift.stats());
  assert.equal(s.fontsComplete, false);
  assert.equal(s.eventsTotal, servedEvents().length);
  assert.ok(await canvasIsDrawn(p2));
  await failing.close();
});
