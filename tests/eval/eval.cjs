// eval.cjs — accuracy of Stormvakt's sentiment, language ID and emotionality on the labelled sets in
// ../shared/data/sentiment, beside the npm baselines vader-sentiment and multilang-sentiment.
//
//   node tests/eval/eval.cjs DATA_DIR SV_SCORE [--json OUT] [--only NAME]
//
// Each set's test (or validation) split is used; sets without splits are used whole. Three-class sets are
// scored by macro-F1 over negative/neutral/positive with the DESIGN.md thresholds (±0.05); binary sets
// (pos/neg) by macro-F1 over the two classes, a neutral prediction counting as wrong for every tool.
// Emotionality: ROC AUC of the score against the offensive labels.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [, , dataDir, svScore, ...rest] = process.argv;
const opt = { json: null, only: null, noBaselines: false, extra: [] };
for (let i = 0; i < rest.length; ++i) {
  if (rest[i] === '--json') opt.json = rest[++i];
  else if (rest[i] === '--only') opt.only = rest[++i];
  else if (rest[i] === '--no-baselines') opt.noBaselines = true;
  else if (rest[i] === '--vader-only') opt.vaderOnly = true; // skip the slow multilang-sentiment baseline
  else opt.extra.push(rest[i]);
}
const Papa = require('papaparse');
const vader = require('vader-sentiment');
const multilang = require('multilang-sentiment');

const D = (...p) => path.join(dataDir, ...p);
const lines = (f) => {
  const t = fs.readFileSync(f, 'utf8').replace(/\r/g, '');
  const a = t.split('\n');
  if (a.length && a[a.length - 1] === '') a.pop();
  return a;
};
const csv = (f, opts = {}) => Papa.parse(fs.readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true, ...opts }).data;
const three = ['neg', 'neu', 'pos'];

// ---- the labelled sets ---------------------------------------------------------------------------------
const SETS = [
  {
    name: 'tweeteval_sentiment_val', lang: 'en', kind: 'three',
    load: () => {
      const t = lines(D('en/tweeteval/sentiment/val_text.txt'));
      const l = lines(D('en/tweeteval/sentiment/val_labels.txt')).map((x) => three[+x]);
      return t.map((text, i) => ({ text, label: l[i] }));
    },
  },
  ...['tweets', 'amazonReviewSnippets', 'movieReviewSnippets', 'nytEditorialSnippets'].map((f) => ({
    name: 'vader_groundtruth_' + f, lang: 'en', kind: 'binary',
    load: () =>
      lines(D('en/vader_groundtruth/' + f + '_GroundTruth.txt'))
        .map((r) => r.split('\t'))
        .filter((c) => c.length >= 3 && parseFloat(c[1]) !== 0)
        .map((c) => ({ text: c.slice(2).join(' '), label: parseFloat(c[1]) > 0 ? 'pos' : 'neg' })),
  })),
  {
    name: 'germeval2017_test', lang: 'de', kind: 'three',
    load: () =>
      lines(D('de/germeval_de/2017/test.tsv'))
        .map((r) => r.split('\t'))
        .filter((c) => c.length >= 4 && /^(negative|neutral|positive)$/.test(c[3]))
        .map((c) => ({ text: c[1], label: c[3].slice(0, 3) })),
  },
  {
    name: 'sb10k_xlmt_test', lang: 'de', kind: 'three',
    load: () => {
      const t = lines(D('de/xlmt_multilingual_tweet_sentiment/german/test_text.txt'));
      const l = lines(D('de/xlmt_multilingual_tweet_sentiment/german/test_labels.txt')).map((x) => three[+x]);
      return t.map((text, i) => ({ text, label: l[i] }));
    },
  },
  {
    name: 'absabank_imm_test', lang: 'sv', kind: 'three',
    load: () =>
      csv(D('sv/absabank_imm_sv/absabank-imm_test.tsv'), { delimiter: '\t', quoteChar: '\u0000' }).map((r) => {
        const v = parseFloat(r.label);
        return { text: r.text, label: v <= 2.5 ? 'neg' : v >= 3.5 ? 'pos' : 'neu' };
      }),
  },
  {
    name: 'swe_sentiment_emoji', lang: 'sv', kind: 'three',
    load: () => csv(D('sv/swe_sentiment_emoji/swe-sentiment-dataset.csv')).map((r) => ({ text: r.text, label: r.label })),
  },
  {
    name: 'swedish_sentiment_small', lang: 'sv', kind: 'binary',
    load: () =>
      csv(D('sv/swedish_sentiment_small/sentiment-sv-small.csv')).map((r) => ({
        text: r.text, label: r.sentiment === 'positive' ? 'pos' : 'neg',
      })),
  },
];
const OFFENSIVE = [
  {
    name: 'tweeteval_offensive_test', lang: 'en',
    load: () => {
      const t = lines(D('en/tweeteval/offensive/test_text.txt'));
      const l = lines(D('en/tweeteval/offensive/test_labels.txt')).map((x) => +x === 1);
      return t.map((text, i) => ({ text, offensive: l[i] }));
    },
  },
  {
    name: 'germeval2018_offensive_test', lang: 'de',
    load: () =>
      lines(D('de/germeval2018_offensive_de/germeval2018.test.txt'))
        .map((r) => r.split('\t'))
        .filter((c) => c.length >= 2)
        .map((c) => ({ text: c[0], offensive: c[1] === 'OFFENSE' })),
  },
];

// ---- metrics ---------------------------------------------------------------------------------------------
const labelOf = (c) => (c >= 0.05 ? 'pos' : c <= -0.05 ? 'neg' : 'neu');
const binaryOf = (c) => (c > 0 ? 'pos' : c < 0 ? 'neg' : 'neu');
function metrics(gold, pred, classes) {
  let correct = 0;
  gold.forEach((g, i) => (correct += g === pred[i]));
  let f1sum = 0;
  for (const k of classes) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === k && g === k) tp++;
      else if (pred[i] === k) fp++;
      else if (g === k) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
    f1sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return { macro_f1: f1sum / classes.length, accuracy: correct / gold.length };
}
function auc(scores, positives) {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rank = 0, sumPos = 0, nPos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && scores[idx[j]] === scores[idx[i]]) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (positives[idx[k]]) (sumPos += avg), nPos++;
    i = j;
  }
  const nNeg = scores.length - nPos;
  return nPos && nNeg ? (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg) : NaN;
}

// ---- tools -------------------------------------------------------------------------------------------------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-eval-'));
function stormvakt(rows) {
  const f = path.join(tmp, 'texts.txt');
  fs.writeFileSync(f, rows.map((r) => r.text.replace(/[\r\n]+/g, ' ')).join('\n') + '\n');
  const out = execFileSync(svScore, [f, ...opt.extra], { maxBuffer: 1 << 28 }).toString();
  return lines2(out).map((l) => {
    const [lang, c, e] = l.split('\t');
    return { lang, compound: +c, emotionality: +e };
  });
}
const lines2 = (t) => t.split('\n').filter((x) => x.length);
const vaderScore = (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
function multilangScore(t, lang) {
  try {
    const r = multilang(t, lang);
    // AFINN comparative score; its sign is the label (same thresholds as for compound).
    return r.comparative;
  } catch (e) {
    return 0;
  }
}

// The baselines are slow (multilang-sentiment's fuzzy matching: minutes per set) and never change: their
// scores are cached per set in build/eval-cache, keyed by the texts and the package versions.
const crypto = require('crypto');
const cacheDir = opt.cache || path.join(__dirname, '..', '..', 'build', 'eval-cache');
function baselines(set, rows) {
  const ver = (p) => require(p + '/package.json').version;
  const key = crypto.createHash('sha1').update(ver('vader-sentiment') + ver('multilang-sentiment'))
    .update(rows.map((r) => r.text).join('\n')).digest('hex').slice(0, 16);
  const f = path.join(cacheDir, set.name + '-' + key + '.json');
  try {
    return JSON.parse(fs.readFileSync(f, 'utf8'));
  } catch (e) { /* not cached yet */ }
  if (opt.vaderOnly) return { vader: rows.map((r) => vaderScore(r.text)), multilang: rows.map(() => NaN) };
  const b = { vader: rows.map((r) => vaderScore(r.text)), multilang: rows.map((r) => multilangScore(r.text, set.lang)) };
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(f, JSON.stringify(b));
  return b;
}

// ---- run -------------------------------------------------------------------------------------------------
const results = { sentiment: [], language_id: [], emotionality: [] };
const pad = (s, n) => String(s).padEnd(n);
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
console.log(pad('set', 34) + pad('lang', 5) + pad('n', 7) + 'stormvakt F1/acc   vader F1/acc       multilang F1/acc   margin');
let langOk = 0, langN = 0;
for (const set of SETS) {
  if (opt.only && !set.name.includes(opt.only)) continue;
  const rows = set.load().filter((r) => r.text && r.text.trim());
  const sv = stormvakt(rows);
  const classes = set.kind === 'three' ? three : ['neg', 'pos'];
  const to = set.kind === 'three' ? labelOf : binaryOf;
  const gold = rows.map((r) => r.label);
  const mS = metrics(gold, sv.map((s) => to(s.compound)), classes);
  let mV = { macro_f1: NaN, accuracy: NaN }, mM = mV;
  if (!opt.noBaselines) {
    const b = baselines(set, rows);
    mV = metrics(gold, b.vader.map(to), classes);
    mM = b.multilang.some((x) => Number.isNaN(x)) ? { macro_f1: NaN, accuracy: NaN } : metrics(gold, b.multilang.map(to), classes);
  }
  const best = Math.max(mV.macro_f1 || 0, mM.macro_f1 || 0);
  const ok = sv.filter((s) => s.lang === set.lang).length;
  langOk += ok;
  langN += sv.length;
  results.sentiment.push({ set: set.name, lang: set.lang, n: rows.length, kind: set.kind, stormvakt: mS,
    vader: mV, multilang: mM, margin: mS.macro_f1 - best });
  results.language_id.push({ set: set.name, lang: set.lang, accuracy: ok / sv.length });
  console.log(pad(set.name, 34) + pad(set.lang, 5) + pad(rows.length, 7) + pad(f3(mS.macro_f1) + ' / ' + f3(mS.accuracy), 19) +
    pad(f3(mV.macro_f1) + ' / ' + f3(mV.accuracy), 19) + pad(f3(mM.macro_f1) + ' / ' + f3(mM.accuracy), 19) +
    (mS.macro_f1 - best >= 0 ? '+' : '') + f3(mS.macro_f1 - best) + '   lang-ID ' + f3(ok / sv.length));
}
if (results.sentiment.length) {
  const avg = results.sentiment.reduce((a, r) => a + r.margin, 0) / results.sentiment.length;
  results.mean_margin = avg;
  results.language_id_accuracy = langOk / langN;
  console.log('mean macro-F1 margin over the better baseline: ' + f3(avg) + '; language ID accuracy ' + f3(langOk / langN) + ' (' + langN + ' texts)');
}
for (const set of OFFENSIVE) {
  if (opt.only && !set.name.includes(opt.only)) continue;
  const rows = set.load().filter((r) => r.text && r.text.trim());
  const sv = stormvakt(rows);
  const a = auc(sv.map((s) => s.emotionality), rows.map((r) => r.offensive));
  const ok = sv.filter((s) => s.lang === set.lang).length / sv.length;
  results.emotionality.push({ set: set.name, lang: set.lang, n: rows.length, auc: a, language_id: ok });
  console.log('emotionality AUC ' + pad(set.name, 30) + f3(a) + '   (n ' + rows.length + ', lang-ID ' + f3(ok) + ')');
}
if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(results, null, 2) + '\n');
fs.rmSync(tmp, { recursive: true, force: true });
