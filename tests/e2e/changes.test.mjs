// Browser test of "What changed since" (issue 18): a permalink made with an older release of the data. The expected
// counts are worked out here from the served files (data/releases.json against data/events.json), never written in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedBrowser, openRift, clickControl, ui, until, settled, waitLoaded, servedEvents, servedVersion, WEB_DIR, SHOTS, uiUntil } from './browser.mjs';

const env = sharedBrowser();

// An event's canonical JSON (keys sorted, no spaces: src/core/release.cpp) and its FNV-1a 64 as 16 hex digits.
function canonical(v) {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v && typeof v === 'object')
    return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
  return JSON.stringify(v);
}
function fnv1a64(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

// What changed from the record's oldest release to the served data: new ids (not in that release and not a renamed
// one of its ids) and corrected ids (same id, another hash).
function expectedChanges() {
  const record = JSON.parse(readFileSync(`${WEB_DIR}/data/releases.json`, 'utf8'));
  const old = record.releases[0];
  const events = servedEvents();
  const renamedTo = new Map();  // former id -> id now: aliases, then the record's renames
  for (const e of events) for (const a of e.aliases || []) renamedTo.set(a, e.id);
  for (const r of record.releases) for (const [from, to] of Object.entries(r.renamed || {})) if (!renamedTo.has(from)) renamedTo.set(from, to);
  const before = old.set;  // the oldest release lists every event it had
  const ids = new Set(events.map((e) => e.id));
  const renamedNow = new Set();
  for (const id of Object.keys(before)) {
    if (ids.has(id)) continue;
    let at = id;
    for (let i = 0; i < 100 && renamedTo.has(at) && !ids.has(at); i++) at = renamedTo.get(at);
    if (ids.has(at)) renamedNow.add(at);
  }
  const added = events.filter((e) => !(e.id in before) && !renamedNow.has(e.id)).length;
  const corrected = events.filter((e) => e.id in before && before[e.id] !== fnv1a64(canonical(e))).length;
  return { version: old.version, current: servedVersion(), added, corrected };
}

function releaseFetches(page) {
  return page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('releases.json')).length);
}

test('a permalink with an older version offers what changed since, and lists it', async (t) => {
  const want = expectedChanges();
  if (want.version === want.current) return t.skip('the record holds only the current release');
  assert.ok(want.added > 0);
  const { page, context, errors } = await openRift(env.browser, `${env.url}#v=${want.version}&view=events`);
  // The notice asks for the record once the full data is in; then it offers the list.
  await until(page, () => {
    const M = window.Module;
    const p = [M.allocateUTF8('ui'), M.allocateUTF8(''), M.allocateUTF8('')];
    const out = M._rift_call(p[0], p[1], p[2]);
    p.forEach((x) => M._free(x));
    const u = JSON.parse(M.UTF8ToString(out));
    M._free(out);
    return !!u.changes && !!u.rects['whats-changed'];
  });
  let u = await ui(page);
  assert.equal(u.linkVersion, want.version);
  assert.deepEqual(u.changes, { since: want.version, known: true, new: want.added, corrected: want.corrected,
                                renamed: u.changes.renamed, removed: u.changes.removed });
  assert.equal(u.changesOpen, false);
  assert.equal(await releaseFetches(page), 1);
  await page.screenshot({ path: `${SHOTS}/web-changes-notice.png` });

  await clickControl(page, 'whats-changed');
  // (The click is drawn a frame or more later on a busy machine: wait for the list, then check what it shows.)
  u = await uiUntil(page, (x) => x.changesOpen && x.changesMarked);
  assert.equal(u.changesOpen, true, 'the list opened');
  assert.equal(u.changesMarked, true, 'new events are marked');
  assert.ok(u.rects['changes-new'], 'the list has its "New" section');
  assert.equal(u.changes.new, want.added);
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/web-changes-list.png` });

  // The Events table with the list closed: new rows are tagged while the comparison lasts.
  await page.keyboard.press('Escape');
  await uiUntil(page, (u) => !u.changesOpen);
  assert.equal((await ui(page)).changesOpen, false);
  await settled(page);
  assert.equal((await ui(page)).changesMarked, true);
  await page.screenshot({ path: `${SHOTS}/web-changes-events.png` });
  await clickControl(page, 'tab-timeline');
  await uiUntil(page, (u) => u.view === 'timeline');
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/web-changes-timeline.png` });

  // A link made with the current version asks for no release record.
  await page.goto(`${env.url}?view=timeline&v=${want.current}`);
  await waitLoaded(page, errors);
  await settled(page);
  assert.equal((await ui(page)).linkVersion, '');
  assert.equal(await releaseFetches(page), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, and a version the record does not know', async (t) => {
  const want = expectedChanges();
  if (want.version === want.current) return t.skip('the record holds only the current release');
  const phone = { hasTouch: true, isMobile: true };
  const { page, context, errors } = await openRift(env.browser, `${env.url}#v=${want.version}&lang=de`,
                                                   { width: 390, height: 844 }, 2, phone);
  await until(page, () => window.rift.stats().fullDataAt !== null);
  await uiUntil(page, (u) => u.rects['whats-changed']);
  await page.screenshot({ path: `${SHOTS}/web-phone-changes-notice-de.png` });
  await clickControl(page, 'whats-changed', { touch: true });
  const u = await uiUntil(page, (x) => x.changesOpen);
  assert.equal(u.changesOpen, true);
  assert.equal(u.changes.new, want.added);
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/web-phone-changes-list-de.png` });

  // Unknown: the notice says the record does not have it (no list).
  await page.goto(`${env.url}?v=1999-01-01`);
  await waitLoaded(page, errors);
  await uiUntil(page, (u) => u.changes);
  const unknown = await ui(page);
  assert.equal(unknown.linkVersion, '1999-01-01');
  assert.equal(unknown.changes.known, false);
  await page.screenshot({ path: `${SHOTS}/web-phone-changes-unknown.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
