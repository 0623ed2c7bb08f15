// Rift operated as a screen-reader user does (issue 22): every control is found in Chromium's accessibility tree
// (through the DevTools protocol) by its role and name, focused there and worked with the keyboard; what a screen
// reader would say is read from the tree's live regions. One page load for the whole walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, openRift, ui, until, servedEvents, SHOTS } from './browser.mjs';

const env = sharedBrowser();

// The tree as a screen reader gets it: nodes by role and accessible name, and the text inside live regions.
function axTree(cdp) {
  const tree = {
    async nodes() { return (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored); },
    async find(role, name) {
      const found = (await tree.nodes()).filter((n) => n.role?.value === role && n.name?.value === name);
      if (found.length !== 1) throw new Error(`${found.length} ${role} nodes named "${name}"`);
      return found[0];
    },
    async focus(role, name) {
      const n = await tree.find(role, name);
      await cdp.send('DOM.focus', { backendNodeId: n.backendDOMNodeId });
      return n;
    },
    prop(node, name) { return node.properties?.find((p) => p.name === name)?.value?.value; },
    // The text of every polite live region (what a screen reader reads out when it changes).
    async spoken() {
      const nodes = await cdp.send('Accessibility.getFullAXTree').then((r) => r.nodes);
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const text = (n) => (n.role?.value === 'StaticText' ? n.name?.value || '' :
        (n.childIds || []).map((id) => byId.get(id)).filter(Boolean).map(text).join(''));
      return nodes.filter((n) => !n.ignored && tree.prop(n, 'live') === 'polite').map(text).filter((t) => t);
    }
  };
  return tree;
}

async function heard(page, tree, pattern) {
  const deadline = Date.now() + 10000;
  for (;;) {
    const said = await tree.spoken();
    if (said.some((t) => pattern.test(t))) return said.find((t) => pattern.test(t));
    if (Date.now() > deadline) throw new Error(`never announced ${pattern}; live regions say: ${JSON.stringify(said)}`);
    await page.waitForTimeout(50);
  }
}

test('a screen reader operates Rift: filters, dates, playback, an event, Share; Tab and Escape leave the canvas', async () => {
  const { page, context, errors } = await openRift(env.browser, env.url, { width: 1280, height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.getDocument');
  const tree = axTree(cdp);
  await until(page, () => !!document.getElementById('rift-a11y'));
  const total = servedEvents().length;

  // Tab from the canvas reaches the controls (no trap), and the panel then shows itself to a sighted user.
  await page.locator('#canvas').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#rift-a11y') !== null), true);
  const box = await page.locator('#rift-a11y').boundingBox();
  assert.ok(box.width > 300 && box.height > 100, `the focused panel is visible: ${JSON.stringify(box)}`);
  await page.screenshot({ path: `${SHOTS}/web-a11y-panel.png` });
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'Shift+Tab goes back to the canvas');
  // Escape with nothing open or selected leaves the canvas for the controls too.
  await page.keyboard.press('Escape');
  await until(page, () => document.activeElement.closest('#rift-a11y') !== null);
  await page.locator('#canvas').focus();

  // An acting country, chosen in its list box by typing its name.
  const china = servedEvents().filter((e) => e.actor === 'CN').length;
  await tree.focus('listbox', 'Acting country');
  await page.keyboard.type('China');
  await until(page, () => (window.rift.getState().actor || []).join() === 'CN');
  const chinaOption = (await tree.nodes()).find((n) => n.role?.value === 'option' && n.name?.value === 'China');
  assert.equal(tree.prop(chinaOption, 'selected'), true, 'the tree says China is chosen');
  await heard(page, tree, new RegExp(`^${china} of ${total} events match\\.$`));

  // A date range, typed; a date the app refuses is said with its reason, and the range stays.
  await tree.focus('textbox', 'From');
  await page.keyboard.type('2019');
  await page.keyboard.press('Enter');
  await tree.focus('textbox', 'To');
  await page.keyboard.type('2020-06');
  await page.keyboard.press('Enter');
  await until(page, () => { const s = window.rift.getState(); return s.from === '2019' && s.to === '2020-06'; });
  // (dates known only to the year or month count where they overlap the range: the app's own filter decides)
  const ids = new Set(await page.evaluate(() => window.rift.matchingEventIds()));
  const inRange = servedEvents().filter((e) => ids.has(e.id));
  assert.ok(inRange.length > 0 && inRange.length < china, `${inRange.length} of China's ${china}`);
  assert.ok(inRange.every((e) => e.actor === 'CN' && e.date.slice(0, 4) >= '2019' && e.date.slice(0, 7) <= '2020-06'));
  await heard(page, tree, new RegExp(`^${inRange.length} of ${total} events match\\.$`));
  await tree.focus('textbox', 'From');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2019-13');
  await page.keyboard.press('Enter');
  await heard(page, tree, /2019-13/);
  assert.equal(await page.evaluate(() => window.rift.getState().from), '2019');

  // Play, then Pause: the button says what it will do next.
  await tree.focus('button', 'Play');
  await page.keyboard.press('Enter');
  await until(page, () => window.rift.getState().play === true);
  await tree.find('button', 'Pause');
  await heard(page, tree, /^\d{4}/);  // the playback caption: a date and an event
  await tree.focus('button', 'Pause');
  await page.keyboard.press('Space');
  await until(page, () => window.rift.getState().play === false);
  await tree.find('button', 'Play');

  // An event, by stepping: its summary is read out.
  await tree.focus('button', 'Next event');
  await page.keyboard.press('Enter');
  await until(page, () => window.rift.getState().event !== '');
  const id = await page.evaluate(() => window.rift.getState().event);
  const event = servedEvents().find((e) => e.id === id);
  assert.equal(event.actor, 'CN');
  const said = await heard(page, tree, /^Selected: /);
  assert.ok(said.includes(event.title), `the announcement names the event: ${said}`);

  // Share opens the dialog on the canvas, says so, and puts the link to this view in a field.
  await tree.focus('button', 'Share');
  await page.keyboard.press('Enter');
  await until(page, () => document.activeElement && document.activeElement.id === 'rift-a11y-link');
  await heard(page, tree, /^Share$/);
  assert.equal((await ui(page)).share, true);
  const link = await tree.find('textbox', 'Link to this view');
  assert.equal(tree.prop(link, 'readonly'), true);
  assert.equal(link.value?.value, await page.evaluate(() => location.href));
  assert.match(link.value.value, /actor=CN/);
  await page.screenshot({ path: `${SHOTS}/web-a11y-share.png` });

  // A change on the canvas (here through the host API) reaches the controls, in the interface's language; the
  // page's own words follow, with the document's language, so that a screen reader reads them as German.
  const pageWords = () => page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title,
    heading: document.getElementById('heading').textContent, canvas: document.getElementById('canvas').getAttribute('aria-label') }));
  const english = await pageWords();
  assert.equal(english.lang, 'en');
  await page.evaluate(() => window.rift.setState({ lang: 'de', view: 'map' }));
  await until(page, () => document.querySelector('#rift-a11y h2')?.textContent === 'Bedienelemente des Explorers');
  const view = await tree.find('combobox', 'Ansicht');
  assert.equal(view.value?.value, 'Karte');
  assert.deepEqual(await pageWords(), { lang: 'de', title: 'Rift: Maßnahmen von Staaten gegen Technologieanbieter',
    heading: 'Rift: Maßnahmen, die Staaten gegen die Technologieanbieter anderer Staaten ergreifen',
    canvas: 'Rift-Explorer: Zeitleiste der Maßnahmen von Staaten gegen Technologieanbieter' });
  await tree.find('heading', 'Rift: Maßnahmen, die Staaten gegen die Technologieanbieter anderer Staaten ergreifen');
  // And back: the English of the page itself (index.html), not a second copy of it.
  await page.evaluate(() => window.rift.setState({ lang: 'en' }));
  await until(page, () => document.documentElement.lang === 'en');
  assert.deepEqual(await pageWords(), english);
  assert.equal(english.heading, "Rift: measures states take against each other's technology vendors");
  assert.deepEqual(errors, []);
  await context.close();
});
