// The URL contract as host pages and readers use it (issue 19): links written by URLSearchParams, a new permalink
// over an open Rift (typed, an in-page link, a host script), unknown values reported, play=1 alone. One page load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openRift, until, servedEvents, settled as settledFrames } from './browser.mjs';

const env = sharedBrowser();

test('links from URLSearchParams, permalinks that replace, problems reported, play=1 plays', async () => {
  // What a CMS link field or a host script writes: commas as %2C.
  const query = new URLSearchParams({ actor: 'US,CN', measure: 'export_control,entity_listing' }).toString();
  assert.match(query, /%2C/);
  const { page, context, errors } = await openRift(env.browser, `${env.url}#${query}`);
  const state = () => page.evaluate(() => window.rift.getState());
  let s = await state();
  assert.deepEqual(s.actor, ['US', 'CN']);
  assert.deepEqual(s.measure, ['export_control', 'entity_listing']);
  assert.deepEqual((await page.evaluate(() => window.rift.stats())).problems, []);
  const byId = new Map(servedEvents().map((e) => [e.id, e]));
  const ids = await page.evaluate(() => window.rift.matchingEventIds());
  const expected = servedEvents().filter((e) => ['US', 'CN'].includes(e.actor) &&
    ['export_control', 'entity_listing'].includes(e.measure)).length;
  assert.equal(ids.length, expected, 'the same events as the data file says');
  for (const id of ids) assert.ok(['US', 'CN'].includes(byId.get(id).actor), id);

  // A host script sets location.hash: the new link's view, nothing left over from the old one.
  const changes = await page.evaluate(() => { window.__changes = 0; window.rift.on('change', () => window.__changes++); return 0; });
  assert.equal(changes, 0);
  await page.evaluate(() => { location.hash = 'view=map&target=US'; });
  await until(page, () => window.rift.getState().view === 'map');
  s = await state();
  assert.deepEqual(s.actor, [], 'the old actor filter is gone');
  assert.deepEqual(s.measure, []);
  assert.deepEqual(s.target, ['US']);

  // An in-page link in an article.
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '#view=events&actor=CN&from=2019';
    a.id = 'inpage';
    a.textContent = 'China since 2019';
    document.body.appendChild(a);
    a.click();
  });
  await until(page, () => window.rift.getState().view === 'events');
  s = await state();
  assert.deepEqual(s.actor, ['CN']);
  assert.deepEqual(s.target, [], 'the previous link\'s target is gone');
  assert.equal(s.from, '2019');
  // Rift's own address updates (replaceState) do not come back as new links: the changes stop.
  // (a link may take a frame or two to settle: wait until the count holds, then watch it hold)
  const count = () => page.evaluate(() => window.__changes);
  let settled = await count();
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(100);
    const now = await count();
    same = now === settled ? same + 1 : 0;
    settled = now;
  }
  await page.waitForTimeout(700);
  assert.equal(await count(), settled, 'no loop between the address and the state');
  assert.match(await page.evaluate(() => location.hash), /view=events/);

  // A link that arrives just before a frame: the host sets the hash in an animation-frame callback that runs ahead of
  // the app's frame (the loop is idle, so the change below schedules the app's frame after it). The app then draws,
  // and writes its address, while the link's 'hashchange' is still queued: the link must win, not be written over.
  await settledFrames(page);
  await page.evaluate(() => {
    requestAnimationFrame(() => { location.hash = 'view=compare&actor=DE'; });
    window.rift.setState({ view: 'timeline', actor: ['JP'] });
  });
  await until(page, () => window.rift.getState().view === 'compare' && /view=compare/.test(location.hash));
  await page.waitForTimeout(500);
  s = await state();
  assert.equal(s.view, 'compare', 'the later link holds');
  assert.deepEqual(s.actor, ['DE']);
  assert.match(await page.evaluate(() => location.hash), /view=compare/);

  // A value still unknown after decoding: a notice on the canvas and the same in stats().problems.
  await page.evaluate(() => { location.hash = 'actor=US%2CXX'; });
  await until(page, () => window.rift.stats().problems.length > 0);
  const problems = (await page.evaluate(() => window.rift.stats())).problems;
  assert.ok(problems.some((p) => p.includes('unknown country code "XX"')), problems.join('; '));
  assert.deepEqual((await state()).actor, ['US']);

  // play=1 alone plays from the first event, as the Play button does from the end.
  await page.evaluate(() => { location.hash = 'play=1'; });
  await until(page, () => window.rift.getState().play === true);
  await until(page, () => { const t = window.rift.getState().t; return t !== null && t < '2014'; });
  await page.evaluate(() => window.rift.setState({ play: false }));
  assert.deepEqual(errors, []);
  await context.close();
});
