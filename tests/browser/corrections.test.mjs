// The user's corrections (issue 7): comments relabelled by hand and a custom lexicon change every figure
// derived from labels, equal the CLI with the same JSON (`analyze --corrections` / `--lexicon`), and are kept
// with the case (reload + openCase applies them again). Screenshots of the relabel control and the lexicon
// panel go to build/test-artifacts/corrections-*.png. Every test uses a fresh browser context.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS, ROOT, startServer, launch, watchPage, waitReady, withoutTimings, writeSample, cliSummary,
  decodePng, imageStats, parseCsv } from './lib.mjs';

let server, browser;
before(async () => {
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

function loadThroughPage(page, name, buf) {
  return page.evaluate(([n, text]) => window.stormvakt.loadFile(n, new TextEncoder().encode(text)),
    [name, buf.toString('utf8')]);
}


// The CLI's scored comments of `file`: [{ id, label }].
function scoredComments(file, extra = []) {
  const out = path.join(ARTIFACTS, 'corrections-scored.csv');
  const native = path.join(ROOT, 'build/native/stormvakt');
  const args = ['analyze', file, ...extra, '--json', path.join(ARTIFACTS, 'corrections-report.json'), '--scored', out];
  if (fs.existsSync(native)) execFileSync(native, args);
  else execFileSync(process.execPath, [path.join(ROOT, 'build/web/stormvakt-cli.js'), ...args]);
  const [header, ...rows] = parseCsv(fs.readFileSync(out, 'utf8'));
  const id = header.indexOf('id'), label = header.indexOf('label');
  assert.ok(id >= 0 && label >= 0, `scored CSV has id and label (${header.join(',')})`);
  const names = { neg: 'negative', neu: 'neutral', pos: 'positive' };
  return rows.filter((r) => r.length === header.length).map((r) => ({ id: r[id], label: names[r[label]] }));
}

const sampleFile = () => writeSample(0.25, 'corrections-sample.csv');

test('relabelled comments change the counts, equal the CLI with --corrections, and survive a reload', async () => {
  const file = sampleFile();
  const { context, page, log } = await freshPage();
  const first = await loadThroughPage(page, path.basename(file), fs.readFileSync(file));
  const comments = scoredComments(file);
  const positive = comments.find((c) => c.label === 'positive');
  const neutral = comments.find((c) => c.label === 'neutral');
  assert.ok(positive && neutral, 'the sample has positive and neutral comments');

  await page.evaluate((id) => window.stormvakt.relabel(id, 'negative', 'emotional'), positive.id);
  const after = await page.evaluate((id) => window.stormvakt.relabel(id, 'negative', 'constructive'), neutral.id);
  assert.equal(after.sentiment.negative, first.sentiment.negative + 2);
  assert.equal(after.sentiment.positive, first.sentiment.positive - 1);
  assert.equal(after.sentiment.neutral, first.sentiment.neutral - 1);
  assert.ok(after.negative_comment_share > first.negative_comment_share);
  assert.deepEqual(after.corrections, { given: 2, applied_comments: 2, unknown_ids: [] });
  assert.deepEqual(withoutTimings(await page.evaluate(() => window.stormvakt.summary())), withoutTimings(after));
  const list = await page.evaluate(() => window.stormvakt.corrections());
  assert.deepEqual(list, [
    { id: positive.id, label: 'negative', tag: 'emotional', applied: true },
    { id: neutral.id, label: 'negative', tag: 'constructive', applied: true },
  ]);

  // The CLI with the same JSON gives the same report.
  const json = path.join(ARTIFACTS, 'corrections.json');
  fs.writeFileSync(json, JSON.stringify(list.map(({ applied, ...c }) => c)));
  assert.deepEqual(withoutTimings(after), withoutTimings(cliSummary(file, ['--corrections', json])));

  // A comment that does not exist: rejected, nothing kept for it; bad labels are refused.
  await assert.rejects(page.evaluate(() => window.stormvakt.relabel('no-such-comment', 'positive')), /no comment has the id/);
  await assert.rejects(page.evaluate((id) => window.stormvakt.relabel(id, 'furious'), neutral.id), /unknown label/);
  assert.equal((await page.evaluate(() => window.stormvakt.corrections())).length, 2);
  assert.deepEqual((await page.evaluate(() => window.stormvakt.summary())).corrections,
    { given: 2, applied_comments: 2, unknown_ids: [] });

  // Screenshots: the "corrected" mark and the relabel control in the thread panel, and the right-click menu.
  await page.evaluate(() => window.stormvakt.view('comments'));
  await page.waitForTimeout(200);
  await page.mouse.click(600, 190); // the first row of the table opens its thread
  await page.waitForTimeout(300);
  const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'corrections-relabel.png') });
  assert.ok(imageStats(decodePng(shot)).colors > 100);
  await page.mouse.click(600, 222, { button: 'right' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(ARTIFACTS, 'corrections-relabel-menu.png') });
  await page.keyboard.press('Escape');

  // Kept with the case: reload, re-open, the same summary and the same corrections.
  await page.evaluate(() => window.stormvakt.flushCases());
  await page.reload();
  await waitReady(page);
  const [saved] = await page.evaluate(() => window.stormvakt.cases());
  const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), saved.id);
  assert.deepEqual(withoutTimings(reopened), withoutTimings(after));
  assert.deepEqual(await page.evaluate(() => window.stormvakt.corrections()), list);

  // Taking a correction back.
  const back = await page.evaluate((id) => window.stormvakt.relabel(id, 'auto'), positive.id);
  assert.equal(back.sentiment.positive, first.sentiment.positive);
  assert.equal(back.sentiment.negative, first.sentiment.negative + 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a custom lexicon re-scores: labels change, equal the CLI with --lexicon, kept with the case', async () => {
  const file = sampleFile();
  const { context, page, log } = await freshPage();
  const first = await loadThroughPage(page, path.basename(file), fs.readFileSync(file));
  // "jacka" (jacket) is everywhere in the sample's Swedish comments and means nothing by itself.
  assert.ok(fs.readFileSync(file, 'utf8').includes('jacka'));
  const words = [{ word: 'jacka', valence: -3, lang: 'sv' }, { word: 'Storm Pro', valence: 0, lang: 'all' }];
  const rescored = await page.evaluate((w) => window.stormvakt.setLexicon(w), words);
  assert.notDeepEqual(rescored.sentiment, first.sentiment, 'labels changed');
  assert.ok(rescored.sentiment.negative > first.sentiment.negative);
  assert.deepEqual(rescored.custom_lexicon, { words: 2 });
  assert.deepEqual(await page.evaluate(() => window.stormvakt.lexicon()),
    [{ word: 'jacka', valence: -3, lang: 'sv' }, { word: 'Storm Pro', valence: 0, lang: 'all' }]);
  const json = path.join(ARTIFACTS, 'corrections-lexicon.json');
  fs.writeFileSync(json, JSON.stringify(words));
  assert.deepEqual(withoutTimings(rescored), withoutTimings(cliSummary(file, ['--lexicon', json])));
  await assert.rejects(page.evaluate(() => window.stormvakt.setLexicon([{ word: 'x', valence: 9 }])), /outside -4\.\.4/);

  // A relabelled comment on top of the lexicon, then reload: both are applied again.
  const comments = scoredComments(file, ['--lexicon', json]);
  const negative = comments.find((c) => c.label === 'negative');
  const both = await page.evaluate((id) => window.stormvakt.relabel(id, 'positive'), negative.id);
  assert.equal(both.sentiment.positive, rescored.sentiment.positive + 1);
  const corrections = path.join(ARTIFACTS, 'corrections-both.json');
  fs.writeFileSync(corrections, JSON.stringify([{ id: negative.id, label: 'positive' }]));
  assert.deepEqual(withoutTimings(both), withoutTimings(cliSummary(file, ['--lexicon', json, '--corrections', corrections])));
  await page.evaluate(() => window.stormvakt.flushCases());
  await page.reload();
  await waitReady(page);
  const [saved] = await page.evaluate(() => window.stormvakt.cases());
  const reopened = await page.evaluate((id) => window.stormvakt.openCase(id), saved.id);
  assert.deepEqual(withoutTimings(reopened), withoutTimings(both));

  // The panel: the words with their weights and languages (screenshot to look at).
  await page.evaluate(() => window.stormvakt.view('comments'));
  await page.waitForTimeout(200);
  await page.mouse.click(1061, 87); // "Lexicon" in the toolbar
  await page.waitForTimeout(300);
  const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'corrections-lexicon.png') });
  assert.ok(imageStats(decodePng(shot)).colors > 100);
  assert.deepEqual(log.errors, []);
  await context.close();
});
