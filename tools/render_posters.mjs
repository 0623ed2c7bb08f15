// Renders the page's posters (web/poster.js): the default view as the built page draws it, for each layout, theme and
// pixel density a reader may have, saved as AVIF beside the page. Rift's own renderer makes them, from the data the
// page serves, in headless Chromium (as the social card, tools/render_card.mjs).
//
//   node tools/render_posters.mjs PAGE_DIR OUT_DIR VARIANT...
//
// writes OUT_DIR/poster-VARIANT.avif for each VARIANT, named LAYOUT-THEME@Nx: desktop at 1440×900 CSS pixels, wide
// at 1920×960, phone at 390×844, light or dark, N device pixels per CSS pixel. The build names the variants
// (src/app/CMakeLists.txt: desktop at 1× and 2×, wide at 1×, phone at 2×; web/poster.js picks among them and says
// why).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { renderPage } from './render_card.mjs';
import { serve } from './serve.mjs';

const execFileAsync = promisify(execFile);

const SIZES = { desktop: [1440, 900], wide: [1920, 960], tablet: [1024, 768], upright: [820, 1180], phone: [390, 844] };
function parseVariant(name) {
  const m = /^(desktop|wide|tablet|upright|phone)-(light|dark)@([1-3])x$/.exec(name);
  if (!m) throw new Error(`poster variant ${name}: not LAYOUT-THEME@Nx (desktop|wide|tablet|upright|phone, light|dark, 1-3)`);
  const [width, height] = SIZES[m[1]];
  return { name, width, height, theme: m[2], scale: Number(m[3]) };
}

// AVIF (libavif's avifenc, AV1 at constant quality, full-resolution colour so that coloured text keeps its edges):
// a 1440×900 poster is 28 KB, less than half of what WebP took (WebP at 0.6: 64 KB, a mean difference of 1.4 levels
// from the rendered PNG; AVIF at cq-level 40: 35 KB and 1.2; at 45: 28 KB and 1.65, the text as legible; at 50: 22 KB,
// with visible ringing at the checkboxes): docs/PERFORMANCE.md, sixth round. Speed 6 of 0-10: 5 s for a 1× desktop
// poster here, 25 s for a 2× one (speed 4 saves 4 % for four times the time; speed 7 halves the time, but its files
// are 15 % larger at the same mean difference: 58.5 KB at cq-level 40 against 50.7 KB for a 2× desktop).
const AVIFENC = ['--min', '0', '--max', '63', '-a', 'end-usage=q', '-a', 'cq-level=45', '-y', '444', '-s', '6', '-j', '1'];

// Encodes beside the other worker's rendering (a child process, awaited): a synchronous encode held up the whole
// event loop, so the two workers took turns: the posters took 198 s of a clean build, 118–122 s since (docs/PERFORMANCE.md).
async function toAvif(png, name) {
  const dir = mkdtempSync(join(tmpdir(), 'rift-poster-'));
  try {
    writeFileSync(join(dir, 'in.png'), png);
    await execFileAsync('avifenc', [...AVIFENC, join(dir, 'in.png'), join(dir, 'out.avif')]).catch((e) => {
      if (e.code === 'ENOENT') throw new Error(`avifenc (Debian's libavif-bin) is needed for the posters: ${e.message}`);
      throw new Error(`avifenc failed on poster ${name}: ${(e.stderr || e.stdout || e.message).trim().split('\n').pop()}`);
    });
    return readFileSync(join(dir, 'out.avif'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main([dir, out, ...variants]) {
  if (!dir || !out || !variants.length) throw new Error('usage: node tools/render_posters.mjs PAGE_DIR OUT_DIR VARIANT...');
  // The largest first (a 2× desktop takes 25 s to encode, a 1× tablet 4 s), so the two workers end together.
  const queue = variants.map(parseVariant).sort((a, b) => b.width * b.height * b.scale ** 2 - a.width * a.height * a.scale ** 2);
  const server = await serve(dir, 0, '127.0.0.1');
  let browser;
  try {
    browser = await launchChromium();
    const base = `http://127.0.0.1:${server.address().port}/`;
    // Two at a time (the machines have two cores).
    const worker = async () => {
      for (let p; (p = queue.shift());) {
        const url = base + (p.theme === 'dark' ? '#theme=dark' : '');
        const avif = await toAvif(await renderPage(browser, url, p.width, p.height, p.scale), p.name);
        writeFileSync(join(out, `poster-${p.name}.avif`), avif);
        console.log(`render_posters: poster-${p.name}.avif (${p.width * p.scale}×${p.height * p.scale}, ${avif.length} bytes)`);
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
