// Offline and installable (issue 7): the service worker caches the app's own files on the first visit,
// the page then starts with the network off (server stopped too), from the root and from a sub-path;
// a new build is picked up on the next visit with an "updated" notice; the manifest is valid and
// installable-shaped; a file launched through the File Handling API goes the same way as a drop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import {
  ROOT, SITE, CHROMIUM_ARGS, chromium, startServer, launch, watchPage, waitReady, watchCsp, cspViolations, waitOfflineReady, siteFiles,
  decodePng,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const { stamp } = require('../../shell/lib/sw-version.cjs');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// Stops a server and waits until its port is closed, so nothing can answer any more.
async function stopServer(server, url) {
  server.close();
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server still answers at ' + url);
}

// Loads a small file the way a person would (window.stormvakt.loadFile once the app has it, else the
// page's file input) and returns nothing; errors show up in the page log.
async function loadSmallFile(page, name, text) {
  const hasLoadFile = await page.evaluate(() => typeof window.stormvakt.loadFile === 'function');
  if (hasLoadFile) {
    await page.evaluate(([n, t]) => window.stormvakt.loadFile(n, new TextEncoder().encode(t)), [name, text]);
  } else {
    await page.setInputFiles('#file-input', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.waitForTimeout(300);
  }
}

// First visit online, then the network off and the server gone: the page still starts and works.
async function offlineAfterFirstVisit(base) {
  const server = await startServer({ base });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await watchCsp(context);
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  const info = await waitOfflineReady(page);

  // The worker's scope is the site's own folder, and its cache holds exactly the site's files.
  assert.equal(info.scope, server.url, 'service worker scope = the folder the site is served from');
  assert.match(info.version, /^[0-9a-f]{16}$/, 'the version is a content hash written by the build');
  const expected = siteFiles().filter((f) => f !== 'sw.js').map((f) => new URL(f, server.url).href).sort();
  assert.deepEqual([...info.files].sort(), expected, 'the cache holds every file of the site (but sw.js)');
  assert.equal(await page.locator('#sv-update-notice').count(), 0, 'no "updated" notice on a first visit');

  await context.setOffline(true);
  await stopServer(server, server.url);

  // Reload the open page, and open the site in a new tab: both start from the cache.
  await page.reload();
  const version = await waitReady(page);
  assert.match(version, /^\d+\.\d+\.\d+$/);
  const page2 = await context.newPage();
  const log2 = watchPage(page2);
  await page2.goto(server.url);
  await waitReady(page2);
  await loadSmallFile(page2, 'offline.csv', 'id,text\n1,Works without a network\n');
  fs.writeFileSync(path.join(ROOT, 'build/test-artifacts', `offline${base.replace(/\W+/g, '-')}.png`),
    await page2.screenshot());

  assert.deepEqual(log.errors, [], 'no console errors (first visit and offline reload)');
  assert.deepEqual(log2.errors, [], 'no console errors (offline, new tab)');
  const warnings = [...log.console, ...log2.console].filter((l) => /offline use is not available/.test(l));
  assert.deepEqual(warnings, [], 'the service worker registered (and a failed update check offline is quiet)');
  assert.deepEqual(await cspViolations(page), [], 'no CSP violations');
  assert.deepEqual(await cspViolations(page2), [], 'no CSP violations');
  await context.close();
}

test('offline after the first visit: reload and a new tab start from the cache', async () => {
  await offlineAfterFirstVisit('/');
});

test('offline from a sub-path (/stormvakt/)', async () => {
  await offlineAfterFirstVisit('/stormvakt/');
});

test('a new build is picked up on the next visit, with an "updated" notice', async () => {
  // A copy of the site that this test may change, as a new deployment would.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-site-'));
  fs.cpSync(SITE, dir, { recursive: true });
  const server = await startServer({ base: '/app/', dir });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await watchCsp(context);
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(server.url);
    await waitReady(page);
    const first = await waitOfflineReady(page);

    // Deploy a new version: one file changes, the build stamps sw.js again.
    const marker = `/* new build ${Date.now()} */`;
    fs.appendFileSync(path.join(dir, 'style.css'), `\n${marker}\n`);
    const { version } = stamp(dir);
    assert.notEqual(version, first.version, 'a changed file gives a new version');

    // Next visit: the page comes from the old cache, the new worker installs and takes over, the notice shows.
    await page.reload();
    await waitReady(page);
    // A browser looks for a new sw.js on every navigation (and app.js asks too). Seen here: while the app's
    // page renders continuously in headless software GL, Chromium starts that update job only after a
    // minute (headless, and headed under Xvfb; an update() over the DevTools protocol waits as well). A
    // navigation in another tab to a plain file of the site starts it within seconds, so the test opens
    // one: the browser's own update-on-navigation, no help from the test.
    const other = await context.newPage();
    await other.goto(new URL('manifest.webmanifest', server.url).href);
    const notice = page.locator('#sv-update-notice');
    await notice.waitFor({ state: 'visible', timeout: 90000 });
    fs.writeFileSync(path.join(ROOT, 'build/test-artifacts/offline-updated-notice.png'), await page.screenshot());
    assert.match(await notice.innerText(), /updated/i);
    const second = await waitOfflineReady(page);
    assert.equal(second.version, version, 'the page is now controlled by the new version');
    const ours = second.caches.filter((c) => c.startsWith('stormvakt:' + second.scope));
    assert.deepEqual(ours, [second.cache], 'the old version\'s cache is gone');

    // The notice's "Reload now": the page runs the new files, and no notice again.
    await other.close();
    await page.locator('#sv-update-notice button').first().click();
    await page.waitForLoadState('load');
    await waitReady(page);
    const css = await page.evaluate(() => fetch('style.css').then((r) => r.text()));
    assert.ok(css.includes(marker), 'the new style.css is served');
    assert.equal(await page.locator('#sv-update-notice').count(), 0);

    assert.deepEqual(log.errors, []);
    assert.deepEqual(await cspViolations(page), [], 'the notice is styled without breaking the CSP');
    await context.close();
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the web app manifest: valid, installable shape, icons, file handlers', async () => {
  const server = await startServer({ base: '/pwa/' });
  // A real (persistent) profile: in Playwright's default incognito-like contexts Chromium never installs.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile,
      { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(server.url);
    await waitReady(page);

    // Chromium's own reading of the manifest (what install and file handling use): no errors.
    const cdp = await context.newCDPSession(page);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, new URL('manifest.webmanifest', server.url).href);
    assert.deepEqual(errors, [], 'Chromium reports no manifest errors');
    const m = JSON.parse(data);
    assert.equal(m.short_name, 'Stormvakt');
    assert.equal(m.start_url, '.');
    assert.equal(m.display, 'standalone');
    // Colours of the dark theme (src/app/theme.cpp: background rgb(15, 20, 28)).
    assert.equal(m.theme_color, '#0f141c');
    assert.equal(m.background_color, '#0f141c');
    const extensions = m.file_handlers.flatMap((h) => Object.values(h.accept).flat()).sort();
    assert.deepEqual(extensions, ['.csv', '.json', '.jsonl', '.ndjson', '.tsv']);

    // Every icon is served, and each PNG has the size the manifest says.
    for (const icon of m.icons) {
      const res = await page.evaluate((src) => fetch(src).then((r) => ({ status: r.status, type: r.headers.get('content-type') })), icon.src);
      assert.equal(res.status, 200, icon.src);
      assert.ok(res.type.startsWith(icon.type), `${icon.src} is served as ${icon.type}`);
      if (icon.type === 'image/png') {
        const png = decodePng(fs.readFileSync(path.join(SITE, icon.src)));
        assert.equal(`${png.width}x${png.height}`, icon.sizes);
        assert.equal(png.channels, 4, 'RGBA: transparent outside the rounded square');
        // Drawn, not blank: the corner is transparent, the centre is the icon.
        const at = (x, y) => png.pixels[(y * png.width + x) * 4 + 3];
        assert.equal(at(0, 0), 0, 'transparent corner');
        assert.equal(at(png.width >> 1, png.height >> 1), 255, 'opaque centre');
      }
    }
    assert.ok(m.icons.some((i) => i.sizes === '192x192') && m.icons.some((i) => i.sizes === '512x512'));

    // Chromium's own installability check: the app can be installed.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium reports no installability errors');
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('a file opened with the installed app (launchQueue) goes the same way as a drop', async () => {
  const server = await startServer();
  try {
    const context = await browser.newContext();
    // Chromium offers launchQueue only to an installed app: stand in for the browser's side of it.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: { setConsumer: (fn) => { window.__svLaunchConsumer = fn; } },
      });
    });
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(server.url);
    await waitReady(page);
    assert.equal(await page.evaluate(() => typeof window.__svLaunchConsumer), 'function', 'app.js set a consumer');

    const received = await page.evaluate(async () => {
      const seen = [];
      const api = window.stormvakt;
      if (typeof api.loadFile === 'function') {
        const original = api.loadFile;
        api.loadFile = (name, bytes) => {
          seen.push({ via: 'loadFile', name, size: bytes.length ?? bytes.size }); // a File since importperf
          return original.call(api, name, bytes);
        };
      } else {
        window.addEventListener('drop', (e) => {
          const f = e.dataTransfer.files[0];
          seen.push({ via: 'drop', name: f.name, size: f.size });
        });
      }
      const text = 'id,text\n1,Opened from the file manager\n';
      const file = new File([text], 'launched.csv', { type: 'text/csv' });
      await window.__svLaunchConsumer({ files: [{ kind: 'file', name: file.name, getFile: async () => file }] });
      await new Promise((r) => setTimeout(r, 200));
      return { seen, size: new TextEncoder().encode(text).length };
    });
    assert.equal(received.seen.length, 1, 'the launched file was handed over once');
    assert.equal(received.seen[0].name, 'launched.csv');
    assert.equal(received.seen[0].size, received.size);
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    server.close();
  }
});
