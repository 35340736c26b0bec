// bench_baseline.cjs — the JavaScript pipeline people use today, as a baseline for shell/bench:
// Papa Parse (parse the CSV) + vader-sentiment (score every text) + hourly aggregation (per hour: count,
// positive/neutral/negative by VADER's ±0.05 thresholds, mean compound), on the same file as Stormvakt.
//
//   node shell/lib/bench_baseline.cjs FILE [--score-rows N]
//
// Prints one JSON line: {rows, bytes, read_ms, parse_ms, score_ms, aggregate_ms, total_ms, scored_rows,
// score_extrapolated, hours}. With --score-rows N (N < rows) only the first N texts are scored and score_ms
// is the measured time scaled by rows / N (score_extrapolated: true, measured time in score_measured_ms):
// vader-sentiment's cost per text does not depend on the file size, but the figure is an extrapolation and
// shell/bench labels it so. The aggregation always covers every row (rows not scored count as neutral).
'use strict';
const fs = require('fs');
const path = require('path');
const modules = process.env.STORMVAKT_NODE_MODULES || path.join(__dirname, '..', '..', '.node', 'node_modules');
const Papa = require(path.join(modules, 'papaparse'));
const vader = require(path.join(modules, 'vader-sentiment'));

const file = process.argv[2];
const i = process.argv.indexOf('--score-rows');
const scoreLimit = i > 0 ? Number(process.argv[i + 1]) : Infinity;
const clock = () => Number(process.hrtime.bigint()) / 1e6;

let t = clock();
const text = fs.readFileSync(file, 'utf8');
const readMs = clock() - t;

t = clock();
const data = Papa.parse(text, {header: false, skipEmptyLines: true}).data;
const parseMs = clock() - t;
const header = data[0];
const textCol = header.indexOf('text');
const timeCol = header.indexOf('created_at');
if (textCol < 0 || timeCol < 0) {
  process.stderr.write(`bench_baseline: ${file} has no 'text' or 'created_at' column (header: ${header.join(',')})\n`);
  process.exit(1);
}
const rows = data.length - 1;
const scoredRows = Math.min(rows, scoreLimit);

t = clock();
const compound = new Float64Array(rows);
for (let r = 0; r < scoredRows; ++r) {
  compound[r] = vader.SentimentIntensityAnalyzer.polarity_scores(data[r + 1][textCol] || '').compound;
}
const scoreMeasuredMs = clock() - t;
const scoreMs = scoredRows < rows ? scoreMeasuredMs * (rows / scoredRows) : scoreMeasuredMs;

t = clock();
const hours = new Map(); // hour since epoch -> {count, positive, neutral, negative, sum}
for (let r = 0; r < rows; ++r) {
  const ms = Date.parse(data[r + 1][timeCol]);
  if (Number.isNaN(ms)) continue;
  const h = Math.floor(ms / 3600000);
  let b = hours.get(h);
  if (!b) hours.set(h, (b = {count: 0, positive: 0, neutral: 0, negative: 0, sum: 0}));
  const c = compound[r];
  b.count++;
  b.sum += c;
  if (c >= 0.05) b.positive++;
  else if (c <= -0.05) b.negative++;
  else b.neutral++;
}
const series = [...hours.entries()].sort((a, b) => a[0] - b[0]).map(([h, b]) => ({t: h * 3600, ...b, mean: b.sum / b.count}));
const aggregateMs = clock() - t;

process.stdout.write(JSON.stringify({
  rows, bytes: Buffer.byteLength(text), read_ms: readMs, parse_ms: parseMs, score_ms: scoreMs,
  score_measured_ms: scoreMeasuredMs, scored_rows: scoredRows, score_extrapolated: scoredRows < rows,
  aggregate_ms: aggregateMs, total_ms: readMs + parseMs + scoreMs + aggregateMs, hours: series.length,
}) + '\n');
