// render-icons.cjs — renders the app icon (web/icons/icon.svg) to the PNG sizes the manifest names.
//
//   node shell/lib/render-icons.cjs SVG OUT_DIR [SIZE...]      (default sizes: 192 512)
//
// Writes OUT_DIR/icon-<SIZE>.png (RGBA, transparent outside the rounded square) for each size, drawn
// by Debian's Chromium (headless, through playwright-core) from the one SVG, so the PNGs never drift
// from it. Run by the web build (src/platform/web.cmake) only when the SVG or this script changes.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const ROOT = path.resolve(__dirname, '../..');
const nodeModules = process.env.SV_NODE_MODULES || path.join(ROOT, '.node/node_modules');

function fail(message, hint) {
  console.error(`render-icons: error: ${message}`);
  if (hint) console.error(`  how to fix: ${hint}`);
  process.exit(1);
}

async function main() {
  const [svg, outDir, ...sizeArgs] = process.argv.slice(2);
  if (!svg || !outDir) fail('missing arguments', 'usage: node shell/lib/render-icons.cjs web/icons/icon.svg OUT_DIR [192 512]');
  if (!fs.existsSync(svg)) fail(`${svg} does not exist`);
  const sizes = (sizeArgs.length ? sizeArgs : ['192', '512']).map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 16 || s > 2048)) fail(`bad size in ${sizeArgs.join(' ')}`, 'sizes are whole pixels, 16 to 2048');

  let chromium;
  try {
    ({ chromium } = createRequire(path.join(nodeModules, 'x.js'))('playwright-core'));
  } catch (e) {
    fail(`playwright-core is not installed in ${nodeModules}`, 'run shell/setup (npm ci in .node/)');
  }
  const executablePath = process.env.SV_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) fail(`${executablePath} does not exist`, 'run shell/setup (it installs Debian\'s chromium)');

  // The same network-free flags as the browser tests; /dev/shm is small in containers (CI).
  const browser = await chromium.launch({
    executablePath, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    fs.mkdirSync(outDir, { recursive: true });
    const svgUrl = 'file://' + path.resolve(svg);
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // The SVG has a viewBox and no width/height, so it fills the viewport exactly.
      await page.goto(svgUrl);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const out = path.join(outDir, `icon-${size}.png`);
      fs.writeFileSync(out, png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`render-icons: ${sizes.map((s) => `icon-${s}.png`).join(', ')} in ${outDir}`);
}

main().catch((e) => fail(String(e && e.stack ? e.stack : e)));
