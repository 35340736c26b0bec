// Every view in the configurations people use (issue 6, "Look and feel"): screenshots under
// build/test-artifacts/shots/<config>/<view>.png to look at, and what the app itself reports about its text:
// window.stormvakt.clipped() lists the texts the last frame shortened with "…" (their whole text is shown on
// hover). Checked: a shortened text really was wider than its room (never shortened for nothing), no author
// name in the People, Spread and Overview views is shortened on a 1920x1080 screen in English (their columns
// fit the names), and the longest UI language (German) on the smallest screen (1280x720) still draws
// every view.
//
// The default run: 1280x720 in German (dark) and 1920x1080 in English (light), devicePixelRatio 1.
// SV_SHOTS=1: the whole sweep — 1280x720, 1920x1080 and 3840x2160 at devicePixelRatio 1 and 2, light and
// dark, English, Swedish and German (a configuration per line of CONFIGS_ALL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { serverAndBrowser, watchPage, waitReady, decodePng, imageStats, ARTIFACTS, SITE, loadThroughPage,
  newContext, parseCsv, frames } from './lib.mjs';

const VIEWS = ['overview', 'timeline', 'comments', 'spread', 'people', 'themes', 'guideline', 'import'];
const SAMPLE = path.join(SITE, 'samples/sample-crisis.csv');
const NAMED_VIEWS = ['overview', 'spread', 'people']; // views whose tables and lists name authors

const CONFIGS_DEFAULT = [
  { w: 1280, h: 720, dpr: 1, lang: 'de', theme: 'dark' },
  { w: 1920, h: 1080, dpr: 1, lang: 'en', theme: 'light' },
];
const CONFIGS_ALL = [];
for (const [w, h] of [[1280, 720], [1920, 1080], [3840, 2160]])
  for (const dpr of [1, 2])
    for (const theme of ['dark', 'light'])
      for (const lang of ['en', 'sv', 'de'])
        // 3840x2160 at devicePixelRatio 2 is 7680x4320 device pixels: one language per theme is enough there.
        if (!(w === 3840 && dpr === 2 && lang !== (theme === 'dark' ? 'de' : 'en'))) CONFIGS_ALL.push({ w, h, dpr, lang, theme });
// SV_SHOTS_ONLY=text: only the configurations whose name holds it (e.g. 3840x2160, @2-de).
const CONFIGS = (process.env.SV_SHOTS === '1' ? CONFIGS_ALL : CONFIGS_DEFAULT)
  .filter((c) => !process.env.SV_SHOTS_ONLY || configName(c).includes(process.env.SV_SHOTS_ONLY));

const env = serverAndBrowser();
const authorNames = new Set();

function configName(c) {
  return `${c.w}x${c.h}@${c.dpr}-${c.lang}-${c.theme}`;
}

for (const config of CONFIGS) {
  test(`every view at ${configName(config)}`, async () => {
    const dir = path.join(ARTIFACTS, 'shots', configName(config));
    fs.mkdirSync(dir, { recursive: true });
    const context = await newContext(env.browser,
      { viewport: { width: config.w, height: config.h }, deviceScaleFactor: config.dpr, locale: 'en-US' });
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(env.server.url);
    await waitReady(page);
    const summary = await loadThroughPage(page, 'sample-crisis.csv', fs.readFileSync(SAMPLE));
    assert.ok(summary.comments > 1000);
    if (!authorNames.size) {
      // The author names of the sample (the CSV's author column) tell names from other shortened texts.
      const rows = parseCsv(fs.readFileSync(SAMPLE, 'utf8'));
      const col = rows[0].indexOf('author');
      assert.ok(col >= 0, 'the sample has an author column');
      for (const row of rows.slice(1)) if (row[col]) authorNames.add(row[col]);
    }
    assert.equal(await page.evaluate((l) => window.stormvakt.uiLanguage(l), config.lang), config.lang);
    assert.equal(await page.evaluate((t) => window.stormvakt.theme(t), config.theme), config.theme);

    for (const view of VIEWS) {
      await page.evaluate((v) => window.stormvakt.view(v), view);
      await frames(page);
      // (7680x4320 device pixels take swiftshader a while on a busy machine.)
      const shot = await page.screenshot({ timeout: 180000 });
      fs.writeFileSync(path.join(dir, `${view}.png`), shot);
      const png = decodePng(shot);
      assert.equal(png.width, config.w * config.dpr);
      assert.ok(imageStats(png).colors > 60, `${view}: drawn (${imageStats(png).colors} colours)`);
      const clipped = await page.evaluate(() => window.stormvakt.clipped());
      fs.writeFileSync(path.join(dir, `${view}-clipped.json`), JSON.stringify(clipped, null, 1));
      for (const c of clipped)
        assert.ok(c.needed > c.width - 0.5 || /[\r\n]/.test(c.text), `${view}: "${c.text}" shortened though it fits (${c.needed} <= ${c.width})`);
      if (config.w >= 1920 && config.lang === 'en' && NAMED_VIEWS.includes(view)) {
        const names = clipped.filter((c) => authorNames.has(c.text)).map((c) => c.text);
        assert.deepEqual(names, [], `${view} at ${configName(config)}: author names shortened`);
      }
    }
    // The welcome screen with the saved case in its list.
    assert.equal(await page.evaluate(() => window.stormvakt.showWelcome()), true);
    await page.evaluate(() => window.stormvakt.flushCases && window.stormvakt.flushCases());
    await frames(page, 4);
    fs.writeFileSync(path.join(dir, 'welcome.png'), await page.screenshot({ timeout: 180000 }));
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
