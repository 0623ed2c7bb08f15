// Renders the built page in headless Chromium and saves its canvas as a PNG: the social card (assets/card.png, the
// default view at 1200×630) made at build time by Rift's own renderer from the data the page serves. Any size, theme
// or view is one argument away, for other pictures of the same page (a loading poster).
//
//   node tools/render_card.mjs PAGE_DIR OUT.png [--size 1200x630] [--state 'theme=dark&lang=de']
//
// --state is the page's URL fragment (docs/EMBEDDING.md); none gives the default view a first visit shows.
import { writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

// Opens `url` in `browser` at width×height (CSS pixels, at `scale` device pixels per CSS pixel), waits until the page
// has everything (first frame, full data, all fonts) and has drawn its last frame, and returns the canvas as PNG
// bytes (device pixels); with `encode` (a self-contained function run in the page with [the PNG as base64,
// encodeArg]), what it returns instead.
export async function renderPage(browser, url, width, height, scale = 1, encode = null, encodeArg = null) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // (The posters are made after the card, from the same page: on a first build the page asks for them in vain.)
    page.on('console', (m) => {
      if (m.type() === 'error' && !/\/assets\/poster-/.test(m.location().url || '')) errors.push(m.text());
    });
    // A build may share the machine with other work: the page's own readiness below is the condition, not the
    // 'load' event within Playwright's default 30 s.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120000 });
    const ready = () => page.evaluate(() => {
      const s = window.rift && window.rift.stats();
      return s && s.firstFrameMs !== null && s.fullDataAt !== null && s.fontsComplete ? s.framesDrawn : -1;
    });
    const deadline = Date.now() + 120000;
    // The loop sleeps once nothing changes: the same frame count twice in a row is the finished picture.
    for (let last = -2, now; (now = await ready()) < 0 || now !== last; last = now) {
      if (Date.now() > deadline) throw new Error(`the page at ${url} did not finish drawing in 120 s ${errors.join('; ')}`);
      await page.waitForTimeout(now < 0 ? 50 : 250);
    }
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    const png = await page.locator('#canvas').screenshot();
    return encode ? await page.evaluate(encode, [png.toString('base64'), encodeArg]) : png;
  } finally {
    await context.close();
  }
}

async function main(args) {
  const usage = 'usage: node tools/render_card.mjs PAGE_DIR OUT.png [--size WIDTHxHEIGHT] [--state FRAGMENT]';
  let size = '1200x630', state = '';
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--size') size = args[++i] || '';
    else if (args[i] === '--state') state = args[++i] || '';
    else files.push(args[i]);
  }
  const m = /^(\d{2,4})x(\d{2,4})$/.exec(size);
  if (files.length !== 2 || !m) throw new Error(usage);
  const [dir, out] = files;
  const server = await serve(dir, 0, '127.0.0.1');
  let browser;
  try {
    browser = await launchChromium();
    const url = `http://127.0.0.1:${server.address().port}/${state ? '#' + state : ''}`;
    const png = await renderPage(browser, url, Number(m[1]), Number(m[2]));
    writeFileSync(out, png);
    console.log(`render_card: ${out} (${m[1]}×${m[2]}${state ? ', ' + state : ''}, ${png.length} bytes)`);
  } finally {
    await browser?.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`render_card: ${e.message}`);
    process.exit(1);
  });
}
