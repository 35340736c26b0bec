// The crisis brief prints to one A4 page in Chromium, requests nothing, and shows its charts.
// The briefs are the generated situations of tests/unit/test_brief.cpp ("[.render]": calm, own-post
// crisis, self-driving outrage, declining crisis; en/sv/de), written by the native test binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, decodePng, imageStats, ROOT, ARTIFACTS } from './lib.mjs';

let browser, files;
before(async () => {
  execFileSync(path.join(ROOT, 'build/native/tests/stormvakt_tests'), ['[.render]'], { stdio: 'ignore' });
  files = fs.readdirSync(ARTIFACTS).filter((f) => /^brief_.*\.html$/.test(f)).sort();
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('every sample brief prints to one A4 page without network requests', async () => {
  assert.equal(files.length, 12);
  const page = await browser.newPage({ viewport: { width: 710, height: 1047 } });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const name of files) {
    requests.length = 0;
    const url = pathToFileURL(path.join(ARTIFACTS, name)).href;
    await page.goto(url);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `${name} prints to ${pages} pages`);
    assert.deepEqual(requests.filter((u) => u !== url), [], `${name} made requests`);
    assert.equal(await page.locator('svg').count(), 3, `${name}: three charts`);
    const png = await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS, name.replace('.html', '.png')) });
    assert.ok(imageStats(decodePng(png)).colors > 50, `${name} looks blank`);
  }
  assert.deepEqual(errors, []);
});
