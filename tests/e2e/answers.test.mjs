// Browser test of issue 20's answers: rift.count from the host (and by postMessage), the How many panel, and
// Compare's response lags, at desktop and phone size, light, dark and German. Every expected number is worked out
// here from the served data file with the rules of docs/ANALYSES.md written out again, never written in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openRift, clickControl, ui, until, settled, servedEvents, SHOTS } from './browser.mjs';

const env = sharedBrowser();

const firstDay = (d) => (d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d);
const dayNumber = (d) => Date.UTC(+d.slice(0, 4), d.length >= 7 ? +d.slice(5, 7) - 1 : 0, d.length === 10 ? +d.slice(8, 10) : 1) / 86400000;

// TikTok banned on government devices (usage_ban, sector government or defense) or for the public (app_ban, any
// other sector) on a day, at the loosest stage: acting states and their event ids.
function expectedTikTok(events, day, gov) {
  const states = new Map();
  for (const e of events) {
    const govSector = e.sector === 'government' || e.sector === 'defense';
    if (e.measure !== (gov ? 'usage_ban' : 'app_ban') || govSector !== gov || e.status === 'proposed') continue;
    if (!e.vendors.includes('tiktok') || (e.vendor_roles && e.vendor_roles.tiktok)) continue;
    if (firstDay(e.date) > day || (e.ends && firstDay(e.ends) <= day)) continue;
    if (!states.has(e.actor)) states.set(e.actor, []);
    states.get(e.actor).push(e.id);
  }
  return states;
}

// The United States' measures against China and China's first answers, as of the last event's day: measures,
// answered, and the median of the lags with both dates known to the day (type 7 interpolation).
function expectedLags(events, a, b) {
  const asOf = Math.max(...events.map((e) => dayNumber(e.date)));
  const byId = new Map(events.map((e) => [e.id, e]));
  const first = new Map();
  for (const e of events) {
    if (e.actor !== b || dayNumber(e.date) > asOf) continue;
    for (const m of e.responds_to || []) {
      const was = first.get(m);
      if (!was || dayNumber(e.date) < dayNumber(was.date) || (e.date === was.date && e.id < was.id)) first.set(m, e);
    }
  }
  let measures = 0, answered = 0;
  const lags = [];
  for (const e of events) {
    if (e.actor !== a || !e.targets.includes(b)) continue;
    measures++;
    const r = first.get(e.id);
    if (!r) continue;
    answered++;
    if (e.date.length === 10 && r.date.length === 10) lags.push(dayNumber(r.date) - dayNumber(e.date));
  }
  lags.sort((x, y) => x - y);
  const q = (p) => { const h = (lags.length - 1) * p, k = Math.floor(h); return k + 1 >= lags.length ? lags[k] : lags[k] + (h - k) * (lags[k + 1] - lags[k]); };
  assert.ok(byId.size > 0);
  return { measures, answered, lagsN: lags.length, median: q(0.5), q1: q(0.25), q3: q(0.75) };
}

test('rift.count: the example on two days, URLSearchParams-style values, bad definitions; the panel shows the same', async () => {
  const events = servedEvents();
  const { page, context, errors } = await openRift(env.browser, env.url);
  for (const day of ['2023-01-01', '2024-06-30']) {
    for (const gov of [true, false]) {
      const want = expectedTikTok(events, day, gov);
      const query = new URLSearchParams({ vendor: 'tiktok', exact: '1', measure: gov ? 'usage_ban' : 'app_ban', scope: gov ? 'gov' : 'public', t: day });
      const got = await page.evaluate((q) => window.rift.count(new URLSearchParams(q)), query.toString());
      assert.deepEqual(got.states, [...want.keys()].sort(), `${day} ${gov ? 'gov' : 'public'}`);
      assert.equal(got.count, want.size);
      assert.deepEqual([...got.eventIds].sort(), [...want.values()].flat().sort());
      assert.equal(got.definition.t, day);
      assert.equal(got.definition.scope, gov ? 'gov' : 'public');
      assert.deepEqual(got.definition.measure, [gov ? 'usage_ban' : 'app_ban']);
      // The same as a plain object with arrays, and as a query string.
      const same = await page.evaluate((q) => window.rift.count(Object.fromEntries(new URLSearchParams(q))), query.toString());
      assert.deepEqual(same.states, got.states);
      const again = await page.evaluate((q) => window.rift.count(q), query.toString());
      assert.deepEqual(again.eventIds, got.eventIds);
      assert.ok(got.stricter === null || got.stricter.count <= got.count);
    }
  }
  assert.ok(expectedTikTok(events, '2024-06-30', true).size > expectedTikTok(events, '2023-01-01', true).size);
  // Bad definitions throw, naming the key; nothing else changes.
  const bad = await page.evaluate(() => ['view', 'cstatus', 'vendor'].map((k) => {
    const def = { view: { view: 'map' }, cstatus: { cstatus: 'in force' }, vendor: { vendor: 'tiktokk' } }[k];
    try { window.rift.count(def); return 'no error'; } catch (e) { return e.message; }
  }));
  assert.match(bad[0], /"view" is not part of a count definition/);
  assert.match(bad[1], /cstatus: must be any, announced, enacted or in_force, not "in force"/);
  assert.match(bad[2], /no vendor has the id "tiktokk"/);
  assert.equal(await page.evaluate(() => window.rift.getState().count), false);

  // The panel on the same question: its number is rift.count's; a state and an event in it select the event.
  const def = { vendor: ['tiktok'], exact: true, measure: ['usage_ban'], scope: 'gov', t: '2024-06-30' };
  await page.evaluate((d) => window.rift.setState({ ...d, count: true }), def);
  const answer = await page.evaluate((d) => window.rift.count(d), def);
  await until(page, () => window.location.hash.includes('count=1'));
  await settled(page);
  assert.equal((await ui(page)).count, answer.count);
  await page.screenshot({ path: `${SHOTS}/answers-count-desktop-light.png` });
  await clickControl(page, `count-state-${answer.states[0]}`);
  await clickControl(page, `count-event-${answer.eventIds[0]}`);
  await until(page, (id) => window.rift.getState().event === id, answer.eventIds[0]);
  await page.evaluate(() => window.rift.setState({ event: null, theme: 'dark', lang: 'de' }));
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/answers-count-desktop-dark-de.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a host page asks {rift: "count"} and gets {rift: "counted"}', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.url}examples/may-2014.html`);
  await until(page, () => window.riftReady === true, null, 60000);
  const ask = (definition) => page.evaluate((d) => new Promise((resolve) => {
    const iframe = document.querySelector('iframe');
    const id = Math.random().toString(36);
    window.addEventListener('message', (e) => {
      if (e.source === iframe.contentWindow && e.data && e.data.rift === 'counted' && e.data.id === id) resolve(e.data);
    });
    iframe.contentWindow.postMessage({ rift: 'count', id, definition: d }, '*');
  }), definition);
  const want = expectedTikTok(servedEvents(), '2023-01-01', false);
  const counted = await ask({ vendor: 'tiktok', exact: '1', measure: 'app_ban', scope: 'public', t: '2023-01-01' });
  assert.equal(counted.count, want.size);
  assert.deepEqual(counted.states, [...want.keys()].sort());
  const refused = await ask({ scope: 'nationwide' });
  assert.match(refused.error, /scope: must be any, gov or public, not "nationwide"/);
  await context.close();
});

test('Compare shows response lags both ways: desktop light, phone dark and German', async () => {
  const events = servedEvents();
  const us = expectedLags(events, 'US', 'CN'), cn = expectedLags(events, 'CN', 'US');
  const { page, context, errors } = await openRift(env.browser, `${env.url}#view=compare&compare=US,CN`);
  await until(page, () => (JSON.parse(window.rift._call('ui')).lags || []).length >= 2);
  const lags = (await ui(page)).lags;
  assert.equal(lags.length, 2);
  for (const [got, want] of [[lags[0], us], [lags[1], cn]]) {
    assert.equal(got.measures, want.measures);
    assert.equal(got.answered, want.answered);
    assert.equal(got.lagsN, want.lagsN);
    if (want.lagsN) {
      assert.equal(got.median, want.median);
      assert.equal(got.q1, want.q1);
      assert.equal(got.q3, want.q3);
    }
  }
  assert.deepEqual([lags[0].from, lags[0].to, lags[1].from, lags[1].to], ['US', 'CN', 'CN', 'US']);
  // Down to the lags: the wheel over Compare's list.
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, 400); await page.waitForTimeout(60); }
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/answers-lags-desktop-light.png` });
  assert.deepEqual(errors, []);
  await context.close();

  const phone = await openRift(env.browser, `${env.url}#view=compare&compare=US,CN&lang=de&theme=dark`,
                               { width: 390, height: 844 }, 2, { hasTouch: true, isMobile: true });
  await until(phone.page, () => true);
  await until(phone.page, () => (JSON.parse(window.rift._call('ui')).lags || []).length >= 2);
  assert.equal((await ui(phone.page)).lags[0].median, us.median);
  const pbox = await phone.page.locator('#canvas').boundingBox();
  await phone.page.mouse.move(pbox.x + pbox.width / 2, pbox.y + pbox.height / 2);
  for (let i = 0; i < 30; i++) { await phone.page.mouse.wheel(0, 400); await phone.page.waitForTimeout(40); }
  await settled(phone.page);
  await phone.page.screenshot({ path: `${SHOTS}/answers-lags-phone-dark-de.png` });
  // The How many panel on the phone, German and dark, on the same page.
  await phone.page.evaluate(() => window.rift.setState({ view: 'timeline', count: true, vendor: ['tiktok'], exact: true,
                                                         measure: ['app_ban'], scope: 'public', t: '2024-06-30' }));
  await until(phone.page, () => window.location.hash.includes('count=1'));
  await settled(phone.page);
  const want = expectedTikTok(events, '2024-06-30', false);
  assert.equal((await ui(phone.page)).count, want.size);
  await phone.page.screenshot({ path: `${SHOTS}/answers-count-phone-dark-de.png` });
  await phone.page.evaluate(() => window.rift.setState({ lang: 'en', theme: 'light' }));
  await settled(phone.page);
  await phone.page.screenshot({ path: `${SHOTS}/answers-count-phone-light.png` });
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
});
