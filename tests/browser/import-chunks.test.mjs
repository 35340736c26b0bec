// Reading files in chunks (issue 9): a File or Blob handed to loadFile() is read with File.slice, slice by
// slice (never whole into JavaScript memory), and gives exactly the analysis of the same bytes as a
// Uint8Array and of the CLI; a file too large for a tab is refused before it is read, naming the limit;
// loadFile's dateOrder option forces the order of ambiguous numeric dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serverAndBrowser, watchPage, waitReady, cliSummary, withoutTimings, newContext, writeSample } from './lib.mjs';

const env = serverAndBrowser();

async function newPage() {
  const context = await newContext(env.browser, { viewport: { width: 1024, height: 640 }, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(env.server.url);
  await waitReady(page);
  // Count every read of a Blob: slices asked for, and arrayBuffer() calls with their sizes.
  await page.evaluate(() => {
    window.__reads = { slices: [], arrayBuffers: [] };
    const slice = Blob.prototype.slice;
    Blob.prototype.slice = function (...args) {
      window.__reads.slices.push([args[0], args[1]]);
      return slice.apply(this, args);
    };
    const arrayBuffer = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function () {
      window.__reads.arrayBuffers.push(this.size);
      return arrayBuffer.call(this);
    };
  });
  return { context, page, log };
}

test('a File is read in slices and gives the analysis of the whole bytes and of the CLI', async () => {
  // About 12 MB: more than one 8 MiB slice.
  const file = writeSample(40, 'chunks-sample.csv');
  const bytes = fs.readFileSync(file);
  assert.ok(bytes.length > 9 * 1024 * 1024, `the file spans two slices (${bytes.length} bytes)`);
  const { context, page, log } = await newPage();
  const asFile = await page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    window.__bytes = bin;
    const f = new File([bin], 'chunks-sample.csv', { type: 'text/csv' });
    window.__reads.slices.length = 0;
    window.__reads.arrayBuffers.length = 0;
    return window.stormvakt.loadFile(f.name, f);
  }, bytes.toString('base64'));
  const reads = await page.evaluate(() => window.__reads);
  assert.ok(reads.slices.length >= 2, `the File was read in slices (${JSON.stringify(reads.slices)})`);
  assert.ok(reads.slices.every(([a, b]) => b - a <= 8 * 1024 * 1024), 'no slice is larger than 8 MiB');
  assert.ok(reads.arrayBuffers.every((n) => n <= 8 * 1024 * 1024), `never arrayBuffer() of the whole file (${reads.arrayBuffers})`);
  const asBytes = await page.evaluate(() => window.stormvakt.loadFile('chunks-sample.csv', window.__bytes));
  assert.deepEqual(withoutTimings(asFile), withoutTimings(asBytes), 'File and Uint8Array give the same analysis');
  const cli = cliSummary(file);
  assert.deepEqual(withoutTimings(asFile), withoutTimings(cli), 'and the same as `stormvakt analyze`');
  assert.deepEqual(log.errors, [], 'no page errors');
  await context.close();
});

test('a file too large for a browser tab is refused up front, naming the limit', async () => {
  const { context, page } = await newPage();
  const outcome = await page.evaluate(async () => {
    // 1.25 GiB made of one 8 MiB part repeated (Blob parts are shared, not copied).
    const part = new Blob([new Uint8Array(8 * 1024 * 1024)]);
    const huge = new Blob(Array(160).fill(part));
    window.__reads.slices.length = 0;
    const t0 = performance.now();
    try {
      await window.stormvakt.loadFile('huge.csv', huge);
      return { ok: true };
    } catch (err) {
      return { ok: false, message: String(err.message), ms: performance.now() - t0, slices: window.__reads.slices.length };
    }
  });
  assert.equal(outcome.ok, false, 'refused');
  assert.match(outcome.message, /up to 1200 MiB/, `the message names the limit: ${outcome.message}`);
  assert.equal(outcome.slices, 0, 'no byte of it was read');
  await context.close();
});

test('loadFile({ dateOrder }) forces the order of ambiguous numeric dates, and the report says so', async () => {
  const { context, page } = await newPage();
  const [auto, mdy] = await page.evaluate(async () => {
    const csv = new TextEncoder().encode('id,text,date\n1,a,03/04/2025\n2,b,05/06/2025\n');
    const a = await window.stormvakt.loadFile('dates.csv', csv);
    const m = await window.stormvakt.loadFile('dates.csv', new Blob([csv]), { dateOrder: 'mdy' });
    return [a, m];
  });
  assert.equal(auto.date_order_forced, null);
  assert.equal(auto.first, '2025-04-03T00:00:00Z', 'day-first when nothing decides');
  assert.equal(mdy.date_order_forced, 'mdy');
  assert.equal(mdy.first, '2025-03-04T00:00:00Z', 'month-first when forced');
  await context.close();
});

test('the same File loaded again with another mapping (options.map) is read again in slices', async () => {
  const { context, page } = await newPage();
  const [first, second] = await page.evaluate(async () => {
    const f = new File(['Body,Note,When\nhello there,a note,2024-05-01T10:00:00Z\n'], 'mapped.csv');
    const a = await window.stormvakt.loadFile(f.name, f, { map: 'text=Note' });
    const b = await window.stormvakt.loadFile(f.name, f, { map: { text: 'Body', time: 'When' } });
    return [a, b];
  });
  assert.equal(first.comments, 1);
  assert.match(first.format_reason, /mapping given/);
  assert.equal(first.first, null, 'no time column mapped the first time');
  assert.equal(second.first, '2024-05-01T10:00:00Z', 'the second mapping reads the time column');
  await context.close();
});
