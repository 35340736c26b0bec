// lib.mjs — shared helpers for the browser tests (playwright-core driving Debian's Chromium).
//
// startServer()  serves build/site (optionally under a sub-path) on a free port
// launch()       starts headless Chromium with the flags that keep it off the network
// watchPage()    records console errors and every request a page makes
// decodePng()    reads a screenshot's pixels (for "the canvas was drawn" checks)
// offline helpers (issue 7): watchContext(), watchCsp(), cspViolations(), waitOfflineReady(), siteFiles()
// cliSummary()   the CLI's analyze report for a file; loadThroughPage() loads a file via stormvakt.loadFile
// writeSample()  writes the sample crisis scaled by a volume factor (stormvakt sample --volume X)
// serverAndBrowser()  a test file's server and browser, started before and closed after its tests
// parseCsv()     CSV text as records of fields
// frames()       waits for a few animation frames (the app has drawn the state a test set)
// siteWithData() a private site root: build/site plus data files under bench-data/ (bench, trace tools)
import { before, after } from 'node:test';
import { createRequire } from 'node:module';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.join(ROOT, 'build/site');
export const ARTIFACTS = path.join(ROOT, 'build/test-artifacts');
fs.mkdirSync(ARTIFACTS, { recursive: true });

const require = createRequire(path.join(ROOT, '.node/package.json'));
export const { chromium } = require('playwright-core');

// Serves build/site (or dir) on a free port; resolves to { url, close }.
export function startServer({ base = '/', dir = SITE } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'shell/lib/serve.cjs'), dir, '--port', '0', '--base', base],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/(http:\/\/\S+)/);
      if (m) resolve({ url: m[1], close: () => child.kill() });
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

// Records console errors, page errors and every request URL of a page.
export function watchPage(page) {
  const log = { errors: [], requests: [], console: [] };
  page.on('console', (msg) => {
    log.console.push(`${msg.type()}: ${msg.text()}`);
    // Failed loads are reported with their URL by the 'response' handler below.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) log.errors.push(msg.text());
  });
  page.on('pageerror', (err) => log.errors.push(String(err)));
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('response', (res) => {
    if (res.status() >= 400) log.errors.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return log;
}

// Waits for window.stormvakt.ready; returns the version.
export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => window.stormvakt && window.stormvakt.version, null, { timeout });
  return page.evaluate(() => window.stormvakt.ready.then((api) => api.version));
}

// Decodes an 8-bit RGB/RGBA PNG (what Chromium's screenshots are) into { width, height, channels, pixels }.
export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('only 8-bit PNGs');
      colorType = data[9];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!channels) throw new Error('unsupported PNG colour type ' + colorType);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 255;
    }
  }
  return { width, height, channels, pixels };
}

// How much of an image differs from its most common colour, and how many colours it has.
export function imageStats(png) {
  const counts = new Map();
  const { pixels, channels } = png;
  for (let i = 0; i < pixels.length; i += channels) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const total = pixels.length / channels;
  const top = Math.max(...counts.values());
  return { colors: counts.size, nonBackground: 1 - top / total };
}

// Every request of a page must go to the page's own origin.
export function foreignRequests(requests, pageUrl) {
  const origin = new URL(pageUrl).origin;
  return requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

// ---------------------------------------------------------------------------------------------------------
// Offline and privacy (issue 7)
// ---------------------------------------------------------------------------------------------------------

// Records every request of a browser context, its pages' and its service workers', as
// { url, method, fromServiceWorker, postData, at } (at: ms since watching began).
export function watchContext(context) {
  const start = Date.now();
  const log = { requests: [] };
  context.on('request', (req) => {
    log.requests.push({ url: req.url(), method: req.method(), fromServiceWorker: !!req.serviceWorker(),
      postData: req.postData(), at: Date.now() - start });
  });
  return log;
}

// Collects Content-Security-Policy violations in every page of a context (run before the first goto).
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__svCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__svCspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}
export function cspViolations(page) {
  return page.evaluate(() => window.__svCspViolations || ['the CSP watcher is not installed']);
}

// Waits until the page is controlled by Stormvakt's service worker and its cache holds every file the
// worker lists; resolves to { version, cache, scope, files } (files: absolute URLs in the cache).
export async function waitOfflineReady(page, timeout = 60000) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout });
  return page.evaluate(async (limit) => {
    const reg = await navigator.serviceWorker.ready;
    // Activated: its activate step (which deletes older versions' caches) has finished.
    while (!reg.active || reg.active.state !== 'activated') await new Promise((r) => setTimeout(r, 50));
    const version = await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('message', function on(e) {
        if (e.data && e.data.type === 'stormvakt:version') {
          navigator.serviceWorker.removeEventListener('message', on);
          resolve(e.data.version);
        }
      });
      navigator.serviceWorker.controller.postMessage('stormvakt:version');
    });
    const name = 'stormvakt:' + reg.scope + ':' + version;
    const end = Date.now() + limit;
    for (;;) {
      const names = await caches.keys();
      if (names.includes(name)) {
        const keys = await (await caches.open(name)).keys();
        return { version, cache: name, caches: names, scope: reg.scope, files: keys.map((r) => r.url) };
      }
      if (Date.now() > end) throw new Error('no cache ' + name + ' (have: ' + names.join(', ') + ')');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, timeout);
}

// The files of a built site, as '/'-separated paths relative to it (the list sw-version.cjs stamps from).
export function siteFiles(dir = SITE) {
  return require(path.join(ROOT, 'shell/lib/sw-version.cjs')).listFiles(dir);
}

// Runs the CLI (native build when present, else the WASM CLI under node); returns stdout.
function runCli(args) {
  const native = path.join(ROOT, 'build/native/stormvakt');
  return fs.existsSync(native)
    ? execFileSync(native, args, { maxBuffer: 1 << 30 })
    : execFileSync(process.execPath, [path.join(ROOT, 'build/web/stormvakt-cli.js'), ...args], { maxBuffer: 1 << 30 });
}

// The CLI's analyze report for a file (`extra`: more options, e.g. ['--corrections', 'c.json']).
export function cliSummary(file, extra = []) {
  return JSON.parse(runCli(['analyze', file, ...extra]).toString());
}

// The CLI's analyze report with options (app6: e.g. cliAnalyze(file, '--map', 'text=msg')).
export function cliAnalyze(file, ...options) {
  return JSON.parse(runCli(['analyze', file, ...options]).toString());
}

// A report without its timings (the one key that differs between runs).
export function withoutTimings(report) {
  const { timings_ms, ...rest } = report;
  return rest;
}

// Serves `buf` at a URL of the page's origin and loads it through stormvakt.loadFile() inside the page;
// resolves with what loadFile resolves with (the summary). The page's context must be created with
// `serviceWorkers: 'block'` (see newContext below): requests a service worker handles never reach
// Playwright's routes, and the test would load the server's 404 page instead of the file.
export async function loadThroughPage(page, name, buf) {
  await page.route(`**/test-files/${name}`, (route) => route.fulfill({ status: 200, body: buf, contentType: 'text/csv' }));
  return page.evaluate(async ([n, expected]) => {
    const response = await fetch(`test-files/${n}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok || bytes.length !== expected)
      throw new Error(`test file ${n} arrived as HTTP ${response.status} with ${bytes.length} of ${expected} bytes`);
    return window.stormvakt.loadFile(n, bytes);
  }, [name, buf.length]);
}

// A browser context for tests that hand files to the page with loadThroughPage(): service workers blocked.
export function newContext(browser, options = {}) {
  return browser.newContext({ serviceWorkers: 'block', ...options });
}

// Writes the sample crisis scaled by `volume` (1 = about 2,400 comments) to build/test-artifacts/NAME.
export function writeSample(volume, name) {
  const file = path.join(ARTIFACTS, name);
  runCli(['sample', '--volume', String(volume), '--out', file]);
  return file;
}

// A test file's server and browser (importperf): started before its tests, closed after them.
// Use: `const env = serverAndBrowser();` at the top level, then env.server / env.browser in the tests.
export function serverAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

// One CSV record at a time (quoted fields may hold commas, quotes and newlines).
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Waits for `n` animation frames, so a view, its fonts and its tables have settled after a change.
export function frames(page, n = 3) {
  return page.evaluate((k) => new Promise((resolve) => {
    let left = k;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

// A private site root for the benchmark and trace tools (gaps): every entry of build/site and the given data
// files under bench-data/, as symbolic links (the page fetches them from its own origin). `tool` names the
// caller in the message when build/site is missing (the process then exits). Returns the root's path.
export function siteWithData(www, files, tool) {
  if (!fs.existsSync(path.join(SITE, 'index.html'))) {
    console.error(`${tool}: build/site is missing\n  how to fix: run shell/build web`);
    process.exit(1);
  }
  fs.rmSync(www, { recursive: true, force: true });
  fs.mkdirSync(path.join(www, 'bench-data'), { recursive: true });
  for (const entry of fs.readdirSync(SITE)) fs.symlinkSync(path.join(SITE, entry), path.join(www, entry));
  for (const f of files) fs.symlinkSync(f, path.join(www, 'bench-data', path.basename(f)));
  return www;
}
