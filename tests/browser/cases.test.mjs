// Saved cases (issue 7): cases survive a reload in IndexedDB and re-open with the same summary; a case
// corrupted inside IndexedDB is reported and set aside while the others open; a failed write (simulated
// full quota) gives a clear message and loses nothing; a stored case opens offline; deleteCase removes a
// case from IndexedDB; pseudonymised authors stay pseudonymous through save and re-open.
// Every test uses a fresh browser context, so IndexedDB starts empty.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launch, watchPage, waitReady, waitOfflineReady, withoutTimings, writeSample } from './lib.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function freshPage(url = server.url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(url);
  await waitReady(page);
  return { context, page, log };
}

// A small CSV of our own (distinct authors and words per call).
function smallCsv(tag, n = 40) {
  const lines = ['id,parent_id,author,created_at,text,likes'];
  for (let i = 0; i < n; i++) {
    const parent = i > 0 && i % 3 === 0 ? `${tag}-${i - 1}` : '';
    lines.push(`${tag}-${i},${parent},${tag}_writer_${i % 7},2026-03-0${1 + (i % 5)}T1${i % 10}:00:00Z,` +
      `"${tag} comment number ${i}: the service is ${i % 2 ? 'terrible' : 'great'}",${i % 4}`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

// Loads a file through stormvakt.loadFile (the bytes travel inside the call: no request the service
// worker could answer instead of a test route).
function loadThroughPage(page, name, buf, options = undefined) {
  return page.evaluate(([n, text, o]) => window.stormvakt.loadFile(n, new TextEncoder().encode(text), o),
    [name, buf.toString('utf8'), options]);
}

const sampleBytes = () => fs.readFileSync(writeSample(0.2, 'cases-sample.csv'));

// Stored IndexedDB records of the IDBFS database "/cases": [{ key, size }].
function storedFiles(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('/cases');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const out = [];
      const cursor = db.transaction('FILE_DATA').objectStore('FILE_DATA').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(out); return; }
        out.push({ key: c.key, size: c.value.contents ? c.value.contents.length : -1 });
        c.continue();
      };
    };
  }));
}

test('a loaded file is saved; after a reload it is listed and re-opens with the same summary', async () => {
  const { context, page, log } = await freshPage();
  assert.deepEqual(await page.evaluate(() => window.stormvakt.cases()), []);
  const first = await loadThroughPage(page, 'storm.csv', sampleBytes());
  await page.evaluate(() => window.stormvakt.flushCases());

  await page.reload();
  await waitReady(page);
  const cases = await page.evaluate(() => window.stormvakt.cases());
  assert.equal(cases.length, 1);
  assert.equal(cases[0].name, 'storm');
  assert.equal(cases[0].comments, first.comments);
  assert.ok(cases[0].bytes > 1000, `bytes ${cases[0].bytes}`);
  assert.ok(Math.abs(cases[0].saved_at - Date.now() / 1000) < 600, `saved_at ${cases[0].saved_at}`);
  assert.equal(await page.evaluate(() => window.stormvakt.summary()), null); // nothing open before openCase

  const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), cases[0].id);
  assert.deepEqual(withoutTimings(reopened), withoutTimings(first));
  assert.deepEqual(withoutTimings(await page.evaluate(() => window.stormvakt.summary())), withoutTimings(first));
  assert.ok(reopened.timings_ms.open >= 0 && reopened.timings_ms.import === undefined, JSON.stringify(reopened.timings_ms));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a case corrupted inside IndexedDB is reported by name and set aside; the other case opens', async () => {
  const { context, page } = await freshPage();
  await loadThroughPage(page, 'first-storm.csv', smallCsv('first'));
  const second = await loadThroughPage(page, 'second-storm.csv', smallCsv('second'));
  await page.evaluate(() => window.stormvakt.flushCases());
  const cases = await page.evaluate(() => window.stormvakt.cases());
  assert.equal(cases.length, 2);
  const bad = cases.find((c) => c.name === 'first-storm');
  const good = cases.find((c) => c.name === 'second-storm');

  // Flip bytes in the middle of the stored comments file of the first case, through the IndexedDB API.
  await page.evaluate((key) => new Promise((resolve, reject) => {
    const req = indexedDB.open('/cases');
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('FILE_DATA', 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      const get = store.get(key);
      get.onsuccess = () => {
        const entry = get.result;
        if (!entry) { reject(new Error('no record ' + key)); return; }
        const bytes = new Uint8Array(entry.contents);
        for (let i = bytes.length - 200; i < bytes.length - 100; i++) bytes[i] ^= 0x5a;
        entry.contents = bytes;
        store.put(entry, key);
      };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }), `/cases/${bad.id}.svcase`);

  await page.reload();
  await waitReady(page);
  const error = await page.evaluate((id) => window.stormvakt.openCase(id).then(() => null, (e) => e.message), bad.id);
  assert.ok(error, 'the damaged case must not open');
  assert.match(error, /first-storm/);
  assert.match(error, /damaged/);
  // Set aside (moved into damaged/, also in IndexedDB), no longer listed; the other case still opens.
  const after = await page.evaluate(() => window.stormvakt.cases());
  assert.deepEqual(after.map((c) => c.name), ['second-storm']);
  const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), good.id);
  assert.deepEqual(withoutTimings(reopened), withoutTimings(second));
  await page.evaluate(() => window.stormvakt.flushCases());
  const keys = (await storedFiles(page)).map((f) => f.key);
  assert.ok(keys.includes(`/cases/damaged/${bad.id}.svcase`), keys.join(', '));
  assert.ok(!keys.includes(`/cases/${bad.id}.svcase`), keys.join(', '));
  await context.close();
});

test('a failed write (full quota, simulated) says so; the case stays open and nothing is lost', async () => {
  const { context, page, log } = await freshPage();
  await loadThroughPage(page, 'kept.csv', smallCsv('kept'));
  await page.evaluate(() => window.stormvakt.flushCases());

  // Every write from here on fails (the quota stays full), so the retries fail too.
  await page.evaluate(() => window.stormvakt.simulateStorageFailure(1000));
  const second = await loadThroughPage(page, 'too-much.csv', smallCsv('toomuch'));
  const failure = await page.evaluate(() => window.stormvakt.flushCases().then(() => null, (e) => e.message));
  assert.match(failure || '', /storage for this site is full/);
  const status = await page.evaluate(() => window.stormvakt.caseStatus());
  assert.equal(status.save_error_kind, 'storage_full');
  assert.match(status.save_error, /full/);
  assert.ok(log.console.some((line) => /storage for this site is full/.test(line)), 'the failure is reported');
  // The case is still open in memory with its summary.
  assert.deepEqual(withoutTimings(await page.evaluate(() => window.stormvakt.summary())), withoutTimings(second));
  // The earlier case is untouched in IndexedDB.
  await page.reload();
  await waitReady(page);
  let cases = await page.evaluate(() => window.stormvakt.cases());
  assert.deepEqual(cases.map((c) => c.name), ['kept']);
  assert.ok((await page.evaluate((id) => window.stormvakt.openCase(id), cases[0].id)).comments > 0);
  await context.close();
});

test('after a failed write the pending files are written by the next save', async () => {
  const { context, page } = await freshPage();
  await page.evaluate(() => window.stormvakt.simulateStorageFailure(1));
  await loadThroughPage(page, 'later.csv', smallCsv('later'));
  // The debounced write fails (whether it ran before or inside this flush).
  await page.waitForFunction(() => window.stormvakt.caseStatus().save_error_kind === 'storage_full');
  await page.evaluate(() => window.stormvakt.flushCases()); // space again: the retry writes it
  assert.equal(await page.evaluate(() => window.stormvakt.caseStatus().save_error), '');
  await page.reload();
  await waitReady(page);
  const cases = await page.evaluate(() => window.stormvakt.cases());
  assert.deepEqual(cases.map((c) => c.name), ['later']);
  await context.close();
});

test('offline after the first visit: the page reloads and a stored case opens', async () => {
  const { context, page } = await freshPage();
  await waitOfflineReady(page);
  const first = await loadThroughPage(page, 'offline-storm.csv', smallCsv('offline'));
  await page.evaluate(() => window.stormvakt.flushCases());
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  const cases = await page.evaluate(() => window.stormvakt.cases());
  assert.equal(cases.length, 1);
  const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), cases[0].id);
  assert.deepEqual(withoutTimings(reopened), withoutTimings(first));
  await context.close();
});

test('deleteCase removes the case from the list and from IndexedDB', async () => {
  const { context, page } = await freshPage();
  await loadThroughPage(page, 'gone.csv', smallCsv('gone'));
  await loadThroughPage(page, 'stays.csv', smallCsv('stays'));
  await page.evaluate(() => window.stormvakt.flushCases());
  const cases = await page.evaluate(() => window.stormvakt.cases());
  const gone = cases.find((c) => c.name === 'gone');
  await page.evaluate((id) => window.stormvakt.deleteCase(id), gone.id);
  assert.deepEqual((await page.evaluate(() => window.stormvakt.cases())).map((c) => c.name), ['stays']);
  const keys = (await storedFiles(page)).map((f) => f.key);
  assert.ok(!keys.some((k) => k.startsWith(`/cases/${gone.id}.`)), keys.join(', '));
  await page.reload();
  await waitReady(page);
  assert.deepEqual((await page.evaluate(() => window.stormvakt.cases())).map((c) => c.name), ['stays']);
  const error = await page.evaluate((id) => window.stormvakt.deleteCase(id).then(() => null, (e) => e.message), gone.id);
  assert.match(error || '', /no case/);
  await context.close();
});

test('pseudonymised authors: no real name in the summary or in IndexedDB; stable on re-open', async () => {
  const { context, page } = await freshPage();
  const csv = smallCsv('pseudo');
  const plain = await loadThroughPage(page, 'plain.csv', csv);
  assert.match(JSON.stringify(plain), /pseudo_writer_/);
  const hidden = await page.evaluate(async (text) => window.stormvakt.loadFile('hidden.csv', new TextEncoder().encode(text), { pseudonymise: true }), csv.toString());
  assert.doesNotMatch(JSON.stringify(hidden), /pseudo_writer_/);
  assert.match(JSON.stringify(hidden), /person-[0-9a-f]{12}/);
  assert.equal(hidden.comments, plain.comments);
  const again = await page.evaluate(async (text) => window.stormvakt.loadFile('hidden-again.csv', new TextEncoder().encode(text), { pseudonymise: true }), csv.toString());
  const names = (s) => JSON.stringify(s).match(/person-[0-9a-f]{12}/g).sort();
  assert.notDeepEqual(names(again), names(hidden)); // another case, another salt
  await page.evaluate(() => window.stormvakt.flushCases());

  // No real author name is stored in the pseudonymised cases' files.
  const cases = await page.evaluate(() => window.stormvakt.cases());
  const hiddenCase = cases.find((c) => c.name === 'hidden');
  const stored = await page.evaluate((prefix) => new Promise((resolve) => {
    const req = indexedDB.open('/cases');
    req.onsuccess = () => {
      const db = req.result;
      const out = [];
      const store = db.transaction('FILE_DATA').objectStore('FILE_DATA');
      store.openCursor().onsuccess = (e) => {
        const c = e.target.result;
        if (!c) { db.close(); resolve(out); return; }
        if (c.key.startsWith(prefix)) out.push(new TextDecoder('latin1').decode(c.value.contents));
        c.continue();
      };
    };
  }), `/cases/${hiddenCase.id}.`);
  assert.equal(stored.length, 2);
  for (const text of stored) assert.ok(!text.includes('pseudo_writer_'), 'a real author name is stored');

  await page.reload();
  await waitReady(page);
  const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), hiddenCase.id);
  assert.deepEqual(withoutTimings(reopened), withoutTimings(hidden));
  await context.close();
});

test('two tabs: a case open in both is held by the first; the second says so; saves reach the other tab', async () => {
  const { context, page } = await freshPage();
  await loadThroughPage(page, 'shared.csv', smallCsv('shared'));
  await page.evaluate(() => window.stormvakt.flushCases());
  await page.waitForFunction(() => window.stormvakt.caseStatus() && window.stormvakt.caseStatus().lock === 'held');
  const id = await page.evaluate(() => window.stormvakt.caseStatus().id);

  const other = await context.newPage();
  await other.goto(server.url);
  await waitReady(other);
  assert.deepEqual((await other.evaluate(() => window.stormvakt.cases())).map((c) => c.id), [id]);
  await other.evaluate((caseId) => window.stormvakt.openCase(caseId), id);
  await other.waitForFunction(() => window.stormvakt.caseStatus().lock === 'elsewhere');
  // The second tab does not write the case: its view changes are not saved.
  const before = await storedFiles(other);
  await other.evaluate(() => window.stormvakt.view('timeline'));
  await other.waitForTimeout(2500);
  await other.evaluate(() => window.stormvakt.flushCases());
  assert.deepEqual(await storedFiles(other), before);

  // A case saved in the first tab shows up in the second tab's list.
  await loadThroughPage(page, 'newer.csv', smallCsv('newer'));
  await page.evaluate(() => window.stormvakt.flushCases());
  await other.waitForFunction(async () => (await window.stormvakt.cases()).length === 2, null, { timeout: 10000 });

  // The first tab lets the case go when it closes: a new tab then holds it.
  await page.close();
  const third = await context.newPage();
  await third.goto(server.url);
  await waitReady(third);
  await third.evaluate((caseId) => window.stormvakt.openCase(caseId), id);
  await third.waitForFunction(() => window.stormvakt.caseStatus().lock !== 'waiting');
  // (The second tab opened it read-only and does not hold it, so the new tab does.)
  assert.equal(await third.evaluate(() => window.stormvakt.caseStatus().lock), 'held');
  await context.close();
});

// --- gaps (issue 9): a big case file is stored as a head record plus Blob parts ---
// The records of one stored file: { head, total, parts: [{ key, blob, size }] } (blob: the part is a Blob).
function fileRecords(page, path) {
  return page.evaluate((p) => new Promise((resolve, reject) => {
    const req = indexedDB.open('/cases');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const store = db.transaction('FILE_DATA').objectStore('FILE_DATA');
      const out = { head: -1, parts: [] };
      const head = store.get(p);
      head.onsuccess = () => { out.head = head.result && head.result.contents ? head.result.contents.length : -1; };
      const cursor = store.openCursor(IDBKeyRange.bound(p + '\0', p + '\u0001', false, true));
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(out); return; }
        const v = c.value.contents;
        out.total = Number(c.key.split('\0')[2]);
        out.parts.push({ key: c.key.split('\0').slice(1).join('/'), blob: v instanceof Blob, size: v instanceof Blob ? v.size : v.length });
        c.continue();
      };
    };
  }), path);
}

// Rewrites a stored file the way earlier versions stored it: a head record and typed-array parts (of
// `part` bytes; those versions used 32, later 8 MiB).
function storeInOldFormat(page, path, part) {
  return page.evaluate(([p, size]) => new Promise((resolve, reject) => {
    const req = indexedDB.open('/cases');
    req.onerror = () => reject(req.error);
    req.onsuccess = async () => {
      const db = req.result;
      const get = (key) => new Promise((res, rej) => {
        const r = db.transaction('FILE_DATA').objectStore('FILE_DATA').get(key);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const keys = await new Promise((res) => {
        const r = db.transaction('FILE_DATA').objectStore('FILE_DATA').getAllKeys(IDBKeyRange.bound(p + '\0', p + '\u0001', false, true));
        r.onsuccess = () => res(r.result.sort((a, b) => Number(a.split('\0')[3]) - Number(b.split('\0')[3])));
      });
      const entry = await get(p);
      const total = Number(keys[0].split('\0')[2]);
      const whole = new Uint8Array(total);
      whole.set(entry.contents, 0);
      let at = entry.contents.length;
      for (const k of keys) {
        const bytes = new Uint8Array(await (await get(k)).contents.arrayBuffer());
        whole.set(bytes, at);
        at += bytes.length;
      }
      const tx = db.transaction('FILE_DATA', 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      store.delete(IDBKeyRange.bound(p + '\0', p + '\u0001', false, true));
      entry.contents = whole.slice(0, size);
      store.put(entry, p);
      for (let from = size, i = 1; from < total; from += size, i++) store.put({ contents: whole.slice(from, from + size) }, `${p}\0part\0${total}\0${i}`);
      tx.oncomplete = () => { db.close(); resolve(at); };
      tx.onerror = () => reject(tx.error);
    };
  }), [path, part]);
}

test('a big case is stored as a head plus Blob parts, re-opens, and one stored with typed-array parts still opens', async () => {
  const { context, page, log } = await freshPage();
  const first = await loadThroughPage(page, 'big-storm.csv', fs.readFileSync(writeSample(15, 'cases-big.csv')));
  await page.evaluate(() => window.stormvakt.flushCases());
  const [stored] = await page.evaluate(() => window.stormvakt.cases());
  assert.ok(stored.bytes > 5 * 1024 * 1024, `the case must be bigger than a head and one part: ${stored.bytes} bytes`);
  const path = `/cases/${stored.id}.svcase`;
  const records = await fileRecords(page, path);
  assert.equal(records.head, 1024 * 1024, 'the IDBFS record holds the first MiB');
  // (cases() counts the settings file too)
  assert.ok(records.total > 5 * 1024 * 1024 && records.total <= stored.bytes, `${records.total} of ${stored.bytes}`);
  assert.equal(records.parts.length, Math.ceil((records.total - 1024 * 1024) / (4 * 1024 * 1024)));
  assert.ok(records.parts.every((p) => p.blob), JSON.stringify(records.parts));
  assert.equal(records.head + records.parts.reduce((s, p) => s + p.size, 0), records.total);

  await page.reload();
  await waitReady(page);
  assert.deepEqual(withoutTimings(await page.evaluate((id) => window.stormvakt.openCase(id), stored.id)), withoutTimings(first));

  // The format of earlier versions (typed-array parts after a head of the same size) still loads.
  assert.equal(await storeInOldFormat(page, path, 2 * 1024 * 1024), records.total);
  const old = await fileRecords(page, path);
  assert.equal(old.head, 2 * 1024 * 1024);
  assert.ok(old.parts.length >= 2 && old.parts.every((p) => !p.blob), JSON.stringify(old.parts));
  await page.reload();
  await waitReady(page);
  assert.deepEqual(withoutTimings(await page.evaluate((id) => window.stormvakt.openCase(id), stored.id)), withoutTimings(first));
  assert.deepEqual(log.errors, []);
  await context.close();
});
