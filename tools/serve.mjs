// A small static file server for the built page (no dependencies): `node tools/serve.mjs DIR [PORT]`.
// Prints the URL; serves .wasm as application/wasm so streaming compilation works.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.bin': 'application/octet-stream',
};

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
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
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
