// Privacy you can verify (issue 7): a strict Content-Security-Policy, no inline scripts, and every request
// from the first load through loading a file (and the service worker's caching) goes to the page's own
// origin, only for the app's own files, never with user data; nothing after start-up but the app's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import {
  SITE, startServer, launch, watchPage, waitReady, watchContext, watchCsp, cspViolations, waitOfflineReady, siteFiles,
} from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// The CSP of index.html as { directive: [sources] }.
function pageCsp() {
  const html = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const m = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  assert.ok(m, 'index.html has a Content-Security-Policy meta tag');
  const csp = {};
  for (const part of m[1].split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    csp[name] = sources;
  }
  return { html, csp };
}

test('the page\'s Content-Security-Policy is strict and the page has no inline code', () => {
  const { html, csp } = pageCsp();
  assert.deepEqual(csp['default-src'], ["'self'"]);
  assert.deepEqual(csp['object-src'], ["'none'"]);
  for (const name of ['script-src', 'connect-src', 'worker-src', 'manifest-src', 'style-src']) {
    assert.ok(csp[name] && csp[name].includes("'self'"), `${name} allows the site's own files`);
  }
  // Allowed sources: the site itself, 'none', WebAssembly compilation, and data:/blob: for images only.
  const allowed = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
  for (const [name, sources] of Object.entries(csp)) {
    for (const s of sources) {
      const ok = allowed.has(s) || (name === 'img-src' && (s === 'data:' || s === 'blob:'));
      assert.ok(ok, `${name} allows only the site itself (found ${s})`);
    }
  }
  assert.ok(!csp['script-src'].includes("'unsafe-inline'") && !csp['script-src'].includes("'unsafe-eval'"));

  // No inline scripts, handlers or styles; every script is a file of the site.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length > 0);
  for (const [, attrs, body] of scripts) {
    const src = attrs.match(/\bsrc="([^"]+)"/);
    assert.ok(src, 'every script has a src');
    assert.equal(body.trim(), '', 'no inline script');
    assert.ok(fs.existsSync(path.join(SITE, src[1])), `${src[1]} is a file of the site`);
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
  assert.doesNotMatch(html, /<style\b|\sstyle\s*=/i, 'no inline styles');
  assert.match(html, /<meta name="referrer" content="no-referrer">/);

  // Our own page files name no other origin at all.
  for (const f of ['index.html', 'app.js', 'sw.js', 'style.css', 'manifest.webmanifest']) {
    const text = fs.readFileSync(path.join(SITE, f), 'utf8');
    assert.doesNotMatch(text, /\b(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i, `${f} names no other origin`);
  }
});

// Every request from the first visit through loading a file, and a second visit; base: URL sub-path.
async function recordVisit(base) {
  const server = await startServer({ base });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await watchCsp(context);
    const net = watchContext(context);
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(server.url);
    await waitReady(page);
    await waitOfflineReady(page);
    const atStartup = net.requests.length;

    // A file with a marker no request may carry.
    const marker = `Geheimnis-${process.pid}-${Date.now()}`;
    const text = `id,author,text\n1,anna,${marker}\n2,bo,Ännu en kommentar\n`;
    const hasLoadFile = await page.evaluate(() => typeof window.stormvakt.loadFile === 'function');
    if (hasLoadFile) {
      await page.evaluate(([t]) => window.stormvakt.loadFile('secret.csv', new TextEncoder().encode(t)), [text]);
    } else {
      await page.setInputFiles('#file-input', { name: 'secret.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    }
    await page.waitForTimeout(1000);
    const afterFile = net.requests.slice(atStartup);

    // A second visit (from the cache) for good measure.
    await page.reload();
    await waitReady(page);
    await page.waitForTimeout(500);

    const own = new Set(siteFiles().map((f) => new URL(f, server.url).href));
    own.add(server.url); // the site's folder itself is index.html
    const origin = new URL(server.url).origin;
    for (const r of net.requests) {
      assert.ok(r.url.startsWith(origin + base), `${r.url} goes to the site's own origin and folder`);
      const plain = r.url.replace(/[?#].*$/, '');
      assert.ok(own.has(plain), `${r.url} is one of the app's own files`);
      assert.ok(r.method === 'GET' || r.method === 'HEAD', `${r.method} ${r.url}: the app only reads its files`);
      assert.ok(!r.url.includes(marker) && !(r.postData || '').includes(marker), 'no request carries user data');
    }
    assert.ok(net.requests.some((r) => r.fromServiceWorker), 'the service worker\'s requests are recorded too');
    // After start-up, loading the file asked for nothing at all.
    assert.deepEqual(afterFile.map((r) => r.url), [], 'loading a file makes no request');

    assert.deepEqual(await cspViolations(page), [], 'no CSP violations');
    assert.deepEqual(log.errors, []);
    await context.close();
    return net.requests;
  } finally {
    server.close();
  }
}

test('every request: own origin, own files, no user data, none while loading a file', async () => {
  const requests = await recordVisit('/');
  assert.ok(requests.length >= 10, `recorded ${requests.length} requests`);
});

test('the same from a sub-path (/stormvakt/)', async () => {
  await recordVisit('/stormvakt/');
});
