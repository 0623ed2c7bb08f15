// Self-sizing embeds (issue 19): an article on another origin with two Rift embeds and web/embed.js, at a phone's
// and a desktop's width. Their heights follow the view (changed by the host with postMessage) and the window's
// width; a height message comes only when the wanted height changes (no resize loop); messages from other frames
// are ignored; a Rift frame added later is sized too. Then the Share dialog's responsive code, and its CSS fallback
// without the script.
import { test, before, after } from 'node:test';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { sharedBrowser, until, settled as framesSettled, waitLoaded, clickControl, SHOTS } from './browser.mjs';

const env = sharedBrowser();
// The article, served by a server of its own: another origin than Rift's (and, like it, on the loopback: Chromium
// lets no public address frame a loopback one).
const host = {};
before(async () => {
  host.server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(article(env.url));
  });
  await new Promise((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  host.url = `http://localhost:${host.server.address().port}/news/2026/rift-article.html`;
});
after(() => host.server?.close());

// The host's own page: its text, two embeds as Share writes them, a frame that is not Rift's and pretends to be,
// and a log of every height message (with the frame it came from) kept before embed.js runs.
function article(base) {
  const frame = (hash, id) => `<iframe id="${id}" src="${base}#${hash}" data-rift
    style="width:100%;max-width:960px;aspect-ratio:4/3;min-height:480px;border:0"
    title="Rift: state measures against technology vendors"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Beijing and Washington, a decade of bans</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:0 12px;color:#222}
h1{font-size:28px;line-height:1.2}</style>
<script>
window.__heights = [];
addEventListener('message', (e) => {
  if (!e.data || e.data.rift !== 'height') return;
  const f = [...document.querySelectorAll('iframe')].find((x) => x.contentWindow === e.source);
  window.__heights.push({ id: f ? f.id : '?', height: e.data.height, at: performance.now() });
});
</script></head><body>
<h1>Beijing and Washington: a decade of measures against each other's technology firms</h1>
<p>Since the 2012 report on Huawei and ZTE, both states have banned, listed and indicted each other's vendors.
The explorer below shows every measure by the acting country.</p>
${frame('view=timeline&embed=1', 'first')}
<p>China's answers came later and were fewer. The table lists them.</p>
${frame('view=events&embed=1&actor=CN', 'second')}
<iframe id="impostor" style="height:200px;width:300px;border:0"
  srcdoc="<p>Not Rift</p><script>setInterval(function(){parent.postMessage({rift:'height',height:1234},'*')},300)</script>"></iframe>
<p>More text after the charts.</p>
<script src="${base}embed.js" async></script>
</body></html>`;
}

async function frameOf(page, id) {
  return (await page.waitForSelector(`#${id}`)).contentFrame();
}
async function ready(frame) {
  await until(frame, () => window.rift && window.rift.stats().firstFrameMs !== null, null, 60000);
}
const heightOf = (page, id) => page.evaluate((i) => document.getElementById(i).getBoundingClientRect().height, id);
// (the impostor's messages are logged too, and left out here: they are no Rift frame's)
const log = (page) => page.evaluate(() => window.__heights.filter((e) => e.id !== 'impostor'));
const lastFor = (entries, id) => entries.filter((e) => e.id === id).map((e) => e.height).pop();

// Waits until a frame's height is the one it last asked for and no message came for 1 s; returns that height.
async function settled(page, id) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const before = (await log(page)).length;
    await page.waitForTimeout(1000);
    const entries = await log(page);
    const wanted = lastFor(entries, id);
    if (entries.length === before && wanted !== undefined && Math.abs((await heightOf(page, id)) - wanted) < 1)
      return wanted;
    if (Date.now() > deadline) throw new Error(`${id} did not settle: ${JSON.stringify(entries.slice(-6))}`);
  }
}

// Does `action`, then waits for a new height message from frame `id` and until it has settled; returns its height.
async function afterChange(page, id, action) {
  const count = async () => (await log(page)).filter((e) => e.id === id).length;
  const before = await count();
  // Browsers stop drawing a cross-origin frame that is off screen (EMBEDDING.md): the reader looks at the embed.
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await action();
  const deadline = Date.now() + 30000;
  while ((await count()) === before) {
    if (Date.now() > deadline) {
      const f = await (await page.$(`#${id}`)).contentFrame();
      const seen = await f.evaluate(() => ({ state: window.rift.getState(), frames: window.rift.stats().framesDrawn,
                                             size: [innerWidth, innerHeight] }));
      throw new Error(`no new height from ${id}: ${JSON.stringify(await log(page))} ${JSON.stringify(seen)}`);
    }
    await page.waitForTimeout(50);
  }
  return settled(page, id);
}

async function setState(page, id, state) {
  await page.evaluate(([i, s]) => document.getElementById(i).contentWindow.postMessage({ rift: 'setState', state: s }, '*'),
                      [id, state]);
}

for (const [name, width, other] of [['phone', 390, 700], ['desktop', 1200, 500]]) {
  test(`two self-sizing embeds in an article (${name}, ${width} px wide)`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);
    const first = await frameOf(page, 'first'), second = await frameOf(page, 'second');
    await ready(first);
    await ready(second);

    // Both are sized to what they ask for; the impostor's messages change nothing.
    const timelineAll = await settled(page, 'first');
    const events = await settled(page, 'second');
    assert.ok(timelineAll >= 240 && timelineAll <= 900, `timeline ${timelineAll}`);
    assert.ok(events >= 240 && events <= 900, `events ${events}`);
    assert.equal(await heightOf(page, 'impostor'), 200, 'a frame that is not Rift keeps its height');
    const entries = await log(page);
    for (const id of ['first', 'second'])
      assert.ok(entries.filter((e) => e.id === id).length <= 3, `${id}: a few messages, not a stream: ${JSON.stringify(entries)}`);

    // The view changes (the host's postMessage): the height follows.
    const map = await afterChange(page, 'first', () => setState(page, 'first', { view: 'map' }));
    assert.notEqual(map, timelineAll, 'the Map asks for another height than the timeline');
    const timelineTwo = await afterChange(page, 'first', () => setState(page, 'first', { view: 'timeline', actor: ['US', 'CN'] }));
    assert.ok(timelineTwo < timelineAll, `two lanes (${timelineTwo}) are shorter than all (${timelineAll})`);
    const visible = await first.evaluate(() => window.rift.getState());
    assert.deepEqual(visible.actor, ['US', 'CN']);
    await page.screenshot({ path: `${SHOTS}/web-embed-sizing-${name}.png`, fullPage: true });

    // The window's width changes: the Map's height follows it, the second embed (Events) keeps its own.
    assert.equal(await afterChange(page, 'first', () => setState(page, 'first', { view: 'map' })), map);
    const mapOther = await afterChange(page, 'first', () => page.setViewportSize({ width: other, height: 844 }));
    assert.notEqual(mapOther, map, `the Map at ${other} px asks for another height than at ${width} px`);
    await settled(page, 'second');

    // Settled means settled: nothing more comes without a change (no loop between the frame and the host).
    const count = (await log(page)).length;
    await page.waitForTimeout(1500);
    assert.equal((await log(page)).length, count, 'no height message without a change');

    // A Rift frame added later (an article that loads more content) is found and sized.
    await page.evaluate((base) => {
      const f = document.createElement('iframe');
      f.id = 'later';
      f.src = `${base}#view=compare&embed=1`;
      f.style.cssText = 'width:100%;height:150px;border:0';
      document.body.appendChild(f);
    }, env.url);
    await ready(await frameOf(page, 'later'));
    const later = await settled(page, 'later');
    assert.notEqual(later, 150);
    assert.equal(await heightOf(page, 'impostor'), 200);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("Share's responsive code: embed.js beside the page, and a sensible height without it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`${env.url}#view=map&actor=CN`);
  await waitLoaded(page);  // everything in: a click lands where the finished layout puts the control
  await framesSettled(page);
  await clickControl(page, 'share');
  await page.screenshot({ path: `${SHOTS}/web-share-responsive.png` });
  await clickControl(page, 'copy-embed-responsive');
  let code = '';
  for (let i = 0; i < 100 && !code.includes('embed.js'); i++) {
    code = await page.evaluate(() => navigator.clipboard.readText());
    if (!code.includes('embed.js')) await page.waitForTimeout(50);
  }
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#view=map&actor=CN&embed=1&v=[^"]+" data-rift style="[^"]*aspect-ratio:4\/3/);
  assert.doesNotMatch(code, /height="/, 'no height attribute: it would override the aspect ratio');
  assert.ok(code.includes(`\n<script src="${env.url}embed.js" async></script>`), code);
  // The script is served beside the page, and small.
  const script = await (await page.request.get(`${env.url}embed.js`)).text();
  assert.match(script, /getHeight/);
  assert.ok(script.length < 2000, `embed.js is ${script.length} bytes`);

  // Without the script (a content system that strips it), the CSS keeps a sensible height.
  const host = await context.newPage();
  await host.setContent(`<!doctype html><body style="margin:0;width:700px">${code.replace(/<script[^>]*><\/script>/, '')}</body>`);
  const box = await (await host.waitForSelector('iframe')).boundingBox();
  assert.ok(Math.abs(box.height - 700 * 3 / 4) < 2, `4:3 of 700 px, not the default 150: ${box.height}`);
  await host.setViewportSize({ width: 390, height: 800 });
  await host.evaluate(() => { document.body.style.width = '390px'; });
  const phone = await (await host.$('iframe')).boundingBox();
  assert.ok(phone.height >= 480, `at least 480 px on a phone: ${phone.height}`);
  await context.close();
});
