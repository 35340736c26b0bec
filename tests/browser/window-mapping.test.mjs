// The brushed range filters every view, and the column-mapping dialog (issue 6, helper app6).
//
// Range: the sample crisis is loaded, a range after the onset is brushed through stormvakt.brush(), and
// windowSummary() — the figures every view shows for the range — is compared with the CLI's analysis of a
// file cut to that range (critics, fans, themes: the same comments give the same figures), with the
// outsider share counted here from the file, and with the gauge's event count. Screenshots of the filtered
// Overview, People and Themes views (dark and light) go to build/test-artifacts/window-*.png.
// Mapping: a CSV with odd headers (written here) fails to import (no text column is recognised); the
// dialog's preview is pre-filled with the core's guess; choosing columns re-parses the first 20 rows;
// "Import with this mapping" re-imports through loadFile and equals the CLI's `analyze --map` of the file;
// loadFile(name, bytes, { map }) does the same. Screenshots: build/test-artifacts/mapping-dialog-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { startServer, launch, watchPage, waitReady, ARTIFACTS, SITE, cliSummary, cliAnalyze, withoutTimings,
  loadThroughPage, newContext, decodePng, imageStats } from './lib.mjs';

const SAMPLE = path.join(SITE, 'samples/sample-crisis.csv');
const THEME_TOGGLE = [125, 611]; // the sidebar's light/dark switch at 1280x720 (views.test.mjs)

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// RFC 4180 records of a CSV text (quoted fields with "", commas and newlines).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = ''; i++; continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const quote = (f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

async function windowFigures(page) {
  await page.waitForFunction(() => {
    const w = window.stormvakt.windowSummary();
    return w && !w.updating;
  }, null, { timeout: 30000 });
  return page.evaluate(() => window.stormvakt.windowSummary());
}

async function shot(page, name) {
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  fs.writeFileSync(path.join(ARTIFACTS, name), png);
  return decodePng(png);
}

test('a brushed range: every figure is that of the comments in it', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  const bytes = fs.readFileSync(SAMPLE);
  const summary = await loadThroughPage(page, 'sample-crisis.csv', bytes);
  assert.ok(summary.crisis.onset, 'the sample has an onset');
  assert.equal(await page.evaluate(() => window.stormvakt.windowSummary()), null, 'no range: no window figures');

  // From two hours after the onset, for a day.
  const onset = Date.parse(summary.crisis.onset) / 1000;
  const from = onset + 7200, to = from + 86400;
  assert.equal(await page.evaluate(([a, b]) => window.stormvakt.brush(a, b), [from, to]), true);
  const w = await windowFigures(page);

  // The same comments, cut to a file of their own and analysed by the CLI.
  const rows = parseCsv(bytes.toString('utf8'));
  const header = rows[0];
  const col = Object.fromEntries(header.map((h, i) => [h, i]));
  const records = rows.slice(1).filter((r) => r.length === header.length);
  const time = (r) => Date.parse(r[col.created_at]) / 1000;
  const inside = records.filter((r) => time(r) >= from && time(r) < to);
  const cutFile = path.join(ARTIFACTS, 'window-cut.csv');
  fs.writeFileSync(cutFile, [header, ...inside].map((r) => r.map(quote).join(',')).join('\n') + '\n');
  const cut = cliSummary(cutFile);
  assert.equal(w.comments, inside.length);
  assert.ok(inside.length > 100 && inside.length < records.length);
  assert.equal(w.critics, cut.critics, 'critics of the range');
  assert.ok(w.critics !== summary.critics, 'the range has its own critics');
  assert.deepEqual(w.fans, cut.fans, 'fans of the range (replies: those under their comments in the range)');
  assert.deepEqual(w.themes.negative, cut.themes.negative, 'negative themes of the range');
  assert.deepEqual(w.themes.constructive, cut.themes.constructive, 'constructive themes of the range');
  assert.notDeepEqual(w.themes.negative, summary.themes.negative);
  // Outsiders: comments of the range by authors first seen (in the whole file) at or after the onset.
  const first = new Map();
  for (const r of records) first.set(r[col.author], Math.min(first.get(r[col.author]) ?? Infinity, time(r)));
  const byNewcomers = inside.filter((r) => first.get(r[col.author]) >= onset).length;
  assert.ok(Math.abs(w.outsider_share - byNewcomers / inside.length) < 1e-4, 'outsider share of the range');
  // The gauge is fitted on the range's comments.
  assert.equal(w.gauge.events, Math.min(inside.length, 4000)); // the app fits at most 4,000 (kWindowHawkesMaxEvents)
  assert.ok(w.branching_ratio !== null && w.branching_ratio !== summary.crisis.branching_ratio);

  // Too short a range for a gauge: said plainly.
  await page.evaluate(([a]) => window.stormvakt.brush(a - 600, a), [onset]);
  const short = await windowFigures(page);
  assert.equal(short.branching_ratio, null);
  assert.match(short.gauge.reason, /at least 50 are needed/);

  // Screenshots of the filtered views (the chip, "updating…" gone), dark and light.
  await page.evaluate(([a, b]) => window.stormvakt.brush(a, b), [from, to]);
  await windowFigures(page);
  for (const view of ['overview', 'people', 'themes', 'guideline']) {
    await page.evaluate((v) => window.stormvakt.view(v), view);
    const img = await shot(page, `window-${view}.png`);
    assert.ok(imageStats(img).colors > 20, `${view} drew something`);
  }
  await page.mouse.click(...THEME_TOGGLE);
  await page.evaluate(() => window.stormvakt.view('overview'));
  await shot(page, 'window-overview-light.png');
  await page.mouse.click(...THEME_TOGGLE);
  // Clearing the range brings the file's figures back.
  await page.evaluate(() => window.stormvakt.brush());
  assert.equal(await page.evaluate(() => window.stormvakt.windowSummary()), null);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// A CSV with headers the importer does not know (written here).
function oddCsv() {
  const lines = ['msg;posted;handle;thumbs;in reply to;ref'];
  const people = ['anna', 'bo', 'cem', 'dana', 'eli'];
  for (let i = 0; i < 60; i++) {
    const text = i % 3 === 0 ? `Terrible service, the jacket leaks again ${i}` : `Great jacket, love it ${i}`;
    const day = 10 + Math.floor(i / 24), hour = i % 24;
    lines.push(`"${text}";2025-03-${day} ${String(hour).padStart(2, '0')}:${String(i % 60).padStart(2, '0')};` +
      `${people[i % 5]};${i % 7};${i > 5 && i % 4 === 0 ? `c${i - 3}` : ''};c${i}`);
    if (i === 7) lines.push('"a broken row";not a time at all;x;y');
  }
  return lines.join('\n') + '\n';
}

test('the column-mapping dialog: guess, live preview, import equals the CLI with --map', async () => {
  const file = path.join(ARTIFACTS, 'odd-headers.csv');
  fs.writeFileSync(file, oddCsv());
  const bytes = fs.readFileSync(file);
  const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  // No column is known as the text: the import fails with the importer's message ...
  await assert.rejects(loadThroughPage(page, 'odd-headers.csv', bytes), /no column holds the comment text/);
  // ... and the dialog's preview is pre-filled with the core's guess.
  const guess = await page.evaluate(() => window.stormvakt.mappingPreview());
  assert.equal(guess.csv, true);
  assert.equal(guess.format, 'generic_csv');
  assert.deepEqual(guess.headers, ['msg', 'posted', 'handle', 'thumbs', 'in reply to', 'ref']);
  assert.deepEqual(guess.fields, guess.guessed);
  assert.equal(guess.fields.text, null);
  assert.equal(guess.fields.time, 'posted'); // aliases the core knows
  assert.equal(guess.fields.author, 'handle');
  assert.equal(guess.map, '');
  assert.match(guess.error, /no column holds the comment text/);

  // Choosing columns re-parses the first 20 records.
  const p = await page.evaluate(() => window.stormvakt.mappingPreview({ text: 'msg', likes: 'thumbs', id: 'ref',
    parent: 'in reply to' }));
  assert.equal(p.error, null);
  assert.equal(p.fields.text, 'msg');
  assert.equal(p.rows.length, 20);
  assert.equal(p.rows[0].line, 2);
  assert.equal(p.rows[0].time, '2025-03-10T00:00:00Z');
  assert.equal(p.rows[0].precision, 'minute');
  assert.equal(p.rows[0].author, 'anna');
  assert.equal(p.rows[3].likes, 3);
  const rejected = p.rows.filter((r) => !r.ok);
  assert.equal(rejected.length, 1, 'the broken row is shown as rejected');
  assert.equal(rejected[0].line, 10);
  assert.ok(rejected[0].message.length > 0);
  assert.equal(p.map, 'id=ref,parent=in reply to,text=msg,likes=thumbs');

  // Screenshots of the dialog, dark and light.
  await page.evaluate(() => window.stormvakt.mappingDialog(true));
  const img = await shot(page, 'mapping-dialog.png');
  assert.ok(imageStats(img).colors > 20);
  await page.mouse.move(640, 420); // the preview table: scroll to the rejected row
  await page.mouse.wheel(0, 160);
  await shot(page, 'mapping-dialog-rejected.png');
  await page.evaluate(() => window.stormvakt.mappingDialog(false));

  // "Import with this mapping": the file is sent again through loadFile's path, with the map.
  const summary = await page.evaluate(() => window.stormvakt.mappingImport());
  const cli = cliAnalyze(file, '--map', p.map);
  assert.deepEqual(withoutTimings(summary), withoutTimings({ ...cli, source: summary.source }));
  assert.equal(summary.rows_accepted, 60);
  // The case keeps its mapping: the dialog shows it again, and the Import view names it.
  const again = await page.evaluate(() => window.stormvakt.mappingPreview());
  assert.equal(again.map, p.map);
  await page.mouse.click(...THEME_TOGGLE);
  await page.evaluate(() => window.stormvakt.mappingDialog(true));
  await shot(page, 'mapping-dialog-light.png');
  await page.evaluate(() => window.stormvakt.mappingDialog(false));
  await page.mouse.click(...THEME_TOGGLE);

  // loadFile(name, bytes, { map }) as an object or a string: the same analysis.
  const viaOption = await page.evaluate(async ([n, b, map]) =>
    window.stormvakt.loadFile(n, new Uint8Array(b), { map }), ['odd-headers.csv', [...bytes], p.map]);
  assert.deepEqual(withoutTimings(viaOption), withoutTimings(summary));
  assert.deepEqual(log.errors.filter((e) => !/no column holds the comment text/.test(e)), []);
  await context.close();
});
