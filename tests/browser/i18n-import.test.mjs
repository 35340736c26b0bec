// i18n branch (issue 6): the import's texts are in the UI language also for a saved case re-opened and for a
// file that fails as a whole.
// 1. A file with rejected rows (our fixture tests/fixtures/import/ui_rejects.csv) is saved as a case; after a
//    reload, with the UI in Swedish and then German, the re-opened case's Import view (texts('import'))
//    shows no English reject message, hint or kind, and the format line is not the English one.
// 2. Every file-level error a user can reach by hand (an empty file, a binary file, an .xlsx, a .zip, a JSON
//    that is not an export, a CSV without a text column, a mapping that maps no text column) shows its
//    message and hint in sv and de (texts().error), none of them the CLI's English.
// Screenshots: i18n-import-reopened-{sv,de}.png, i18n-error-<case>-{sv,de}.png in build/test-artifacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startServer, launch, watchPage, waitReady, ARTIFACTS, ROOT, frames } from './lib.mjs';

const REJECTS = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/import/ui_rejects.csv');
const WORDS = {
  sv: { reject: /raden har|tiden|kommentaren har/, kind: /fält|tid|text/, format: /avgränsare/ },
  de: { reject: /die Zeile hat|die Zeit|der Kommentar/, kind: /Feld|Zeit|Text/, format: /Trennzeichen/ },
};
const KINDS_EN = ['ragged_row', 'bad_timestamp', 'empty_text', 'ragged row', 'bad timestamp', 'no text'];

let server, browser;
before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  return { context, page, log };
}

// loadFile with the bytes inside the call; resolves with the summary, or with { failed: message }.
function load(page, name, bytes, options = undefined) {
  return page.evaluate(([n, b, o]) => window.stormvakt.loadFile(n, new Uint8Array(b), o)
    .then((s) => s, (e) => ({ failed: String(e && e.message || e) })), [name, Array.from(bytes), options]);
}

test('a re-opened case shows its rejected rows and format line in Swedish and German', async () => {
  const { context, page, log } = await freshPage();
  const first = await load(page, 'ui_rejects.csv', fs.readFileSync(REJECTS));
  assert.equal(first.rows_rejected, 3);
  const english = first.rejects.map((r) => r.message);
  const englishHints = first.rejects.map((r) => r.hint);
  await page.evaluate(() => window.stormvakt.flushCases());

  await page.reload(); // the case comes back from IndexedDB, not from memory
  await waitReady(page);
  const cases = await page.evaluate(() => window.stormvakt.cases());
  assert.equal(cases.length, 1);
  for (const lang of ['sv', 'de']) {
    await page.evaluate((l) => window.stormvakt.uiLanguage(l), lang);
    const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), cases[0].id);
    assert.equal(reopened.rows_rejected, 3);
    await page.evaluate(() => window.stormvakt.view('import'));
    await frames(page, 4);
    const t = await page.evaluate(() => window.stormvakt.texts('import'));
    assert.equal(t.ui_language, lang);
    assert.equal(t.rejects.length, 3);
    for (const r of t.rejects) {
      assert.ok(!english.includes(r.message), `${lang}: English message "${r.message}"`);
      assert.ok(!englishHints.includes(r.hint), `${lang}: English hint "${r.hint}"`);
      assert.ok(!KINDS_EN.includes(r.kind), `${lang}: English kind "${r.kind}"`);
      assert.match(r.kind, WORDS[lang].kind);
    }
    assert.ok(t.rejects.some((r) => WORDS[lang].reject.test(r.message)), JSON.stringify(t.rejects));
    for (const k of KINDS_EN) assert.ok(!t.rejects_by_kind.includes(k), `${lang}: "${t.rejects_by_kind}"`);
    assert.ok(t.precision && !/second|minute/.test(t.precision), `${lang}: precision "${t.precision}"`);
    assert.notEqual(t.import_reason, first.format_reason);
    assert.match(t.import_reason, WORDS[lang].format);
    await page.screenshot({ path: path.join(ARTIFACTS, `i18n-import-reopened-${lang}.png`) });
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

// The files of each error path (made here; nobody's data).
function errorFiles() {
  const binary = Buffer.alloc(3000);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919 + 13) % 256;
  const zipHead = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
  return [
    { name: 'empty', file: 'empty.csv', bytes: Buffer.alloc(0) },
    { name: 'binary', file: 'data.bin', bytes: binary },
    { name: 'xlsx', file: 'comments.xlsx', bytes: Buffer.concat([zipHead, Buffer.from('[Content_Types].xml xl/workbook.xml')]) },
    { name: 'zip', file: 'export.zip', bytes: Buffer.concat([zipHead, Buffer.from('data/tweets.js')]) },
    { name: 'json', file: 'settings.json', bytes: Buffer.from('{"theme": "dark", "volume": 3}\n') },
    { name: 'no-text', file: 'numbers.csv', bytes: Buffer.from('a,b,c\n1,2,3\n4,5,6\n') },
    { name: 'mapping', file: 'mapped.csv', bytes: Buffer.from('text,time\nhello,2025-01-01\n'), options: { map: 'text=-' } },
  ];
}

test('file-level import errors are in Swedish and German in the error view', async () => {
  const { context, page, log } = await freshPage();
  const files = errorFiles();
  // The CLI's English for each (the same core): the app must not show it under sv or de.
  const cliEnglish = {};
  for (const f of files) {
    const tmp = path.join(ARTIFACTS, `i18n-error-${f.file}`);
    fs.writeFileSync(tmp, f.bytes);
    const args = ['analyze', tmp, ...(f.options?.map ? ['--map', f.options.map] : [])];
    const native = path.join(ROOT, 'build/native/stormvakt');
    const r = fs.existsSync(native) ? spawnSync(native, args)
      : spawnSync(process.execPath, [path.join(ROOT, 'build/web/stormvakt-cli.js'), ...args]);
    assert.notEqual(r.status, 0, `${f.name}: the CLI must fail too`);
    cliEnglish[f.name] = { stderr: r.stderr.toString() };
  }
  for (const lang of ['en', 'sv', 'de']) {
    await page.evaluate((l) => window.stormvakt.uiLanguage(l), lang);
    for (const f of files) {
      const result = await load(page, f.file, f.bytes, f.options);
      assert.ok(result.failed, `${f.name}: the file must fail (${JSON.stringify(result).slice(0, 200)})`);
      await frames(page, 3);
      const t = await page.evaluate(() => window.stormvakt.texts());
      assert.ok(t && t.error, `${lang} ${f.name}: texts().error`);
      assert.ok(t.error.message.length > 0 && t.error.hint.length > 0, JSON.stringify(t.error));
      const cli = cliEnglish[f.name];
      if (lang === 'en') {
        // The CLI's words (a binary file's "columns" are bytes that the JSON of texts() had to replace).
        const words = f.name === 'binary' ? t.error.message.slice(0, t.error.message.indexOf('(')) : t.error.message;
        assert.ok(cli.stderr.includes(words), `en ${f.name}: "${t.error.message}" is the CLI's`);
      } else {
        assert.ok(!cli.stderr.includes(t.error.message), `${lang} ${f.name}: English message "${t.error.message}"`);
        assert.ok(!cli.stderr.includes(t.error.hint), `${lang} ${f.name}: English hint "${t.error.hint}"`);
        await page.screenshot({ path: path.join(ARTIFACTS, `i18n-error-${f.name}-${lang}.png`) });
      }
    }
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
