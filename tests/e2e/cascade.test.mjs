// Browser tests of the Cascades view (view=cascade): a permalink opens it, a click on a state's first act selects
// that act, at desktop and phone size, light, dark and German, with screenshots for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedBrowser, openRift, clickControl, ui, until, settled, servedEvents, SHOTS, WEB_DIR } from './browser.mjs';

const env = sharedBrowser();
const LINK = 'view=cascade&vendor=tiktok,deepseek&families=1&measure=usage_ban';

// The states of one company's government-device-ban cascade in the order they first acted, counted from the served
// data (not from a number in the test): each state's earliest act targeting the company or a product of it (by the
// vendors' parents), not merely proposed, from a date on.
function firstActs(company, from = '') {
  const vendors = JSON.parse(readFileSync(`${WEB_DIR}/data/vendors.json`, 'utf8')).vendors;
  const parent = new Map(vendors.map((v) => [v.id, v.parent]));
  const root = (id) => { while (parent.get(id)) id = parent.get(id); return id; };
  const first = new Map();
  for (const e of servedEvents()) {
    const roles = e.vendor_roles || {};
    if (e.measure !== 'usage_ban' || e.status === 'proposed' || e.date < from) continue;
    if (!e.vendors.some((v) => root(v) === company && (roles[v] || 'targeted') === 'targeted')) continue;
    // Dates as text: "2023-03" sorts before "2023-03-01", as its first day does.
    if (!first.has(e.actor) || e.date < first.get(e.actor)) first.set(e.actor, e.date);
  }
  return [...first].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));
}

test('a permalink opens two cascades; clicking a first act selects it; light, dark and German at desktop size', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}#${LINK}`, { width: 1366, height: 900 });
  const state = await page.evaluate(() => window.rift.getState());
  assert.equal(state.view, 'cascade');
  assert.deepEqual(state.vendor, ['tiktok', 'deepseek']);
  assert.equal(state.families, true);
  await settled(page);
  let u = await ui(page);
  const rows = (k) => Object.keys(u.rects).filter((n) => n.startsWith(`cascade-${k}-row-`)).length;
  assert.ok(u.rects['cascade-figures'] && u.rects['cascade-definition'], 'the figures and their definition');
  assert.ok(rows(0) >= 5 && rows(1) >= 5, `rows drawn: ${rows(0)}, ${rows(1)}`);
  // Rows go down the page in the order the states acted.
  for (let r = 1; r < rows(1); r++) assert.ok(u.rects[`cascade-1-row-${r}`][1] > u.rects[`cascade-1-row-${r - 1}`][1]);
  await page.screenshot({ path: `${SHOTS}/cascade-desktop-light.png` });

  // DeepSeek's third state: its first act is selected by a click on its mark.
  const deepseek = firstActs('deepseek');
  await clickControl(page, 'cascade-1-first-2');
  await until(page, () => window.rift.getState().event !== '');
  const selected = (await page.evaluate(() => window.rift.getState())).event;
  const event = servedEvents().find((e) => e.id === selected);
  assert.ok(event, `a click selects an event (got "${selected}")`);
  assert.deepEqual([event.actor, event.date], deepseek[2], 'the third state to act, on its first day');
  assert.match(await page.evaluate(() => location.hash), /view=cascade/, 'the address is a permalink of the view');

  await page.evaluate(() => window.rift.setState({ theme: 'dark' }));
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/cascade-desktop-dark.png` });
  await page.evaluate(() => window.rift.setState({ theme: 'light', lang: 'de' }));
  await settled(page);
  u = await ui(page);
  assert.ok(u.rects['cascade-figures'], 'German: the same view');
  await page.screenshot({ path: `${SHOTS}/cascade-desktop-de.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: the cascades stacked, a tap on a first act opens its details; dark and German', async () => {
  const { page, context, errors } = await openRift(env.browser, `${env.url}#${LINK}&from=2022`, { width: 390, height: 844 }, 2,
                                                   { hasTouch: true, isMobile: true });
  await settled(page);
  let u = await ui(page);
  const dpr = 2;
  for (const name of ['cascade-0-row-0', 'cascade-figures'])
    assert.ok(u.rects[name] && (u.rects[name][0] + u.rects[name][2]) / dpr <= 390, `${name} fits the phone's width`);
  await page.screenshot({ path: `${SHOTS}/cascade-phone-light.png` });
  await page.evaluate(() => window.rift.setState({ theme: 'dark', lang: 'de' }));
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/cascade-phone-dark-de.png` });

  // The second state to ban TikTok's family on government devices since 2022.
  const second = firstActs('bytedance', '2022')[1];
  await clickControl(page, 'cascade-0-first-1', { touch: true });
  await until(page, () => window.rift.getState().event !== '');
  const selected = (await page.evaluate(() => window.rift.getState())).event;
  const event = servedEvents().find((e) => e.id === selected);
  assert.deepEqual([event.actor, event.date], second);
  u = await ui(page);
  assert.equal(u.panel, 2, 'the Details tab shows the act');
  await page.screenshot({ path: `${SHOTS}/cascade-phone-details.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
