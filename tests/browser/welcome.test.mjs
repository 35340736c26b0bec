// The app loads in Chromium, reports ready, draws its welcome screen crisply, and talks only to its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { startServer, launch, watchPage, waitReady, decodePng, imageStats, foreignRequests, ARTIFACTS } from './lib.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const locale of ['en-US', 'sv-SE', 'de-DE']) {
  test(`welcome screen (${locale}, devicePixelRatio 2)`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2, locale });
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(server.url);
    const version = await waitReady(page);
    assert.match(version, /^\d+\.\d+\.\d+$/);

    // The canvas follows the window at device resolution.
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, dpr: window.devicePixelRatio };
    });
    assert.equal(size.dpr, 2);
    assert.equal(size.w, size.cssW * 2, 'canvas pixel width = CSS width x devicePixelRatio');

    await page.waitForTimeout(300);
    const shot = await page.screenshot();
    const file = path.join(ARTIFACTS, `welcome-${locale}.png`);
    fs.writeFileSync(file, shot);
    const png = decodePng(shot);
    assert.equal(png.width, 2560, 'screenshot at device resolution');
    const stats = imageStats(png);
    assert.ok(stats.colors > 200, `the canvas shows drawn text and shapes (${stats.colors} colours)`);
    assert.ok(stats.nonBackground > 0.05, `more than background (${(stats.nonBackground * 100).toFixed(1)}% drawn)`);

    // Resizing the window resizes the canvas.
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 2000);

    assert.deepEqual(log.errors, [], 'no console errors');
    assert.deepEqual(foreignRequests(log.requests, server.url), [], 'every request goes to the page\'s own origin');
    await context.close();
  });
}

test('a file from the page reaches C++ (name and size shown)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  // Choose a file through the page's own file input, as the "Open file…" button does.
  await page.setInputFiles('#file-input', { name: 'kommentarer.csv', mimeType: 'text/csv',
    buffer: Buffer.from('id,text\n1,Hej då!\n') });
  await page.waitForTimeout(300);
  fs.writeFileSync(path.join(ARTIFACTS, 'welcome-file-received.png'), await page.screenshot());
  assert.deepEqual(log.errors, []);
  await context.close();
});
