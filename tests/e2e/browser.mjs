// Shared by the browser tests: Debian's Chromium through playwright-core, WebGL on SwiftShader, and the page server.
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const WEB_DIR = process.env.RIFT_WEB_DIR || 'build/web/src/app';
export const SHOTS = process.env.RIFT_SHOTS || 'build/shots';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
           '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export async function startServer() {
  const server = await serve(WEB_DIR, 0);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Opens the page and waits until the data is loaded and the first frame is drawn; collects console errors.
export async function openRift(browser, url, viewport = { width: 1440, height: 900 }, deviceScaleFactor = 1) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  // page.waitForFunction evaluates strings, which the page's Content-Security-Policy forbids: poll instead.
  const deadline = Date.now() + 60000;
  while (!(await page.evaluate(() => !!(window.rift && window.rift.stats().firstFrameMs !== null)))) {
    if (Date.now() > deadline) throw new Error('no first frame within 60 s: ' + errors.join('; '));
    await page.waitForTimeout(50);
  }
  return { page, context, errors };
}

// True when the canvas shows more than one colour (not blank).
export async function canvasIsDrawn(page) {
  const shot = await page.locator('#canvas').screenshot();
  let distinct = new Set();
  for (let i = 0; i < shot.length && distinct.size < 50; i += 97) distinct.add(shot[i]);
  return distinct.size > 10;
}
