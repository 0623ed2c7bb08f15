// A small static file server for the built page (no dependencies): `node tools/serve.mjs DIR [PORT]`.
// Prints the URL; serves .wasm as application/wasm so streaming compilation works, and compresses as static hosts
// do: brotli to browsers that accept it (Chromium asks for it from secure origins, localhost included), else gzip
// (GitHub Pages sends gzip): the page's download budgets are gzip sizes; the probe reports both.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.bin': 'application/octet-stream',
  '.atom': 'application/atom+xml; charset=utf-8',
};

// brotli 11 or gzip -9 bodies, each computed once per file version, off the event loop (other requests go on), and
// kept on disk: every server the tests and the build's renderings start (one per browser test file) would otherwise
// compress the same files again, 7 s of brotli on the first load of each.
const CACHE = process.env.RIFT_SERVE_CACHE || join(tmpdir(), `rift-serve-${process.getuid ? process.getuid() : 'cache'}`);
const brotli = promisify(brotliCompress), gz = promisify(gzip);
const packed = new Map();  // 'br FILE' -> { stamp, body: Promise<Buffer> }

// Once per server: bodies not used for a week go (each rebuild leaves the files of the one before).
let pruned = false;
async function prune() {
  pruned = true;
  const week = Date.now() - 7 * 24 * 3600 * 1000;
  for (const name of await readdir(CACHE).catch(() => [])) {
    const path = join(CACHE, name);
    if ((await stat(path).catch(() => ({ mtimeMs: Infinity }))).mtimeMs < week) await rm(path, { force: true });
  }
}

function compressed(file, info, enc) {
  const key = enc + ' ' + file, stamp = `${info.size} ${info.mtimeMs}`, hit = packed.get(key);
  if (hit && hit.stamp === stamp) return hit.body;
  const body = (async () => {
    const saved = join(CACHE, createHash('sha256').update(`${key} ${stamp}`).digest('hex').slice(0, 40) + '.' + enc);
    if (!pruned) prune().catch(() => {});
    try {
      const cached = await readFile(saved);
      const now = new Date();
      utimes(saved, now, now).catch(() => {});  // used: kept another week
      return cached;
    } catch { /* not compressed yet */ }
    const raw = await readFile(file);
    const out = enc === 'br'
      ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : await gz(raw, { level: 9 });
    try {  // written whole, then renamed: another server reading it never sees half a file
      await mkdir(CACHE, { recursive: true });
      await writeFile(`${saved}.${process.pid}`, out);
      await rename(`${saved}.${process.pid}`, saved);
    } catch { /* no cache then */ }
    return out;
  })();
  packed.set(key, { stamp, body });
  body.catch(() => packed.delete(key));
  return body;
}

async function encode(file, info, accept) {
  if (info.size < 512 || ['.png', '.webp', '.avif'].includes(extname(file))) return { enc: null, body: await readFile(file) };
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  return enc ? { enc, body: await compressed(file, info, enc) } : { enc, body: await readFile(file) };
}

// `mounts` maps URL prefixes to other folders, e.g. { '/fixtures/': 'tests/fixtures' } for the tests.
export function serve(dir, port = 0, host = '127.0.0.1', mounts = {}) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let root = resolve(dir);
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) { root = resolve(folder); path = path.slice(prefix.length - 1); }
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      let info = await stat(file);
      if (info.isDirectory()) { file = join(file, 'index.html'); info = await stat(file); }
      const { enc, body } = await encode(file, info, req.headers['accept-encoding'] || '');
      const head = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache',
                     'Vary': 'Accept-Encoding' };
      if (enc) head['Content-Encoding'] = enc;
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'build/web/src/app';
  const port = Number(process.argv[3] || 8080);
  const server = await serve(dir, port);
  console.log(`Rift is served at http://localhost:${server.address().port}/  (Ctrl+C stops it)`);
}
