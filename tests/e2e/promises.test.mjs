// Promises of the page that a host or a reader relies on and nothing else tested (issue 23): postMessage is obeyed
// only from the parent frame; rift.ready resolves and rift.off() stops a listener; the screen-reader mirror's
// links are http(s), open in a new tab and give the source no handle on Rift; table.html lists every event with
// its sources and runs no script; the single file's policy allows no network script. One Rift load, in an article
// on another origin.
import { test, before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { sharedBrowser, until, servedEvents, WEB_DIR } from './browser.mjs';

const env = sharedBrowser();
const host = {};
before(async () => {
  host.server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<script>
window.__replies = [];
addEventListener('message', (e) => {
  const rift = document.getElementById('rift');
  if (e.source === rift.contentWindow && e.data && e.data.rift) window.__replies.push(e.data);
});
</script></head><body><p>An article with Rift and another frame of the host's.</p>
<iframe id="rift" src="${env.url}#view=events&embed=1" style="width:800px;height:600px;border:0"></iframe>
<iframe id="other" srcdoc="<p>A widget</p>" style="width:200px;height:100px;border:0"></iframe>
</body></html>`);
  });
  await new Promise((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  host.url = `http://localhost:${host.server.address().port}/article.html`;
});
after(() => host.server?.close());

test('an embed obeys its parent only; ready, off(), the mirror\'s links', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(host.url);
  await until(page, () => window.__replies.some((r) => r.rift === 'ready'), undefined, 60000);
  const rift = page.frames().find((f) => f.url().startsWith(env.url));
  assert.ok(rift, 'the Rift frame');
  await until(rift, () => { const s = window.rift.stats(); return s.fullDataAt !== null; }, undefined, 60000);

  // Another frame of the host page (a sibling, not the parent) sends setState; then the parent asks for the state.
  // Messages are handled in the order they were sent, so the answer shows whether the sibling's was obeyed.
  const replyCount = await page.evaluate(() => window.__replies.length);
  await page.evaluate(() => {
    const target = document.getElementById('rift').contentWindow;
    const other = document.getElementById('other').contentWindow;
    other.eval(`parent.frames[0].postMessage({ rift: 'setState', state: { actor: ['RU'] } }, '*')`);
    target.postMessage({ rift: 'getState' }, '*');
  });
  await until(page, (n) => window.__replies.slice(n).some((r) => r.rift === 'state'), replyCount);
  let state = (await page.evaluate((n) => window.__replies.slice(n).find((r) => r.rift === 'state'), replyCount)).state;
  assert.deepEqual(state.actor, [], 'a sibling frame\'s setState is ignored');
  // The parent's own setState is obeyed.
  const before = await page.evaluate(() => window.__replies.length);
  await page.evaluate(() => document.getElementById('rift').contentWindow.postMessage({ rift: 'setState', state: { actor: ['CN'] } }, '*'));
  await until(page, (n) => window.__replies.slice(n).some((r) => r.rift === 'state' && r.state.actor.includes('CN')), before);
  assert.deepEqual(await rift.evaluate(() => window.rift.getState().actor), ['CN']);

  // rift.ready has resolved; off() stops the listener it is given and no other.
  assert.equal(await rift.evaluate(() => window.rift.ready.then(() => 'resolved')), 'resolved');
  await rift.evaluate(() => {
    window.__kept = 0; window.__dropped = 0;
    window.__drop = () => window.__dropped++;
    window.rift.on('change', () => window.__kept++);
    window.rift.on('change', window.__drop);
    window.rift.off('change', window.__drop);
    window.rift.setState({ actor: ['US'] });
  });
  await until(rift, () => window.__kept > 0);
  assert.equal(await rift.evaluate(() => window.__dropped), 0, 'a listener removed with off() is not called');

  // The screen-reader mirror lists the selection with its sources as links: only http(s), a new tab, no opener.
  await rift.evaluate(() => window.rift.setState({ actor: ['CN'], from: '2014', to: '2014' }));
  const events = servedEvents().filter((e) => e.actor === 'CN' && e.date.startsWith('2014'));
  await until(rift, (n) => (document.querySelector('#mirror p')?.textContent || '').startsWith(n + ' '), events.length);
  const links = await rift.evaluate(() => [...document.querySelectorAll('#mirror a')].map((a) =>
    ({ href: a.href, target: a.target, rel: a.rel })));
  assert.equal(links.length, events.reduce((n, e) => n + e.sources.length, 0), 'one link per source of the selection');
  for (const l of links) {
    assert.match(l.href, /^https?:\/\//);
    assert.equal(l.target, '_blank');
    assert.ok(l.rel.split(' ').includes('noopener') && l.rel.split(' ').includes('noreferrer'), l.rel);
  }
  await context.close();
});

test('table.html lists every event with its sources and runs no script; the single file allows no network script', async () => {
  const events = servedEvents();
  const table = readFileSync(`${WEB_DIR}/table.html`, 'utf8');
  const csp = table.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/);
  assert.ok(csp, 'table.html has a policy');
  assert.match(csp[1], /default-src 'none'/);
  assert.doesNotMatch(csp[1], /script-src/, 'no script may run in the table');
  assert.equal((table.match(/<tr>/g) || []).length - 1, events.length, 'one row per event (and the header)');
  for (const e of events.slice(0, 50)) for (const s of e.sources) assert.ok(table.includes(s.url.replaceAll('&', '&amp;')), s.url);

  const single = readFileSync(`${WEB_DIR}/rift-offline.html`, 'utf8');
  const policy = single.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  const scripts = policy.match(/script-src ([^;]*)/)[1].trim().split(/\s+/);
  for (const s of scripts) assert.ok(s === "'wasm-unsafe-eval'" || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s), `script source ${s}`);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /object-src 'none'/);
  assert.doesNotMatch(single, /<script[^>]+src=/, 'no script is fetched');
});
