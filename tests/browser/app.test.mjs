// The app with a case: the sample crisis loaded through window.stormvakt.loadFile gives the same summary as
// the CLI, every view draws (screenshots in build/test-artifacts/app-*.png), stats() reports frame times,
// a broken file is rejected with its message, and #sample opens the sample directly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServer, launch, watchPage, waitReady, decodePng, imageStats, foreignRequests, ARTIFACTS, ROOT, SITE,
  cliSummary, withoutTimings, loadThroughPage, newContext, writeSample } from './lib.mjs';

const VIEWS = ['overview', 'timeline', 'comments', 'spread', 'people', 'themes', 'import'];
const SAMPLE = path.join(SITE, 'samples/sample-crisis.csv');

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function newPage(viewport = { width: 1280, height: 720 }, deviceScaleFactor = 1) {
  const context = await newContext(browser, { viewport, deviceScaleFactor, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  return { context, page, log };
}

test('the sample crisis through loadFile: summary equals the CLI, every view draws, stats are reported', async () => {
  assert.ok(fs.existsSync(SAMPLE), 'the web build puts the sample on the site');
  const { context, page, log } = await newPage({ width: 1280, height: 720 }, 2);
  const resolved = await loadThroughPage(page, 'sample-crisis.csv', fs.readFileSync(SAMPLE));
  const summary = await page.evaluate(() => window.stormvakt.summary());
  assert.deepEqual(withoutTimings(resolved), withoutTimings(summary), 'loadFile resolves with the summary');
  const cli = cliSummary(SAMPLE);
  assert.deepEqual(withoutTimings(summary), withoutTimings(cli), 'summary() equals `stormvakt analyze` (all keys but timings_ms)');
  assert.ok(summary.comments > 2000, `the sample has thousands of comments (${summary.comments})`);
  const native = path.join(ROOT, 'build/native/stormvakt');
  if (fs.existsSync(native)) {
    const nativeSample = path.join(ARTIFACTS, 'sample-crisis-native.csv');
    execFileSync(native, ['sample', '--out', nativeSample]);
    assert.ok(fs.readFileSync(nativeSample).equals(fs.readFileSync(SAMPLE)), 'native and WASM write the same sample, byte for byte');
  }

  for (const view of VIEWS) {
    await page.evaluate((v) => window.stormvakt.view(v), view);
    await page.waitForTimeout(250);
    const shot = await page.screenshot();
    fs.writeFileSync(path.join(ARTIFACTS, `app-${view}.png`), shot);
    const stats = imageStats(decodePng(shot));
    assert.ok(stats.colors > 100, `${view}: drawn text and shapes (${stats.colors} colours)`);
  }
  await assert.rejects(page.evaluate(() => window.stormvakt.view('nowhere')), /unknown view/);

  // A comment opens its thread; Shift+drag on the timeline selects a range (screenshots to look at).
  await page.evaluate(() => window.stormvakt.view('comments'));
  await page.waitForTimeout(150);
  await page.mouse.click(700, 232);
  await page.waitForTimeout(250);
  fs.writeFileSync(path.join(ARTIFACTS, 'app-comments-thread.png'), await page.screenshot());
  await page.evaluate(() => window.stormvakt.view('timeline'));
  await page.waitForTimeout(150);
  await page.keyboard.down('Shift');
  await page.mouse.move(700, 450);
  await page.mouse.down();
  await page.mouse.move(900, 450, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.waitForTimeout(250);
  fs.writeFileSync(path.join(ARTIFACTS, 'app-timeline-selected.png'), await page.screenshot());
  await page.evaluate(() => window.stormvakt.view('overview'));
  await page.waitForTimeout(250);
  fs.writeFileSync(path.join(ARTIFACTS, 'app-overview-selected.png'), await page.screenshot());

  const stats = await page.evaluate(() => window.stormvakt.stats());
  for (const k of ['rows', 'frame_ms_p50', 'frame_ms_p95', 'frame_ms_max', 'wasm_heap_bytes']) {
    assert.equal(typeof stats[k], 'number', `stats().${k} is a number`);
  }
  assert.equal(stats.rows, summary.comments, 'stats().rows = comments in the case');
  assert.ok(stats.frame_ms_p50 > 0 && stats.frame_ms_p50 <= stats.frame_ms_p95 && stats.frame_ms_p95 <= stats.frame_ms_max,
    `ordered frame times ${JSON.stringify(stats)}`);
  assert.ok(stats.wasm_heap_bytes >= 64 * 1024 * 1024, 'the heap is at least its initial size');

  assert.deepEqual(log.errors, [], 'no console errors');
  assert.deepEqual(foreignRequests(log.requests, server.url), [], 'every request goes to the page\'s own origin');
  await context.close();
});

test('a file that cannot be analysed: loadFile rejects with the message, the error screen shows it', async () => {
  const { context, page } = await newPage();
  await assert.rejects(loadThroughPage(page, 'empty.csv', Buffer.from('')), (err) => {
    assert.ok(String(err.message).length > 10, `a message (${err.message})`);
    return true;
  });
  await page.waitForTimeout(200);
  fs.writeFileSync(path.join(ARTIFACTS, 'app-error.png'), await page.screenshot());
  assert.equal(await page.evaluate(() => window.stormvakt.summary()), null, 'no case is open');
  await context.close();
});

test('#sample opens the sample crisis from the site itself', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url + '#sample');
  await waitReady(page);
  await page.waitForFunction(() => window.stormvakt.stats().rows > 0, null, { timeout: 30000 });
  await page.waitForTimeout(200);
  fs.writeFileSync(path.join(ARTIFACTS, 'app-sample-sv.png'), await page.screenshot());
  assert.ok(log.requests.some((u) => u.endsWith('/samples/sample-crisis.csv')), 'fetched from the page\'s own origin');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('about 100,000 comments through loadFile: same summary as the CLI; frame times while loading, panning, scrolling', async (t) => {
  const file = writeSample(40, 'sample-crisis-100k.csv');
  const { context, page, log } = await newPage({ width: 1280, height: 720 }, 1);
  const summary = await loadThroughPage(page, 'sample-crisis-100k.csv', fs.readFileSync(file));
  assert.ok(summary.comments > 90000, `about 100,000 comments (${summary.comments})`);
  assert.deepEqual(withoutTimings(summary), withoutTimings(cliSummary(file)), 'summary() equals `stormvakt analyze`');
  const loading = await page.evaluate(() => window.stormvakt.stats());
  t.diagnostic(`while loading ${summary.comments} rows: ${JSON.stringify(loading)}`);

  // Pan the timeline by dragging, then scroll the comment table; frame times over each.
  await page.evaluate(() => window.stormvakt.view('timeline'));
  await page.waitForTimeout(600);
  await page.mouse.move(800, 450);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(800 - i * 6, 450);
  await page.mouse.up();
  await page.screenshot({ path: path.join(ARTIFACTS, 'app-timeline-100k-panned.png') });
  const panning = await page.evaluate(() => window.stormvakt.stats());
  t.diagnostic(`timeline after panning: ${JSON.stringify(panning)}`);

  await page.evaluate(() => window.stormvakt.view('comments'));
  await page.waitForTimeout(300);
  await page.mouse.move(800, 450);
  for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 400);
  await page.screenshot({ path: path.join(ARTIFACTS, 'app-comments-100k-scrolled.png') });
  const scrolling = await page.evaluate(() => window.stormvakt.stats());
  t.diagnostic(`comments after scrolling: ${JSON.stringify(scrolling)}`);
  assert.equal(scrolling.rows, summary.comments);
  assert.deepEqual(log.errors, []);
  await context.close();
});
