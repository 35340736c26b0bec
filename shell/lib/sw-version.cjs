// sw-version.cjs — stamps the site's service worker with the build's version and file list.
//
//   node shell/lib/sw-version.cjs SITE_DIR        (run by the web build after the site is assembled)
//
// Lists every file under SITE_DIR (except sw.js itself), hashes their paths and contents (sha256) and
// rewrites the block between "@sv-build-start" and "@sv-build-end" in SITE_DIR/sw.js with
//   const SV_BUILD = { version: '<first 16 hex digits>', files: ['index.html', ...] };
// The cache name in sw.js carries the version, so any change to any file of the site gives the browser
// a new sw.js, which it installs on the next visit. Same files in, same bytes out (safe to re-run).
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function fail(message, hint) {
  console.error(`sw-version: error: ${message}`);
  if (hint) console.error(`  how to fix: ${hint}`);
  process.exit(1);
}

// Every file under dir as a sorted list of '/'-separated relative paths.
function listFiles(dir) {
  const out = [];
  (function walk(rel) {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? rel + '/' + entry.name : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  })('');
  return out.sort();
}

function stamp(site) {
  const swPath = path.join(site, 'sw.js');
  if (!fs.existsSync(swPath)) fail(`${swPath} does not exist`, 'copy web/ into the site first (shell/build web)');
  const files = listFiles(site).filter((f) => f !== 'sw.js');
  if (!files.includes('index.html')) fail(`${site} has no index.html`, 'assemble the site first (shell/build web)');

  const hash = crypto.createHash('sha256');
  for (const f of files) {
    hash.update(f + '\0');
    hash.update(fs.readFileSync(path.join(site, f)));
    hash.update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);

  const source = fs.readFileSync(swPath, 'utf8');
  const block = /(\/\/ @sv-build-start[^\n]*\n)[\s\S]*?(\/\/ @sv-build-end)/;
  if (!block.test(source)) fail(`${swPath} has no "@sv-build-start ... @sv-build-end" block`, 'restore it from web/sw.js');
  const list = files.map((f) => `    ${JSON.stringify(f)},`).join('\n');
  const stamped = source.replace(block, (_, start, end) =>
    `${start}const SV_BUILD = {\n  version: '${version}',\n  files: [\n${list}\n  ],\n};\n${end}`);
  fs.writeFileSync(swPath, stamped);
  return { version, files };
}

if (require.main === module) {
  const site = process.argv[2];
  if (!site) fail('no site directory given', 'usage: node shell/lib/sw-version.cjs build/site');
  const { version, files } = stamp(path.resolve(site));
  console.log(`sw-version: ${files.length} files, version ${version}`);
}
module.exports = { stamp, listFiles };
