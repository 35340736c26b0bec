// serve.cjs — a small static file server for build/site (used by shell/run and the browser tests).
//
//   node shell/lib/serve.cjs DIR [--port 8080] [--host 127.0.0.1] [--base /sub/path/]
//
// Serves DIR under the URL prefix --base (default "/"), with the right MIME types (application/wasm
// for WebAssembly) and no caching, so a rebuild is seen at once. Only GET and HEAD. Prints the URL.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const root = path.resolve(args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--'))) || '.');
const port = Number(option('--port', process.env.PORT || 8080));
const host = option('--host', '127.0.0.1');
let base = option('--base', '/');
if (!base.startsWith('/')) base = '/' + base;
if (!base.endsWith('/')) base += '/';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.ttf': 'font/ttf',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html\n  how to fix: run shell/build first`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    return res.end();
  }
  const url = new URL(req.url, 'http://localhost');
  let p = decodeURIComponent(url.pathname);
  if (p + '/' === base) {
    res.writeHead(301, { Location: base });
    return res.end();
  }
  if (!p.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found');
  }
  p = p.slice(base.length);
  if (p === '' || p.endsWith('/')) p += 'index.html';
  const file = path.join(root, path.normalize(p));
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403);
    return res.end();
  }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] || 'application/octet-stream',
      'Content-Length': st.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  });
});
server.listen(port, host, () => {
  const actual = server.address().port;
  console.log(`Stormvakt is served at http://${host}:${actual}${base}`);
});
server.on('error', (e) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${e.message}\n  how to fix: set PORT to a free port, e.g. PORT=8081 shell/run`);
  process.exit(1);
});
