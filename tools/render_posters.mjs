// Renders the page's posters (web/poster.js): the default view as the built page draws it, for each layout, theme and
// pixel density a reader may have, saved as WebP beside the page. Rift's own renderer makes them, from the data the
// page serves, in headless Chromium (as the social card, tools/render_card.mjs).
//
//   node tools/render_posters.mjs PAGE_DIR OUT_DIR VARIANT...
//
// writes OUT_DIR/poster-VARIANT.webp for each VARIANT, named LAYOUT-THEME@Nx: desktop at 1440×900 CSS pixels, wide
// at 1920×960, phone at 390×844, light or dark, N device pixels per CSS pixel. The build names the variants
// (src/app/CMakeLists.txt: desktop at 1× and 2×, wide at 1×, phone at 2×; web/poster.js picks among them and says
// why).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { renderPage } from './render_card.mjs';
import { serve } from './serve.mjs';

const SIZES = { desktop: [1440, 900], wide: [1920, 960], phone: [390, 844] };
function parseVariant(name) {
  const m = /^(desktop|wide|phone)-(light|dark)@([1-3])x$/.exec(name);
  if (!m) throw new Error(`poster variant ${name}: not LAYOUT-THEME@Nx (desktop|wide|phone, light|dark, 1-3)`);
  const [width, height] = SIZES[m[1]];
  return { name, width, height, theme: m[2], scale: Number(m[3]) };
}

// WebP at this quality: a 1440×900 poster is about 60 KB, a fifth of the PNG; the text stays sharp enough for the
// second it is on screen (docs/PERFORMANCE.md, "Poster").
const QUALITY = 0.6;

// Run in the page: the PNG (base64) to WebP (base64) through a 2D canvas.
async function toWebp([png, quality]) {
  const img = new Image();
  img.src = 'data:image/png;base64,' + png;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.naturalWidth;
  c.height = img.naturalHeight;
  c.getContext('2d').drawImage(img, 0, 0);
  const blob = await new Promise((ok) => c.toBlob(ok, 'image/webp', quality));
  if (!blob || blob.type !== 'image/webp') throw new Error('this Chromium cannot encode WebP');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function main([dir, out, ...variants]) {
  if (!dir || !out || !variants.length) throw new Error('usage: node tools/render_posters.mjs PAGE_DIR OUT_DIR VARIANT...');
  const queue = variants.map(parseVariant);
  const server = await serve(dir, 0, '127.0.0.1');
  let browser;
  try {
    browser = await launchChromium();
    const base = `http://127.0.0.1:${server.address().port}/`;
    // Two at a time (the machines have two cores).
    const worker = async () => {
      for (let p; (p = queue.shift());) {
        const url = base + (p.theme === 'dark' ? '#theme=dark' : '');
        const webp = Buffer.from(await renderPage(browser, url, p.width, p.height, p.scale, toWebp, QUALITY), 'base64');
        writeFileSync(join(out, `poster-${p.name}.webp`), webp);
        console.log(`render_posters: poster-${p.name}.webp (${p.width * p.scale}×${p.height * p.scale}, ${webp.length} bytes)`);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser?.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`render_posters: ${e.message}`);
    process.exit(1);
  });
}
