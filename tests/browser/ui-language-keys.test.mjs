// Issue 6 (app8): texts the core writes in English are shown in the UI language, and the arrow keys move the
// selection in every table.
//
// window.stormvakt.texts(view) gives the texts that come from core data as the app writes them (multiplier
// reasons, the response-window line, the guideline items and their language); window.stormvakt.selection()
// the table the arrow keys move ({ table, row, count, visible, label }). Checked: after switching the UI to
// Swedish and German the multiplier reasons, the response-window line and the guideline are in that language
// (and the analyze summary is unchanged: the CLI's JSON keeps its English); Up/Down, Page Up/Down and
// Home/End move the selection in People (multipliers), Spread (cascades), Themes (terms), Import (rejected
// rows) and the saved cases on Welcome, and the selected row is kept in view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { serverAndBrowser, watchPage, waitReady, SITE, loadThroughPage, newContext, ARTIFACTS, cliSummary,
  withoutTimings, frames } from './lib.mjs';

const SAMPLE = path.join(SITE, 'samples/sample-crisis.csv');
const env = serverAndBrowser();

async function openSample(viewport = { width: 1600, height: 900 }) {
  const context = await newContext(env.browser, { viewport, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(env.server.url);
  await waitReady(page);
  const summary = await loadThroughPage(page, 'sample-crisis.csv', fs.readFileSync(SAMPLE));
  await frames(page, 4);
  return { context, page, log, summary };
}

// The words each language writes (and the other two do not).
const WORDS = {
  en: { reason: ['followers;', 'replies under their comments'], window: /since the onset|No onset detected/ },
  sv: { reason: ['följare;', 'svar under deras kommentarer'], window: /sedan starten|Ingen start upptäckt/ },
  de: { reason: ['Follower;', 'Antworten unter ihren Kommentaren'], window: /seit Beginn|Kein Beginn erkannt/ },
};

test('multiplier reasons, the response window and the guideline follow the UI language', async () => {
  const { context, page, log, summary } = await openSample();
  const english = await page.evaluate(() => window.stormvakt.texts());
  assert.equal(english.ui_language, 'en');
  assert.ok(english.multiplier_reasons.length > 0, 'the sample has multipliers');
  // The sample's multipliers are those of the CLI JSON, whose reasons stay English.
  assert.equal(english.multiplier_reasons.length, summary.multipliers.length);
  for (const lang of ['sv', 'de', 'en']) {
    assert.equal(await page.evaluate((l) => window.stormvakt.uiLanguage(l), lang), lang);
    await frames(page, 4);
    for (const view of ['people', 'overview', 'guideline']) {
      await page.evaluate((v) => window.stormvakt.view(v), view);
      await frames(page, 2);
      const t = await page.evaluate((v) => window.stormvakt.texts(v), view);
      assert.equal(t.ui_language, lang);
      if (view !== 'guideline') {
        assert.ok(t.multiplier_reasons.length > 0);
        if (view === 'overview') assert.ok(t.multiplier_reasons.length <= 3);
        for (const r of t.multiplier_reasons)
          for (const w of WORDS[lang].reason) assert.ok(r.includes(w), `${lang} ${view}: "${r}" has "${w}"`);
        for (const other of Object.keys(WORDS).filter((l) => l !== lang))
          for (const r of t.multiplier_reasons)
            assert.ok(!r.includes(WORDS[other].reason[1]), `${lang}: "${r}" is not in ${other}`);
      }
      if (view !== 'people') {
        assert.match(t.response_window, WORDS[lang].window, `${lang} ${view}: response window line`);
        // The guideline language follows the UI (nobody chose one in the Guideline view).
        assert.equal(t.guideline_language, lang);
        assert.ok(t.guideline_items.length > 0, 'the sample has guideline items');
      }
    }
    // Numbers as the language writes them: a reason with a number of 1,000 or more uses its separator.
    const reasons = (await page.evaluate(() => window.stormvakt.texts('people'))).multiplier_reasons.join(' ');
    if (lang === 'en') assert.doesNotMatch(reasons, /\d\.\d{3}\b/);
    if (lang === 'de') assert.doesNotMatch(reasons, /\d,\d{3}\b/);
  }
  // The guideline items really change with the language (not the same English list under another label).
  await page.evaluate(() => window.stormvakt.uiLanguage('sv'));
  await frames(page, 4);
  const sv = await page.evaluate(() => window.stormvakt.texts('guideline'));
  await page.evaluate(() => window.stormvakt.uiLanguage('en'));
  await frames(page, 4);
  const en = await page.evaluate(() => window.stormvakt.texts('guideline'));
  assert.equal(sv.guideline_items.length, en.guideline_items.length);
  assert.notDeepEqual(sv.guideline_items, en.guideline_items);
  // The analyze JSON is the CLI's whatever the UI language (its reasons stay English).
  await page.evaluate(() => window.stormvakt.uiLanguage('de'));
  await frames(page, 4);
  const again = await page.evaluate(() => window.stormvakt.summary());
  assert.deepEqual(withoutTimings(again), withoutTimings(summary));
  assert.deepEqual(withoutTimings(again), withoutTimings(cliSummary(SAMPLE)));
  assert.deepEqual(log.errors, []);
  await context.close();
});

async function press(page, key, times = 1) {
  for (let i = 0; i < times; ++i) {
    await page.keyboard.press(key);
    await frames(page, 2);
  }
  return page.evaluate(() => window.stormvakt.selection());
}

// Presses the keys on the table that has the keyboard in `view` and checks the selection after each.
async function checkKeys(page, view, table) {
  if (view) await page.evaluate((v) => window.stormvakt.view(v), view);
  await frames(page, 4);
  let s = await page.evaluate(() => window.stormvakt.selection());
  assert.equal(s?.table, table, `${view}: the first keyboard table has the keyboard`);
  const n = s.count;
  assert.ok(n >= 2, `${table} has rows to move through (${n})`);
  s = await press(page, 'Home');
  assert.equal(s.row, 0, `${table}: Home`);
  assert.equal(s.visible, true);
  const first = s.label;
  s = await press(page, 'ArrowDown');
  assert.equal(s.row, 1, `${table}: Down`);
  assert.notEqual(s.label, undefined);
  s = await press(page, 'ArrowDown');
  assert.equal(s.row, Math.min(2, n - 1));
  s = await press(page, 'ArrowUp');
  assert.equal(s.row, 1, `${table}: Up`);
  s = await press(page, 'End');
  assert.equal(s.row, n - 1, `${table}: End`);
  await frames(page, 4); // the table scrolls the row into view
  s = await page.evaluate(() => window.stormvakt.selection());
  assert.equal(s.visible, true, `${table}: the last row is scrolled into view`);
  s = await press(page, 'PageUp');
  assert.equal(s.row, Math.max(0, n - 1 - 10), `${table}: Page Up`);
  s = await press(page, 'Home');
  assert.equal(s.row, 0);
  assert.equal(s.label, first);
  await frames(page, 4);
  s = await page.evaluate(() => window.stormvakt.selection());
  assert.equal(s.visible, true, `${table}: the first row is back in view`);
  s = await press(page, 'PageDown');
  assert.equal(s.row, Math.min(10, n - 1), `${table}: Page Down`);
  return s;
}

test('arrow keys move the selection in every table', async () => {
  // A small window, so that some tables scroll.
  const { context, page, log } = await openSample({ width: 1280, height: 720 });
  await checkKeys(page, 'people', 'people.multipliers');
  await checkKeys(page, 'spread', 'spread.cascades');
  await checkKeys(page, 'themes', 'themes.negative');
  await page.screenshot({ path: path.join(ARTIFACTS, 'keys-themes.png') });
  // Enter opens the selected multiplier's comment in the Comments view.
  await page.evaluate(() => window.stormvakt.view('people'));
  await frames(page, 3);
  await press(page, 'Home');
  await page.keyboard.press('Enter');
  await frames(page, 3);
  await page.screenshot({ path: path.join(ARTIFACTS, 'keys-enter-opens-comment.png') });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('arrow keys in the rejected rows (Import) and the saved cases (Welcome)', async () => {
  const context = await newContext(env.browser, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(env.server.url);
  await waitReady(page);
  // A CSV with 40 rows of which 30 have no text: rejected, with their line numbers.
  const lines = ['id,author,created_at,text'];
  for (let i = 1; i <= 40; ++i)
    lines.push(`${i},writer${i},2026-03-0${1 + (i % 5)}T1${i % 10}:00:00Z,${i % 4 === 0 ? `comment number ${i}` : ''}`);
  await loadThroughPage(page, 'rejects.csv', Buffer.from(lines.join('\n') + '\n'));
  await frames(page, 4);
  const s = await checkKeys(page, 'import', 'import.rejects');
  assert.ok(s.count >= 20, `rejected rows: ${s.count}`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'keys-import.png') });
  // The saved cases: a second file, so the list has two.
  await loadThroughPage(page, 'sample-crisis.csv', fs.readFileSync(SAMPLE));
  await page.waitForFunction(() => window.stormvakt.showWelcome(), null, { timeout: 60000 });
  await page.waitForFunction(() => {
    const sel = window.stormvakt.selection();
    return sel && sel.table === 'welcome.cases' && sel.count >= 2;
  }, null, { timeout: 60000 });
  let w = await press(page, 'ArrowDown');
  assert.equal(w.row, 0);
  w = await press(page, 'ArrowDown');
  assert.equal(w.row, 1);
  w = await press(page, 'Home');
  assert.equal(w.row, 0);
  await frames(page, 4); // the welcome screen scrolls the selected case into view
  w = await page.evaluate(() => window.stormvakt.selection());
  await page.screenshot({ path: path.join(ARTIFACTS, 'keys-welcome.png') });
  assert.equal(w.visible, true, 'the selected case is scrolled into view');
  // Enter opens the selected case.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.stormvakt.summary() !== null, null, { timeout: 120000 });
  assert.deepEqual(log.errors, []);
  await context.close();
});

// --- codes branch (issue 6): the core hands out codes, the app writes them in the UI language ---
// The origin guess's explanation (Guideline, Overview), the self-driving fit's notes (Overview gauge), the
// import's format line and its rejected rows (Import; our fixture tests/fixtures/import/ui_rejects.csv has a
// ragged row, a time that is not a date and a row without text) in Swedish and German: none is the English
// text the CLI JSON carries, each has words of its language. Screenshots: codes-<view>-<lang>.png.
const REJECTS = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/import/ui_rejects.csv');
const CODE_WORDS = {
  sv: { origin: /kommentarer|startfönstret|start/, fit: /anpassad|starten/, reject: /raden har|tiden|kommentaren har/,
    format: /avgränsare/ },
  de: { origin: /Kommentare|Anfangsfenster|Beginn/, fit: /geschätzt|Beginn/, reject: /die Zeile hat|die Zeit|der Kommentar/,
    format: /Trennzeichen/ },
};

test('origin explanation, fit notes, format line and rejected rows are in Swedish and German', async () => {
  const { context, page, log, summary } = await openSample();
  const en = await page.evaluate(() => window.stormvakt.texts());
  assert.equal(en.origin_reason, summary.origin.reason, 'English: the CLI JSON\'s sentence');
  assert.equal(en.gauge_reason, summary.crisis.gauge.reason, 'English: the CLI JSON\'s fit notes');
  for (const lang of ['sv', 'de']) {
    await page.evaluate((l) => window.stormvakt.uiLanguage(l), lang);
    await frames(page, 4);
    for (const view of ['overview', 'guideline']) {
      await page.evaluate((v) => window.stormvakt.view(v), view);
      await frames(page, 4);
      const t = await page.evaluate((v) => window.stormvakt.texts(v), view);
      assert.ok(t.origin_reason && t.origin_reason !== summary.origin.reason, `${lang} ${view}: origin "${t.origin_reason}"`);
      assert.match(t.origin_reason, CODE_WORDS[lang].origin);
      if (view === 'overview') {
        assert.ok(t.gauge_reason !== summary.crisis.gauge.reason, `${lang}: fit notes "${t.gauge_reason}"`);
        assert.match(t.gauge_reason, CODE_WORDS[lang].fit);
      }
      await page.screenshot({ path: path.join(ARTIFACTS, `codes-${view}-${lang}.png`) });
    }
  }
  // The summary stays the CLI's (English reasons) in any UI language.
  assert.deepEqual(withoutTimings(await page.evaluate(() => window.stormvakt.summary())), withoutTimings(summary));

  // A file with rejected rows.
  await page.evaluate(() => window.stormvakt.uiLanguage('en'));
  const rejected = await loadThroughPage(page, 'ui_rejects.csv', fs.readFileSync(REJECTS));
  await frames(page, 4);
  assert.equal(rejected.rows_rejected, 3);
  await page.evaluate(() => window.stormvakt.view('import'));
  await frames(page, 3);
  const english = await page.evaluate(() => window.stormvakt.texts('import'));
  assert.equal(english.import_reason, rejected.format_reason);
  assert.deepEqual(english.rejects.map((r) => r.message), rejected.rejects.map((r) => r.message));
  for (const lang of ['sv', 'de']) {
    await page.evaluate((l) => window.stormvakt.uiLanguage(l), lang);
    await frames(page, 4);
    const t = await page.evaluate(() => window.stormvakt.texts('import'));
    assert.equal(t.rejects.length, 3);
    t.rejects.forEach((r, i) => {
      assert.notEqual(r.message, rejected.rejects[i].message, `${lang}: message "${r.message}"`);
      assert.notEqual(r.hint, rejected.rejects[i].hint, `${lang}: hint "${r.hint}"`);
    });
    assert.ok(t.rejects.some((r) => CODE_WORDS[lang].reject.test(r.message)), JSON.stringify(t.rejects));
    assert.notEqual(t.import_reason, rejected.format_reason);
    assert.match(t.import_reason, CODE_WORDS[lang].format);
    await page.screenshot({ path: path.join(ARTIFACTS, `codes-import-${lang}.png`) });
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
