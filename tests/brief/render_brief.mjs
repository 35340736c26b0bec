// render_brief.mjs — renders crisis brief HTML files in headless Chromium: an A4 PDF (page.pdf) and a
// full-page PNG screenshot (at the print width, 710 px) beside each file, and reports the PDF page count and
// the printed height (one A4 page holds 1047 px with the brief's margins).
//
//   node tests/brief/render_brief.mjs build/test-artifacts/brief_own_post_en.html [...]
import { launch } from '../browser/lib.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node tests/brief/render_brief.mjs BRIEF.html [...]');
  process.exit(2);
}
const browser = await launch();
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 710, height: 1047 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const file of files) {
    requests.length = 0;
    const url = pathToFileURL(path.resolve(file)).href;
    await page.goto(url);
    const base = file.replace(/\.html$/, '');
    await page.screenshot({ path: base + '.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync(base + '.pdf', pdf);
    await page.emulateMedia({ media: 'print' });
    const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom));
    await page.emulateMedia({ media: null });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    const foreign = requests.filter((u) => u !== url);
    console.log(`${file}: ${pages} PDF page(s), print height ${height} px of 1047, ${pdf.length} bytes; other requests: ${foreign.length}`);
    if (pages !== 1 || foreign.length) failed++;
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
