// Issue 19, feeds and social cards: the page's meta tags point at a card that is the default view as the page draws
// it now (a PNG of 1200×630), the page links its all-events feed, and Follow opens the feeds from About and Details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SHOTS, WEB_DIR, clickControl, controlRect, openRift, servedEvents, servedVersion, settled, sharedBrowser, until, waitLoaded } from './browser.mjs';
import { decodePng, pictureStats } from './png.mjs';

const env = sharedBrowser();

// <meta property|name=KEY content=...> and <link rel=KEY ...> of the served page, by key.
function headTags(html) {
  const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([a-z:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const meta = {}, links = {};
  for (const m of html.matchAll(/<meta [^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.property || a.name) meta[a.property || a.name] = a.content;
  }
  for (const m of html.matchAll(/<link [^>]*>/g)) {
    const a = attrs(m[0]);
    links[a.rel + (a.type ? ' ' + a.type : '')] = a.href;
  }
  return { meta, links };
}

// How far apart two decoded pictures of the same size are: the mean difference per channel (0-255) and the share of
// pixels that differ by more than 48 in some channel.
function difference(a, b) {
  let sum = 0, far = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    let most = 0;
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a.rgba[i + c] - b.rgba[i + c]);
      sum += d;
      most = Math.max(most, d);
    }
    if (most > 48) far++;
  }
  const pixels = a.rgba.length / 4;
  return { mean: sum / (pixels * 3), far: far / pixels };
}

test('the social card is the default view at 1200×630 and the meta tags point at it', async () => {
  const html = await (await fetch(env.url)).text();
  const { meta, links } = headTags(html);
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.equal(meta['og:image:width'], '1200');
  assert.equal(meta['og:image:height'], '630');
  assert.equal(meta['og:image:type'], 'image/png');
  for (const key of ['og:title', 'og:description', 'og:image:alt']) assert.ok(meta[key]?.length > 20, key);
  // Without a public address (RIFT_PUBLIC_URL) the card's address is relative and there is no canonical link; with
  // one, both are absolute under it.
  if (links.canonical) {
    assert.match(links.canonical, /^https?:\/\//);
    assert.equal(meta['og:image'], links.canonical.slice(0, links.canonical.lastIndexOf('/') + 1) + 'assets/card.png');
    assert.equal(meta['og:url'], links.canonical);
  } else {
    assert.equal(meta['og:image'], 'assets/card.png');
  }
  const served = await fetch(new URL('assets/card.png', env.url));
  assert.equal(served.headers.get('content-type'), 'image/png');
  const bytes = Buffer.from(await served.arrayBuffer());
  assert.deepEqual(bytes, readFileSync(`${WEB_DIR}/assets/card.png`));
  const card = decodePng(bytes);
  assert.equal(card.width, 1200);
  assert.equal(card.height, 630);
  const stats = pictureStats(card);
  assert.ok(stats.colours >= 12 && stats.drawn >= 0.03, `the card looks blank: ${JSON.stringify(stats)}`);

  // The page drawn now, with no state, at the card's size: the card was made from this code and this data.
  const { page, context, errors } = await openRift(env.browser, env.url, { width: 1200, height: 630 });
  await settled(page);
  const live = decodePng(await page.locator('#canvas').screenshot());
  assert.equal(live.width, 1200);
  assert.equal(live.height, 630);
  const d = difference(card, live);
  assert.ok(d.mean < 3 && d.far < 0.01, `the card differs from the live default view: ${JSON.stringify(d)}`);
  // ... and a view with another state differs from it by far more (the comparison can fail).
  await page.evaluate(() => window.rift.setState({ theme: 'dark' }));
  await until(page, () => window.rift.getState().theme === 'dark');
  await settled(page);
  const dark = decodePng(await page.locator('#canvas').screenshot());
  assert.ok(difference(card, dark).mean > 20, 'a dark view should not pass as the card');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page links its feed, About and Details open the feeds to follow', async () => {
  const html = await (await fetch(env.url)).text();
  const { links } = headTags(html);
  const feedUrl = new URL(links['alternate application/atom+xml'], env.url);
  assert.match(feedUrl.pathname, /\/feeds\/all\.atom$/);
  const feed = await fetch(feedUrl);
  assert.match(feed.headers.get('content-type'), /^application\/atom\+xml/);
  assert.match(await feed.text(), /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);

  // An event whose vendors belong to two families (so Details offers three feeds): its actor's and each family's.
  const vendors = JSON.parse(readFileSync(`${WEB_DIR}/data/vendors.json`, 'utf8')).vendors;
  const parent = Object.fromEntries(vendors.map((v) => [v.id, v.parent]));
  const root = (v) => (parent[v] ? root(parent[v]) : v);
  const event = servedEvents().find((e) => new Set(e.vendors.map(root)).size === 2);
  assert.ok(event, 'an event naming vendors of two families');
  const families = [...new Set(event.vendors.map(root))];

  const { page, context, errors } = await openRift(env.browser, `${env.url}#event=${event.id}`);
  // What a click opens: the new tab's request (a browser may show the feed or offer it as a download).
  const opened = async (control) => {
    const [request] = await Promise.all([context.waitForEvent('request', (r) => r.url().endsWith('.atom')),
                                         clickControl(page, control)]);
    for (const p of context.pages()) if (p !== page) await p.close();
    return new URL(request.url()).pathname;
  };
  assert.equal(await opened('follow-actor'), `/feeds/actor/${event.actor}.atom`);
  for (const family of families) assert.equal(await opened(`follow-vendor-${family}`), `/feeds/vendor/${family}.atom`);
  await page.screenshot({ path: `${SHOTS}/feeds-details-follow.png` });
  await clickControl(page, 'about');
  await controlRect(page, 'follow-all');  // About offers the feed
  await page.screenshot({ path: `${SHOTS}/feeds-about-follow.png` });
  assert.equal(await opened('follow-all'), '/feeds/all.atom');
  assert.deepEqual(errors, []);
  await context.close();

  // German, dark, on a phone: the same links, for the screenshots a reader would see.
  const phone = await openRift(env.browser, `${env.url}#event=${event.id}&lang=de&theme=dark`,
                               { width: 390, height: 844 }, 2, { hasTouch: true, isMobile: true });
  await clickControl(phone.page, 'tab-details', { touch: true });
  await controlRect(phone.page, 'follow-actor');  // Details on a phone offers the feeds
  await phone.page.screenshot({ path: `${SHOTS}/feeds-details-follow-phone-dark-de.png` });
  await clickControl(phone.page, 'about', { touch: true });
  await phone.page.screenshot({ path: `${SHOTS}/feeds-about-follow-phone-dark-de.png` });
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
});

test('the single-file page names no feed and no card (it carries neither)', () => {
  const offline = readFileSync(`${WEB_DIR}/rift-offline.html`, 'utf8');
  assert.doesNotMatch(offline, /<link rel="alternate"|og:image|twitter:card/);
  assert.match(offline, /<meta property="og:title"/);
});

// Issue 21, the poster: a page opened with no state shows the default view as a picture while its code downloads
// (held here until the poster is on screen), and the first live frame replaces it with the same picture. Desktop
// light at 1×, a wide window (1920 × 960), a tablet at 2× and a phone in dark at 2× (web/poster.js picks by layout,
// theme and density); a permalink gets none, nor does a window near none of the rendered sizes.
test('the poster shows the default view while the code loads, and the first live frame replaces it unchanged', async () => {
  const dataVersion = servedVersion();
  for (const { hash, viewport, scale, file, options } of [
    { hash: '', viewport: { width: 1440, height: 900 }, scale: 1, file: 'poster-desktop-light@1x.avif', options: {} },
    // A full-HD screen's browser window: the app lays out its panels differently there, so it has its own picture.
    // Its address as the app writes it once started (the data's own version), as a reload or a copied link has it.
    { hash: '#' + new URLSearchParams({ v: dataVersion }), viewport: { width: 1920, height: 960 }, scale: 1,
      file: 'poster-wide-light@1x.avif', options: {} },
    // An iPad across (Safari's page area on a 1024 × 768 screen is a little shorter: stretched to fit).
    { hash: '', viewport: { width: 1024, height: 768 }, scale: 2, file: 'poster-tablet-light@2x.avif', options: {} },
    // As a host page writes it: URLSearchParams.
    { hash: '#' + new URLSearchParams({ theme: 'dark' }), viewport: { width: 390, height: 844 }, scale: 2,
      file: 'poster-phone-dark@2x.avif', options: { hasTouch: true, isMobile: true } },
  ]) {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale, ...options });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const posters = [];
    page.on('request', (r) => { if (/poster/.test(r.url())) posters.push(new URL(r.url()).pathname); });
    // The code waits until the test has seen the poster.
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/rift.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(env.url + hash);
    await until(page, () => window.riftPoster && window.riftPoster.shownAt !== null);
    // The picture is shown from its fetched bytes (a blob: address): the file asked for, and the picture on screen.
    assert.equal(await page.evaluate(() => window.riftPoster.src), `assets/${file}`);
    assert.deepEqual(await page.evaluate(() => {
      const img = document.getElementById('poster');
      return [img.complete, img.naturalWidth > 0, getComputedStyle(img).display];
    }), [true, true, 'block']);
    assert.deepEqual(posters, [`/assets/${file}`]);
    assert.equal(await page.evaluate(() => window.rift.stats().firstFrameMs), null);
    // The page's load event does not wait for the code (bridge.js asks for rift.js once the page has loaded, or a
    // second after the poster's response began), so the browser's loading indicator, and an embedding page's own
    // load event, do not wait for the code either.
    await until(page, () => performance.getEntriesByType('resource').some((e) => /\/rift\.js$/.test(e.name)));
    const order = await page.evaluate(() => {
      const find = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name));
      return { load: performance.getEntriesByType('navigation')[0].loadEventStart,
               gate: find(/\/assets\/poster-/).responseStart, code: find(/\/rift\.js$/).startTime };
    });
    assert.ok(order.load > 0 && order.code >= Math.min(order.load, order.gate + 1000) - 1,
              `rift.js was asked for before the page's load event: ${JSON.stringify(order)}`);
    const tag = file.replace(/^poster-|\.avif$/g, '');
    await page.screenshot({ path: `${SHOTS}/poster-${tag}.png` });
    // The poster as the reader sees it (the page without the loading label), then the first live frame.
    await page.evaluate(() => { document.getElementById('status').style.visibility = 'hidden'; });
    const poster = decodePng(await page.screenshot());
    await page.evaluate(() => { document.getElementById('status').style.visibility = ''; });
    release();
    await until(page, () => window.rift.stats().firstFrameMs !== null, undefined, 60000);
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('poster')).display), 'none');
    // No part of the code was fetched synchronously in the middle of a frame (an address with v= gets all of it first).
    assert.equal(await page.evaluate(() => window.rift.stats().deferredSyncLoads), 0);
    const live = decodePng(await page.screenshot());
    assert.equal(poster.width, viewport.width * scale);
    assert.equal(live.width, poster.width);
    const d = difference(poster, live);
    assert.ok(d.mean < 4 && d.far < 0.02, `the poster ${file} differs from the first live frame: ${JSON.stringify(d)}`);
    if (file.includes('-dark@')) {
      // The comparison can fail: a phone in light is far from the dark poster.
      await page.evaluate(() => window.rift.setState({ theme: 'light' }));
      await until(page, () => window.rift.getState().theme === 'light');
      await settled(page);
      assert.ok(difference(poster, decodePng(await page.screenshot())).mean > 20, 'a light view should not pass as the dark poster');
    }
    assert.deepEqual(errors, []);
    await context.close();
  }

  // A permalink never shows a poster (no other view flashes first), and asks for none.
  const requests = [];
  const { page, context, errors } = await openRift(env.browser, `${env.url}?${new URLSearchParams({ view: 'map', actor: 'US,CN' })}`,
                                                   { width: 800, height: 600 });
  page.on('request', (r) => requests.push(r.url()));
  assert.equal(await page.evaluate(() => window.riftPoster === undefined && window.riftGate !== undefined), true);
  await page.reload();
  await waitLoaded(page, errors);
  assert.deepEqual(requests.filter((u) => /poster/.test(u)), []);
  assert.deepEqual(errors, []);
  await context.close();

  // A window near none of the rendered sizes gets none either (a picture of another layout would jump), nor does an
  // address naming an older data version (its first frame tells what changed since).
  for (const [hash, viewport] of [['', { width: 1500, height: 1300 }], ['#v=2025-01-01', { width: 1440, height: 900 }]]) {
    const far = await openRift(env.browser, env.url + hash, viewport);
    // (What the page fetched, from its first request: the browser's resource timing.)
    assert.deepEqual(await far.page.evaluate(() => [window.riftPoster === undefined,
      performance.getEntriesByType('resource').filter((e) => /poster/.test(e.name)).length]), [true, 0],
    `a poster for ${hash} at ${viewport.width}`);
    assert.deepEqual(far.errors, []);
    await far.context.close();
  }
});

test('the single-file page has no poster script (it has everything at once)', () => {
  const offline = readFileSync(`${WEB_DIR}/rift-offline.html`, 'utf8');
  assert.doesNotMatch(offline, /["']assets\/poster-|<script src="poster\.js"/);
  // The served page has it inline, allowed by its hash.
  const served = readFileSync(`${WEB_DIR}/index.html`, 'utf8');
  assert.match(served, /<script>[^]*?window\.riftPoster[^]*?<\/script>\n<link rel="stylesheet"/);
  assert.match(served, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
});
