// A small static file server for the built page (no dependencies): `node tools/serve.mjs DIR [PORT]`.
// Prints the URL; serves .wasm as application/wasm so streaming compilation works, and compresses as static hosts
// do: brotli to browsers that accept it (Chromium asks for it from secure origins, localhost included), else gzip
// (GitHub Pages sends gzip): the page's download budgets are gzip sizes; the probe reports both.
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.bin': 'application/octet-stream',
  '.atom': 'application/atom+xml; charset=utf-8',
};

// brotli 11 or gzip -9 bodies, each computed once per file version.
const packed = new Map();
function encode(file, mtime, body, accept) {
  if (body.length < 512 || ['.png', '.webp', '.avif'].includes(extname(file))) return { enc: null, body };
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!enc) return { enc, body };
  const key = enc + ' ' + file, hit = packed.get(key);
  if (hit && hit.mtime === mtime) return { enc, body: hit.body };
  const out = enc === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 9 });
  packed.set(key, { mtime, body: out });
  return { enc, body: out };
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
      const { enc, body } = encode(file, info.mtimeMs, await readFile(file), req.headers['accept-encoding'] || '');
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
