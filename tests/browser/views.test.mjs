// The dashboard views with the sample crisis (issues 6 and 8): every view draws (screenshots in
// build/test-artifacts/views-*.png), the guideline view lists the same actions as `stormvakt analyze`, and
// the exports are local downloads: the scored CSV equals the CLI's `--scored` file byte for byte, the
// metrics JSON equals the summary, the brief carries the guideline, a chart saves as PNG — and no request
// leaves the page. Also the light theme, local time with a note on the timeline, and a 3840x2160 viewport.
//
// Button positions are those of the English UI at 1280x720 CSS px, devicePixelRatio 1 (see the screenshots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServer, launch, watchPage, waitReady, decodePng, imageStats, foreignRequests, ARTIFACTS, ROOT, SITE,
  cliSummary, withoutTimings, loadThroughPage } from './lib.mjs';

const VIEWS = ['overview', 'guideline', 'timeline', 'comments', 'spread', 'people', 'themes', 'import'];
const SAMPLE = path.join(SITE, 'samples/sample-crisis.csv');
const AT = {
  briefHtml: [337, 113], briefMd: [535, 113], csv: [733, 113], json: [894, 113], // guideline view
  brandInput: [439, 423], // (app8: the response-window line is one line now, "1 d 20 h ago")
  timelinePng: [887, 153], localTime: [722, 153], noteInput: [390, 193],         // timeline view
  themeToggle: [125, 611],                                                       // sidebar
};

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openSample(viewport, deviceScaleFactor = 1, extra = {}) {
  // No service worker: test files are served through page.route, which a worker's fetches would bypass.
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'en-US', acceptDownloads: true,
    serviceWorkers: 'block', ...extra });
  const methods = [];
  context.on('request', (req) => methods.push(`${req.method()} ${req.url()}`));
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  const summary = await loadThroughPage(page, 'sample-crisis.csv', fs.readFileSync(SAMPLE));
  return { context, page, log, summary, methods };
}

async function show(page, view, file) {
  await page.evaluate((v) => window.stormvakt.view(v), view);
  await page.waitForTimeout(300);
  const shot = await page.screenshot();
  if (file) fs.writeFileSync(path.join(ARTIFACTS, file), shot);
  return shot;
}

// Clicks at a point and resolves with the download it starts: { name, bytes }.
async function downloadAt(page, [x, y]) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), page.mouse.click(x, y)]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

const unescapeHtml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

test('every view draws; the guideline matches the CLI; exports are local downloads equal to the CLI output', async () => {
  const { context, page, log, summary, methods } = await openSample({ width: 1280, height: 720 });
  for (const view of VIEWS) {
    const stats = imageStats(decodePng(await show(page, view, `views-${view}.png`)));
    assert.ok(stats.colors > 100, `${view}: drawn text and shapes (${stats.colors} colours)`);
  }
  await assert.rejects(page.evaluate(() => window.stormvakt.view('nowhere')), /unknown view/);

  // The guideline: the CLI's analyze report lists the actions the app's brief carries.
  const items = summary.guideline && summary.guideline.items;
  assert.ok(Array.isArray(items) && items.length > 0, 'the sample crisis has guideline items');
  await show(page, 'guideline');
  const html = await downloadAt(page, AT.briefHtml);
  assert.match(html.name, /^sample-crisis-brief\.html$/);
  const text = unescapeHtml(html.bytes.toString('utf8'));
  assert.match(text, /^<!DOCTYPE html>/i, 'a self-contained HTML document');
  for (const item of items) assert.ok(text.includes(item.action), `the brief carries the action "${item.action}"`);
  fs.writeFileSync(path.join(ARTIFACTS, 'views-brief.html'), html.bytes);
  const md = await downloadAt(page, AT.briefMd);
  assert.equal(md.name, 'sample-crisis-brief.md');
  assert.ok(md.bytes.toString('utf8').startsWith('#'), 'Markdown starts with a heading');
  assert.ok(md.bytes.toString('utf8').includes(items[0].action.slice(0, 20)), 'the Markdown brief carries the first action');

  // Scored comments: the same bytes as `stormvakt analyze --scored`.
  const csv = await downloadAt(page, AT.csv);
  assert.equal(csv.name, 'sample-crisis-scored.csv');
  assert.ok(csv.bytes.toString('utf8').startsWith('id,parent_id,thread,author,author_followers,created_at,'), 'starts with the header');
  const native = path.join(ROOT, 'build/native/stormvakt');
  if (fs.existsSync(native)) {
    const cliCsv = path.join(ARTIFACTS, 'views-sample-scored-cli.csv');
    execFileSync(native, ['analyze', SAMPLE, '--json', path.join(ARTIFACTS, 'views-sample-cli.json'), '--scored', cliCsv]);
    assert.ok(csv.bytes.equals(fs.readFileSync(cliCsv)), 'the app\'s CSV equals the CLI\'s --scored file byte for byte');
  }
  // Metrics: the analyze report (timings aside).
  const json = await downloadAt(page, AT.json);
  assert.equal(json.name, 'sample-crisis-metrics.json');
  assert.deepEqual(withoutTimings(JSON.parse(json.bytes.toString('utf8'))), withoutTimings(summary));

  // The team's inputs reach the brief: a brand name typed into the Guideline view appears in it.
  await page.mouse.click(...AT.brandInput);
  await page.keyboard.type('Nordbrygg Outdoor');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  const branded = await downloadAt(page, AT.briefHtml);
  assert.ok(branded.bytes.toString('utf8').includes('Nordbrygg Outdoor'), 'the brief names the brand typed in the app');

  // A chart as PNG: the timeline's rectangle, read back from the canvas.
  await show(page, 'timeline');
  const png = await downloadAt(page, AT.timelinePng);
  assert.equal(png.name, 'sample-crisis-timeline.png');
  const img = decodePng(png.bytes);
  assert.ok(img.width > 900 && img.width <= 1280 && img.height > 300 && img.height <= 720, `chart-sized PNG (${img.width}x${img.height})`);
  assert.ok(imageStats(img).colors > 50, 'the PNG shows the chart');
  fs.writeFileSync(path.join(ARTIFACTS, 'views-timeline-export.png'), png.bytes);

  assert.deepEqual(log.errors, [], 'no console errors');
  assert.deepEqual(foreignRequests(log.requests, server.url), [], 'every request goes to the page\'s own origin');
  assert.deepEqual(methods.filter((m) => !m.startsWith('GET ')), [], 'nothing is sent: every request is a GET');
  await context.close();
});

test('local time with a note on the timeline, and the light theme', async () => {
  const { context, page, log } = await openSample({ width: 1280, height: 720 }, 1, { timezoneId: 'Europe/Stockholm' });
  await show(page, 'timeline');
  await page.mouse.click(...AT.localTime);
  await page.mouse.click(...AT.noteInput);
  await page.keyboard.type('we posted a statement');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const before = decodePng(await show(page, 'timeline', 'views-timeline-local-note.png'));
  assert.ok(imageStats(before).colors > 100);

  // A brushed range (Shift+drag over the surge) filters the cascades and multipliers (screenshots to look at).
  await page.keyboard.down('Shift');
  await page.mouse.move(640, 450);
  await page.mouse.down();
  await page.mouse.move(760, 450, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  for (const view of ['spread', 'people']) {
    assert.ok(imageStats(decodePng(await show(page, view, `views-${view}-selected.png`))).colors > 100);
  }
  await page.keyboard.press('Escape');

  await show(page, 'overview');
  await page.mouse.click(...AT.themeToggle);
  await page.waitForTimeout(300);
  // A point in the view's bottom margin, and one inside a table with a scroll bar (its own child window),
  // are light: the whole style changed, not only what was drawn after the switch.
  const points = { overview: [], guideline: [], timeline: [], spread: [[600, 190]], comments: [[995, 330]], people: [[650, 190]] };
  for (const [view, inner] of Object.entries(points)) {
    const img = decodePng(await show(page, view, `views-${view}-light.png`));
    for (const [x, y] of [[Math.floor(img.width * 0.6), img.height - 8], ...inner]) {
      const i = (img.width * y + x) * img.channels;
      assert.ok(img.pixels[i] > 200 && img.pixels[i + 1] > 200, `${view}: light at ${x},${y} (${img.pixels[i]})`);
    }
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a 3840x2160 viewport: the overview and the timeline fill the screen', async () => {
  const { context, page, log } = await openSample({ width: 3840, height: 2160 });
  for (const view of ['overview', 'timeline']) {
    const img = decodePng(await show(page, view, `views-${view}-3840x2160.png`));
    assert.equal(img.width, 3840);
    assert.ok(imageStats(img).nonBackground > 0.1, `${view}: drawn across the screen`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('devicePixelRatio 2: the overview and the guideline at 2560x1440 device pixels', async () => {
  const { context, page, log } = await openSample({ width: 1280, height: 720 }, 2);
  for (const view of ['overview', 'guideline', 'spread']) {
    const img = decodePng(await show(page, view, `views-${view}-dpr2.png`));
    assert.equal(img.width, 2560);
    assert.ok(imageStats(img).colors > 200, `${view}: drawn at device resolution`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the team\'s inputs are kept with the case: after a reload the re-opened case\'s brief names the brand', async () => {
  const { context, page } = await openSample({ width: 1280, height: 720 });
  await show(page, 'guideline');
  await page.mouse.click(...AT.brandInput);
  await page.keyboard.type('Fjallbrygg Kept');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(5000); // settings are saved once they have been still for a second
  await page.evaluate(() => window.stormvakt.flushCases());
  await page.reload();
  await waitReady(page);
  const cases = await page.evaluate(() => window.stormvakt.cases());
  assert.ok(cases.length >= 1, 'the case is listed after the reload');
  await page.evaluate((id) => window.stormvakt.openCase(id), cases[0].id);
  await show(page, 'guideline', 'views-guideline-reopened.png');
  const brief = await downloadAt(page, AT.briefHtml);
  assert.ok(brief.bytes.toString('utf8').includes('Fjallbrygg Kept'), 'the re-opened case keeps the brand');
  await context.close();
});
