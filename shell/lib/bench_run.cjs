// bench_run.cjs — the measuring part of shell/bench (shell/bench builds and generates, then runs this).
//
//   node shell/lib/bench_run.cjs --data DIR --sizes 100000,1000000 --runs N --out DIR
//        --native BIN --wasm JS --scan-native BIN --scan-wasm JS [--steps-native BIN] [--steps-wasm JS]
//        [--import-cpu BIN] [--import-cpu-wasm JS]   (tests/bench/import_cpu.cpp: the import in CPU time, and
//                                                   where the memory goes; importperf)
//        [--full-baselines 1] [--vader-sample N]
//        [--browser-size N|0] [--browser-runs N] [--note TEXT]
//
// [SECTION] helpers          processes under /usr/bin/time -v, medians, formatting
// [SECTION] measurements     Stormvakt CLI (native, WASM), reference scan, Papa Parse, the JS pipeline, browser
// [SECTION] derived figures  rates, ratios, scaling, targets
// [SECTION] output           results.json (every number with its unit in the key) and RESULTS.md (printed)
//
// Stormvakt's stage times come from the analyze report's `timings_ms` (read_file, import, score, analyze;
// measured inside the process); end-to-end = their sum (the file read from disk to the last analytics
// figure, without process start-up and without writing the JSON). The process wall time (start-up and
// output included) is reported beside it. Peak memory = max RSS from /usr/bin/time -v.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const {spawnSync, execFileSync} = require('child_process');

// ---------------------------------------------------------------------------------------------------------
// [SECTION] helpers
// ---------------------------------------------------------------------------------------------------------
const args = {runs: '3', 'full-baselines': '0', 'vader-sample': '100000', 'browser-size': '0', 'browser-runs': '1'};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const runs = Number(args.runs);
const sizes = args.sizes.split(',').map(Number);
const fullBaselines = args['full-baselines'] === '1';
const vaderSample = Number(args['vader-sample']);
const log = (s) => process.stderr.write(s + '\n');

// Runs cmd under /usr/bin/time -v; returns stdout, peak RSS, wall and CPU seconds of the process.
function timed(cmd, argv) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...argv], {encoding: 'utf8', maxBuffer: 1 << 30});
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}):\n${(r.stderr || '').slice(-3000)}`);
  const field = (re) => (re.exec(r.stderr) || [])[1];
  const wall = field(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/) || '0';
  return {
    stdout: r.stdout,
    peak_bytes: Number(field(/Maximum resident set size \(kbytes\): (\d+)/) || 0) * 1024,
    wall_ms: wall.split(':').reduce((a, x) => a * 60 + Number(x), 0) * 1000,
    cpu_ms: (Number(field(/User time \(seconds\): ([\d.]+)/) || 0) + Number(field(/System time \(seconds\): ([\d.]+)/) || 0)) * 1000,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// {median_ms, min_ms, max_ms, samples_ms} of one measured quantity over the runs.
const spread = (xs, unit = 'ms') => ({
  [`median_${unit}`]: median(xs), [`min_${unit}`]: Math.min(...xs), [`max_${unit}`]: Math.max(...xs),
  [`samples_${unit}`]: xs.map((x) => Math.round(x * 10) / 10),
});

function repeat(label, n, once) {
  const samples = [];
  for (let i = 0; i < n; ++i) {
    const s = once();
    samples.push(s);
    log(`  ${label} ${i + 1}/${n}: ${Object.entries(s).filter(([k]) => k.endsWith('_ms')).map(([k, v]) => `${k.replace(/_ms$/, '')} ${v.toFixed(0)}`).join(', ')} ms, peak ${(s.peak_bytes / 1e6).toFixed(0)} MB`);
  }
  const out = {runs: n};
  for (const key of Object.keys(samples[0])) {
    if (key.endsWith('_ms')) out[key.replace(/_ms$/, '')] = spread(samples.map((s) => s[key]));
  }
  out.peak_bytes = Math.max(...samples.map((s) => s.peak_bytes));
  for (const key of Object.keys(samples[0])) if (!key.endsWith('_ms') && key !== 'peak_bytes') out[key] = samples[0][key];
  return out;
}

const fmtInt = (x) => Math.round(x).toLocaleString('en-US');
const fmtMs = (x) => (x >= 100 ? fmtInt(x) : x.toFixed(1));
const fmtRate = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
const fmtMB = (b) => `${(b / 1e6).toFixed(0)} MB`;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] measurements
// ---------------------------------------------------------------------------------------------------------
// `threads`: stormvakt analyze --threads (issue 9: the scoring shared over threads; the browser app is
// single-threaded, so every engine is also measured with 1 thread).
function stormvaktOnce(cmd, pre, file, threads) {
  const t = timed(cmd, [...pre, 'analyze', file, '--json', '-', '--threads', String(threads)]);
  const report = JSON.parse(t.stdout);
  const tm = report.timings_ms;
  for (const k of ['read_file', 'import', 'score', 'analyze']) {
    if (typeof tm[k] !== 'number') throw new Error(`the analyze report has no timings_ms.${k} (has: ${Object.keys(tm).join(', ')})`);
  }
  return {read_ms: tm.read_file, import_ms: tm.import, score_ms: tm.score, analyze_ms: tm.analyze,
          end_to_end_ms: tm.read_file + tm.import + tm.score + tm.analyze, process_wall_ms: t.wall_ms,
          process_cpu_ms: t.cpu_ms, peak_bytes: t.peak_bytes, comments: report.comments, rows_rejected: report.rows_rejected,
          threads};
}
// The thread count of the main rows (`native`, `wasm`): all cores, as `stormvakt analyze` does by default.
const kThreads = os.cpus().length;
// The engines: [key in results.json, name in the table, which CLI, threads].
const kEngines = [['native', 'native', kThreads], ['native_1t', 'native', 1], ['wasm', 'wasm', kThreads], ['wasm_1t', 'wasm', 1]];
const engineName = (key) => {
  const e = kEngines.find((x) => x[0] === key);
  return `Stormvakt ${e[1] === 'native' ? 'native' : 'WASM (node)'}, ${e[2]} thread${e[2] > 1 ? 's' : ''}`;
};

function scanOnce(cmd, pre, file) {
  const t = timed(cmd, [...pre, file]);
  const r = JSON.parse(t.stdout);
  return {scan_ms: r.scan_ms, read_ms: r.read_ms, process_wall_ms: t.wall_ms, peak_bytes: t.peak_bytes, rows: r.rows - 1};
}

// The JS baselines hold the whole parsed file as JS objects (~8x the file): node's default heap limit is too
// small for 3M comments, so they get 16 GiB (a browser tab would not).
const kNodeHeap = '--max-old-space-size=16384';
function papaOnce(file) {
  const t = timed(process.execPath, [kNodeHeap, path.join(__dirname, 'bench_papaparse.cjs'), file]);
  const r = JSON.parse(t.stdout);
  return {parse_ms: r.parse_ms, process_wall_ms: t.wall_ms, peak_bytes: t.peak_bytes, rows: r.rows};
}

function baselineOnce(file, scoreRows) {
  const extra = scoreRows ? ['--score-rows', String(scoreRows)] : [];
  const t = timed(process.execPath, [kNodeHeap, path.join(__dirname, 'bench_baseline.cjs'), file, ...extra]);
  const r = JSON.parse(t.stdout);
  return {read_ms: r.read_ms, parse_ms: r.parse_ms, score_ms: r.score_ms, aggregate_ms: r.aggregate_ms,
          end_to_end_ms: r.total_ms, process_wall_ms: t.wall_ms, peak_bytes: t.peak_bytes, rows: r.rows,
          scored_rows: r.scored_rows, score_extrapolated: r.score_extrapolated, hours: r.hours};
}

// The longest AnalyzeJob::step(8 ms) per phase (tests/bench/step_latency.cpp): the app's per-frame slices.
function stepsOnce(cmd, pre, file) {
  const r = spawnSync(cmd, [...pre, file], {encoding: 'utf8', maxBuffer: 1 << 24});
  if (r.status !== 0) return {error: (r.stderr || '').trim().split('\n').pop()};
  return JSON.parse(r.stdout);
}

// The import alone in CPU time (user + sys; a loaded machine inflates wall time, not this much), and the
// memory of each part (tests/bench/import_cpu.cpp).
function importCpuOnce(cmd, pre, file, extra) {
  const r = spawnSync(cmd, [...pre, file, ...extra], {encoding: 'utf8', maxBuffer: 1 << 24});
  if (r.status !== 0) return {error: (r.stderr || '').trim().split('\n').pop()};
  return JSON.parse(r.stdout);
}

function browserRun(file, tryFile) {
  const extra = tryFile ? ['--try', tryFile] : [];
  const r = spawnSync(process.execPath, [path.join(__dirname, 'bench_browser.mjs'), '--file', file, '--runs', args['browser-runs'], ...extra],
                      {encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit']});
  if (r.status !== 0) return {error: `bench_browser.mjs failed (exit ${r.status})`};
  return JSON.parse(r.stdout);
}

const uptime = () => execFileSync('uptime', {encoding: 'utf8'}).trim();
const busyCompilers = () => {
  try {
    const ps = execFileSync('ps', ['-eo', 'comm='], {encoding: 'utf8'}).split('\n');
    return ps.filter((c) => /^(cc1plus|clang|clang\+\+|clang-\d+|wasm-ld|ld|ninja|wasm-opt)$/.test(c.trim())).length;
  } catch {
    return null;
  }
};

const results = {
  date_utc: new Date().toISOString(),
  machine: {cpu: os.cpus()[0].model, cores: os.cpus().length, memory_bytes: os.totalmem(), node: process.version,
            uptime_at_start: uptime(), load_average_1min_at_start: os.loadavg()[0], niceness: os.getPriority(),
            compiler_processes_at_start: busyCompilers()},
  options: {runs, sizes, full_baselines: fullBaselines, vader_sample_rows: vaderSample,
            browser_size: Number(args['browser-size']), note: args.note || ''},
  sizes: {},
};

for (const n of sizes) {
  const file = path.join(args.data, `comments_${n}.csv`);
  const bytes = fs.statSync(file).size;
  log(`bench: ${path.basename(file)} (${(bytes / 1e6).toFixed(1)} MB)`);
  const s = {file: path.relative(process.cwd(), file), bytes, rows: n};
  s.native = repeat(`stormvakt native, ${kThreads} threads`, runs, () => stormvaktOnce(args.native, [], file, kThreads));
  // Everything else may fail (e.g. out of memory at 3M) without losing the rest: recorded in s.failed.
  s.failed = {};
  const guarded = (key, fn) => {
    try {
      s[key] = fn();
    } catch (err) {
      const lines = String(err.message || err).split('\n').map((l) => l.trim()).filter(Boolean);
      s.failed[key] = lines.find((l) => /^\w*Error\b|Error:/.test(l)) || lines.slice(0, 3).join(' / ');
      log(`  ${key} FAILED: ${s.failed[key]}`);
    }
  };
  if (kThreads > 1) guarded('native_1t', () => repeat('stormvakt native, 1 thread', runs, () => stormvaktOnce(args.native, [], file, 1)));
  if (args.wasm) guarded('wasm', () => repeat(`stormvakt WASM (node), ${kThreads} threads`, runs, () => stormvaktOnce(process.execPath, [args.wasm], file, kThreads)));
  if (args.wasm && kThreads > 1) guarded('wasm_1t', () => repeat('stormvakt WASM (node), 1 thread', runs, () => stormvaktOnce(process.execPath, [args.wasm], file, 1)));
  guarded('scan_native', () => repeat('reference scan native', runs, () => scanOnce(args['scan-native'], [], file)));
  if (args['scan-wasm']) guarded('scan_wasm', () => repeat('reference scan WASM (node)', runs, () => scanOnce(process.execPath, [args['scan-wasm']], file)));
  guarded('papaparse', () => repeat('Papa Parse (node)', runs, () => papaOnce(file)));
  if (args['steps-native']) s.steps_native = stepsOnce(args['steps-native'], [], file);
  if (args['steps-wasm']) s.steps_wasm = stepsOnce(process.execPath, [args['steps-wasm']], file);
  for (const k of ['steps_native', 'steps_wasm']) if (s[k] && !s[k].error) log(`  ${k}: longest step ${s[k].max_step_ms} ms (${s[k].max_step_phase})`);
  if (args['import-cpu']) {
    s.import_cpu_native = importCpuOnce(args['import-cpu'], [], file, ['--runs', String(runs)]);
    s.memory_parts_native = importCpuOnce(args['import-cpu'], [], file, ['--memory']);
  }
  if (args['import-cpu-wasm']) s.memory_parts_wasm = importCpuOnce(process.execPath, [args['import-cpu-wasm']], file, ['--memory']);
  if (s.import_cpu_native && !s.import_cpu_native.error) log(`  native import: ${s.import_cpu_native.cpu_ms_median} ms CPU, ${s.import_cpu_native.mb_per_cpu_s} MB per CPU-second`);
  // The JS pipeline: fully up to 200k rows or with --full-baselines (1 run above 200k: ~5 min per million),
  // else vader-sentiment on the first `vaderSample` texts, extrapolated (labelled so everywhere).
  const full = fullBaselines || n <= 200000;
  const baseRuns = full && n > 200000 ? 1 : runs;
  guarded('js_pipeline', () => repeat(`Papa Parse + vader-sentiment + hourly (node${full ? '' : `, vader on ${vaderSample} rows`})`, baseRuns,
                                      () => baselineOnce(file, full ? 0 : vaderSample)));
  results.sizes[n] = s;
}

const browserSize = Number(args['browser-size']);
if (browserSize) {
  log(`bench: browser (headless Chromium), comments_${browserSize}.csv`);
  // With --large the 3M file is also tried in the browser (handled, or refused with a clear message?).
  const big = sizes.filter((n) => n > browserSize).pop();
  results.browser = browserRun(path.join(args.data, `comments_${browserSize}.csv`), big ? path.join(args.data, `comments_${big}.csv`) : null);
  results.browser.rows = browserSize;
  results.browser.bytes = fs.statSync(path.join(args.data, `comments_${browserSize}.csv`)).size;
}
results.machine.uptime_at_end = uptime();
results.machine.load_average_1min_at_end = os.loadavg()[0];

// ---------------------------------------------------------------------------------------------------------
// [SECTION] derived figures
// ---------------------------------------------------------------------------------------------------------
for (const s of Object.values(results.sizes)) {
  const mb = s.bytes / 1e6;
  for (const [e] of kEngines) {
    const r = s[e];
    if (!r) continue;
    const c = r.comments;
    r.rates = {
      import_mb_per_s: mb / (r.import.median_ms / 1000), import_comments_per_s: c / (r.import.median_ms / 1000),
      score_comments_per_s: c / (r.score.median_ms / 1000), analyze_comments_per_s: c / (r.analyze.median_ms / 1000),
      end_to_end_mb_per_s: mb / (r.end_to_end.median_ms / 1000), end_to_end_comments_per_s: c / (r.end_to_end.median_ms / 1000),
      end_to_end_us_per_comment: r.end_to_end.median_ms * 1000 / c,
    };
    r.peak_x_file = r.peak_bytes / s.bytes;
  }
  for (const e of ['scan_native', 'scan_wasm']) if (s[e]) s[e].scan_mb_per_s = mb / (s[e].scan.median_ms / 1000);
  const ratio = (a, b) => (a == null || b == null ? null : a / b);
  const med = (x, k) => x?.[k]?.median_ms;
  if (s.papaparse) s.papaparse.parse_mb_per_s = mb / (s.papaparse.parse.median_ms / 1000);
  if (s.js_pipeline) {
    s.js_pipeline.end_to_end_comments_per_s = s.rows / (s.js_pipeline.end_to_end.median_ms / 1000);
    s.js_pipeline.score_comments_per_s = s.rows / (s.js_pipeline.score.median_ms / 1000);
  }
  s.ratios = {
    native_end_to_end_x_js_pipeline: ratio(med(s.js_pipeline, 'end_to_end'), med(s.native, 'end_to_end')),
    wasm_end_to_end_x_js_pipeline: ratio(med(s.js_pipeline, 'end_to_end'), med(s.wasm, 'end_to_end')),
    native_1t_end_to_end_x_js_pipeline: ratio(med(s.js_pipeline, 'end_to_end'), med(s.native_1t, 'end_to_end')),
    wasm_1t_end_to_end_x_js_pipeline: ratio(med(s.js_pipeline, 'end_to_end'), med(s.wasm_1t, 'end_to_end')),
    native_threads: s.native?.threads ?? null,
    wasm_threads: s.wasm?.threads ?? null,
    native_score_x_vader: ratio(med(s.js_pipeline, 'score'), med(s.native, 'score')),
    wasm_score_x_vader: ratio(med(s.js_pipeline, 'score'), med(s.wasm, 'score')),
    native_import_x_papaparse: ratio(med(s.papaparse, 'parse'), med(s.native, 'import')),
    wasm_import_x_papaparse: ratio(med(s.papaparse, 'parse'), med(s.wasm, 'import')),
    native_import_fraction_of_scan: ratio(med(s.scan_native, 'scan'), med(s.native, 'import')),
    wasm_import_fraction_of_scan: ratio(med(s.scan_wasm, 'scan'), med(s.wasm, 'import')),
  };
}
const sizeKeys = Object.keys(results.sizes).map(Number).sort((a, b) => a - b);
const base = results.sizes[sizeKeys[0]];
results.scaling = sizeKeys.map((n) => {
  const s = results.sizes[n];
  const row = {rows: n, bytes: s.bytes};
  for (const e of ['native', 'wasm']) {
    if (!s[e]) continue;
    row[`${e}_end_to_end_ms`] = s[e].end_to_end.median_ms;
    row[`${e}_us_per_comment`] = s[e].rates.end_to_end_us_per_comment;
    row[`${e}_per_comment_x_smallest`] = base[e] ? s[e].rates.end_to_end_us_per_comment / base[e].rates.end_to_end_us_per_comment : NaN;
    row[`${e}_peak_bytes`] = s[e].peak_bytes;
    row[`${e}_peak_x_file`] = s[e].peak_x_file;
  }
  return row;
});

// Targets from issues 3, 4, 5, 6 and 9 (this 2-core machine), checked at 1,000,000 comments.
const targets = [];
const at1m = results.sizes[1000000];
const check = (what, unit, measured, op, limit, where) => {
  if (measured == null || Number.isNaN(measured)) return;
  const ok = op === '<=' ? measured <= limit : measured >= limit;
  const margin = op === '<=' ? measured / limit : limit / measured; // > 1: missed by this factor
  targets.push({what, unit, measured, target: `${op} ${limit}`, met: ok, missed_by_factor: ok ? null : margin, where});
};
if (at1m) {
  check('native end-to-end, 1M comments', 'ms', at1m.native.end_to_end.median_ms, '<=', 3000, 'issue 9');
  check('WASM (node) end-to-end, 1M comments', 'ms', at1m.wasm?.end_to_end.median_ms, '<=', 6000, 'issue 9');
  check('native vs Papa Parse + vader-sentiment (end-to-end)', 'x', at1m.ratios.native_end_to_end_x_js_pipeline, '>=', 50, 'issue 9');
  check('WASM vs Papa Parse + vader-sentiment (end-to-end)', 'x', at1m.ratios.wasm_end_to_end_x_js_pipeline, '>=', 50, 'issue 9');
  check('native, 1 thread, vs Papa Parse + vader-sentiment (as the browser app: single-threaded)', 'x', at1m.ratios.native_1t_end_to_end_x_js_pipeline, '>=', 50, 'issue 9');
  check('WASM (node), 1 thread, vs Papa Parse + vader-sentiment (as the browser app: single-threaded)', 'x', at1m.ratios.wasm_1t_end_to_end_x_js_pipeline, '>=', 50, 'issue 9');
  check('native import', 'MB/s', at1m.native.rates.import_mb_per_s, '>=', 250, 'issue 3');
  check('WASM (node) import', 'MB/s', at1m.wasm?.rates.import_mb_per_s, '>=', 125, 'issue 3');
  check('native scoring', 'comments/s', at1m.native.rates.score_comments_per_s, '>=', 600000, 'issue 4');
  check('WASM (node) scoring', 'comments/s', at1m.wasm?.rates.score_comments_per_s, '>=', 300000, 'issue 4');
  check('native analysis (beyond import and scoring)', 'ms', at1m.native.analyze.median_ms, '<=', 1000, 'issue 5');
  check('WASM (node) analysis', 'ms', at1m.wasm?.analyze.median_ms, '<=', 2000, 'issue 5');
  check('native peak RSS / file size', 'x', at1m.native.peak_x_file, '<=', 2.5, 'issues 3, 9');
  check('WASM CLI (node) peak RSS / file size', 'x', at1m.wasm?.peak_x_file, '<=', 2.5, 'issues 3, 9');
}
const b = results.browser;
if (b && !b.error && b.rows === 1000000) {
  check('browser: loadFile to analysis done, 1M', 'ms', b.load_ms?.median_ms, '<=', 10000, 'issue 9');
  check('browser: longest app frame during the load', 'ms', b.load_frame_ms_max, '<=', 100, 'issues 6, 9');
  check('browser: longest gap between animation frames during the load', 'ms', b.load_raf_gap_ms_max, '<=', 100, 'issue 9');
  check('browser: frame_ms_p95 idle on the timeline', 'ms', b.idle?.frame_ms_p95, '<=', 16.7, 'issue 6');
  check('browser: frame_ms_p95 panning the timeline', 'ms', b.pan?.frame_ms_p95, '<=', 33, 'issue 6');
  check('browser: frame_ms_p95 scrolling the comments', 'ms', b.scroll?.frame_ms_p95, '<=', 33, 'issue 6');
  check('browser: WASM heap / file size', 'x', b.wasm_heap_bytes / b.bytes, '<=', 2.5, 'issue 9');
}
results.targets = targets;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] output
// ---------------------------------------------------------------------------------------------------------
fs.mkdirSync(args.out, {recursive: true});
fs.writeFileSync(path.join(args.out, 'results.json'), JSON.stringify(results, null, 1) + '\n');

const md = [];
const m = results.machine;
md.push('# Stormvakt benchmark', '');
md.push(`${results.date_utc.slice(0, 16).replace('T', ' ')} UTC · ${m.cores} × ${m.cpu}, ${(m.memory_bytes / 2 ** 30).toFixed(0)} GiB · node ${m.node}`);
md.push(`Load at start: \`${m.uptime_at_start}\`${m.compiler_processes_at_start ? ` (${m.compiler_processes_at_start} compiler processes of other builds running)` : ''}; at end: \`${m.uptime_at_end}\`.`);
if (m.niceness < 0) md.push(`Measured at niceness ${m.niceness} (\`shell/bench --nice\`): the benchmark's processes had priority over the other work on the machine.`);
if (results.options.note) md.push(results.options.note);
md.push(`Medians of ${runs} run${runs > 1 ? 's' : ''} (min–max in brackets). Files: \`stormvakt generate --rows N\` (deterministic).`, '');
md.push('Stormvakt stages are `timings_ms` of `stormvakt analyze`: import = parse + decode + normalise into columns +',
        'link replies; scoring = language + sentiment + emotionality; analysis = all analytics; end-to-end = read file +',
        'import + scoring + analysis (process start-up and JSON output excluded; the process wall time includes them).',
        'Peak = max RSS of the process (`/usr/bin/time -v`; for node this includes node itself). CPU = user + system',
        'time of the whole process: on a loaded machine, wall times wait for a core and CPU shows the work done.',
        'The node baselines run with `--max-old-space-size=16384` (their parsed rows need ~8× the file).',
        `Threads: \`stormvakt analyze --threads N\` shares the scoring over N threads (natively std::thread, as WASM node`,
        `workers with shared memory); the rows with ${kThreads} threads are the CLI's default here (all cores), the rows with`,
        '1 thread are what the browser app does (single-threaded: GitHub Pages cannot send the COOP/COEP headers that',
        'shared memory needs). CPU time counts every thread.', '');

const range = (x) => `${fmtMs(x.median_ms)} (${fmtMs(x.min_ms)}–${fmtMs(x.max_ms)})`;
for (const n of sizeKeys) {
  const s = results.sizes[n];
  const mb = s.bytes / 1e6;
  md.push(`## ${fmtInt(n)} comments (${mb.toFixed(1)} MB)`, '');
  md.push('| engine | stage | ms | MB/s | comments/s | peak memory |', '|---|---|---:|---:|---:|---|');
  for (const [e] of kEngines) {
    const r = s[e];
    if (!r) continue;
    const name = engineName(e);
    const row = (stage, x, showMB) => `| ${name} | ${stage} | ${range(x)} | ${showMB ? (mb / (x.median_ms / 1000)).toFixed(0) : ''} | ${fmtRate(r.comments / (x.median_ms / 1000))} | |`;
    md.push(row('import', r.import, true), row('scoring', r.score, false), row('analysis', r.analyze, false));
    md.push(`| ${name} | **end-to-end** | **${range(r.end_to_end)}** | ${r.rates.end_to_end_mb_per_s.toFixed(0)} | ${fmtRate(r.rates.end_to_end_comments_per_s)} | ${fmtMB(r.peak_bytes)} (${r.peak_x_file.toFixed(2)}× file) |`);
    md.push(`| ${name} | whole process: wall (CPU) | ${range(r.process_wall)} (CPU ${fmtInt(r.process_cpu.median_ms)}) | | | |`);
  }
  for (const [e, name] of [['scan_native', 'reference scan native'], ['scan_wasm', 'reference scan WASM (node)']]) {
    if (s[e]) md.push(`| ${name} | quote-aware scan | ${range(s[e].scan)} | ${s[e].scan_mb_per_s.toFixed(0)} | ${fmtRate(n / (s[e].scan.median_ms / 1000))} | ${fmtMB(s[e].peak_bytes)} |`);
  }
  if (s.papaparse) md.push(`| Papa Parse (node) | parse only | ${range(s.papaparse.parse)} | ${s.papaparse.parse_mb_per_s.toFixed(0)} | ${fmtRate(n / (s.papaparse.parse.median_ms / 1000))} | ${fmtMB(s.papaparse.peak_bytes)} |`);
  for (const [key, msg] of Object.entries(s.failed || {})) md.push(`| ${key} | **failed** | ${msg.replace(/\|/g, '/')} | | | |`);
  const j = s.js_pipeline || {score_extrapolated: false, missing: true};
  if (!j.missing) {
  const ex = j.score_extrapolated ? ` **extrapolated** from vader-sentiment on the first ${fmtInt(j.scored_rows)} rows` : '';
  md.push(`| Papa Parse + vader-sentiment + hourly (node) | read + parse | ${fmtMs(j.read.median_ms + j.parse.median_ms)} | | | |`);
  md.push(`| Papa Parse + vader-sentiment + hourly (node) | scoring${ex} | ${range(j.score)} | | ${fmtRate(j.score_comments_per_s)} | |`);
  md.push(`| Papa Parse + vader-sentiment + hourly (node) | hourly aggregation | ${range(j.aggregate)} | | | |`);
  md.push(`| Papa Parse + vader-sentiment + hourly (node) | **end-to-end**${j.score_extrapolated ? ' (extrapolated)' : ''}${j.runs === 1 ? ' (1 run)' : ''} | **${range(j.end_to_end)}** | | ${fmtRate(j.end_to_end_comments_per_s)} | ${fmtMB(j.peak_bytes)}${j.score_extrapolated ? ' (sample run)' : ''} |`);
  }
  const r = s.ratios;
  const x = (v) => (v == null ? 'n/a' : `${v.toFixed(1)}×`);
  const pct = (v) => (v == null ? 'n/a' : `${(v * 100).toFixed(0)}%`);
  const t1 = s.native_1t || s.wasm_1t ? ` (1 thread: native ${x(r.native_1t_end_to_end_x_js_pipeline)}, WASM ${x(r.wasm_1t_end_to_end_x_js_pipeline)})` : '';
  md.push('', `Ratios: end-to-end vs Papa Parse + vader-sentiment + hourly${j.score_extrapolated ? ' (extrapolated)' : ''}: native **${x(r.native_end_to_end_x_js_pipeline)}**, WASM **${x(r.wasm_end_to_end_x_js_pipeline)}** faster with ${kThreads} threads${t1};`,
          `scoring vs vader-sentiment: native ${x(r.native_score_x_vader)}, WASM ${x(r.wasm_score_x_vader)}; import vs Papa Parse (which only splits fields): native ${x(r.native_import_x_papaparse)}, WASM ${x(r.wasm_import_x_papaparse)};`,
          `import speed as a fraction of the reference scan: native ${pct(r.native_import_fraction_of_scan)}, WASM ${pct(r.wasm_import_fraction_of_scan)}.`, '');
  const ic = s.import_cpu_native;
  if (ic && !ic.error) {
    md.push(`Native import in CPU time (user + sys, median of ${ic.runs}; \`sv_import_cpu\`): ${fmtMs(ic.cpu_ms_median)} ms, ` +
            `${ic.mb_per_cpu_s.toFixed(0)} MB per CPU-second (wall ${fmtMs(ic.wall_ms_median)} ms, of it reading the file ${fmtMs(ic.read_ms_median)} ms).`, '');
  }
  for (const [k, name] of [['memory_parts_native', 'native (RSS)'], ['memory_parts_wasm', 'WASM (memory size)']]) {
    const m = s[k];
    if (!m || m.error) continue;
    const mb = (v) => (v / 1e6).toFixed(0);
    md.push(`Memory, ${name}, after import / scoring / analysis: ${mb(m.memory_after.import)} / ${mb(m.memory_after.score)} / ${mb(m.memory_after.analyze)} MB ` +
            `(${(m.memory_after.analyze / m.bytes).toFixed(2)}x the file); parts: columns ${mb(m.store.columns)} MB, string arena ${mb(m.store.arena)} MB used of ${mb(m.store.arena_capacity)} MB, ` +
            `authors ${mb(m.store.authors)} MB, scores ${mb(m.scores)} MB.`, '');
  }
  const steps = [['steps_native', 'native'], ['steps_wasm', 'WASM (node)']].filter(([k]) => s[k] && !s[k].error);
  if (steps.length) {
    md.push('Longest single `AnalyzeJob::step(8 ms)` (the app runs one per frame while a file loads; 1 run): ' +
            steps.map(([k, name]) => `${name}: ` + s[k].phases.map((p) => `${p.phase} ${fmtMs(p.max_step_ms)} ms (at ${p.max_step_at}, ${p.steps_over_50ms} of ${p.steps} steps > 50 ms)`).join(', ')).join('; ') + '.', '');
  }
}

if (sizeKeys.length > 1) {
  md.push('## Scaling (end-to-end medians)', '');
  md.push('| comments | MB | native ms | native µs/comment | × smallest | native peak | WASM ms | WASM µs/comment | × smallest | WASM (node) peak |',
          '|---:|---:|---:|---:|---:|---|---:|---:|---:|---|');
  for (const row of results.scaling) {
    md.push(`| ${fmtInt(row.rows)} | ${(row.bytes / 1e6).toFixed(0)} | ${fmtInt(row.native_end_to_end_ms)} | ${row.native_us_per_comment.toFixed(2)} | ${row.native_per_comment_x_smallest.toFixed(2)} | ${fmtMB(row.native_peak_bytes)} (${row.native_peak_x_file.toFixed(2)}×) | ` +
            (row.wasm_end_to_end_ms != null ? `${fmtInt(row.wasm_end_to_end_ms)} | ${row.wasm_us_per_comment.toFixed(2)} | ${row.wasm_per_comment_x_smallest.toFixed(2)} | ${fmtMB(row.wasm_peak_bytes)} (${row.wasm_peak_x_file.toFixed(2)}×) |` : 'n/a | | | |'));
  }
  md.push('');
}

if (b) {
  md.push(`## Browser (headless Chromium, software WebGL), ${fmtInt(b.rows || 0)} comments`, '');
  if (b.error) md.push(`Not measured: ${b.error}`, '');
  else {
    const ph = (label, x) => (x
      ? `| ${label} | ${x.frames} in ${x.seconds.toFixed(1)} s | ${x.frame_ms_p50.toFixed(1)} | ${x.frame_ms_p95.toFixed(1)} | ${x.frame_ms_max.toFixed(1)} | ${x.interval_ms_p50.toFixed(1)} / ${x.interval_ms_p95.toFixed(1)} | ${x.interval_ms_max.toFixed(1)} | ${x.stats.frame_ms_p95.toFixed(1)} / ${x.stats.frame_ms_max.toFixed(1)} |`
      : `| ${label} | n/a | | | | | | |`);
    md.push(`\`loadFile\` to analysis done: **${range(b.load_ms)} ms** (${b.runs} run${b.runs > 1 ? 's' : ''}); fetching the file into the page before it: ${fmtInt(b.fetch_ms.median_ms)} ms.`, '');
    md.push('| phase | frames | frame ms p50 | p95 | max | interval ms p50 / p95 | interval max | stats() p95 / max |', '|---|---:|---:|---:|---:|---:|---:|---|');
    md.push(ph('load (first run)', b.load), ph('timeline idle, 6 s', b.idle), ph('timeline panning (drag)', b.pan), ph('comments scrolling (wheel)', b.scroll));
    md.push('', 'frame = one requestAnimationFrame callback (the app\'s frame), timed in the page for exactly that phase;',
            'interval = time between frame starts (includes work outside the frame and the software GL of headless Chromium).', '');
    md.push('| what | measured |', '|---|---|');
    md.push(`| WASM heap at the end | ${fmtMB(b.wasm_heap_bytes)} (${(b.wasm_heap_bytes / b.bytes).toFixed(2)}× file) |`);
    md.push(`| re-open the stored case | ${b.reopen_ms != null ? `${fmtInt(b.reopen_ms)} ms` : b.reopen_note} |`);
    if (b.try) {
      const t = b.try;
      md.push(`| ${fmtInt(Number((/_(\d+)\.csv$/.exec(t.file) || [])[1] || 0))} comments (${fmtMB(t.bytes)}) in the browser | **${t.outcome}**` +
              `${t.message ? `: “${t.message}”` : ''} after ${(t.wall_ms / 1000).toFixed(1)} s${t.wasm_heap_bytes ? `, heap ${fmtMB(t.wasm_heap_bytes)}` : ''} |`);
    }
    if (b.page_errors.length) md.push(`| page errors | ${b.page_errors.slice(0, 3).join('; ').replace(/\|/g, '/')} |`);
    md.push('');
  }
}

if (targets.length) {
  md.push('## Targets (1,000,000 comments)', '');
  md.push('| target | measured | goal | |', '|---|---:|---|---|');
  const v = (t) => (t.unit === 'x' ? `${t.measured.toFixed(2)}×` : t.unit === 'comments/s' ? `${fmtRate(t.measured)}/s` : `${t.measured >= 100 ? fmtInt(t.measured) : t.measured.toFixed(1)} ${t.unit}`);
  for (const t of targets) md.push(`| ${t.what} (${t.where}) | ${v(t)} | ${t.target}${t.unit === 'x' ? '×' : ` ${t.unit}`} | ${t.met ? 'met' : `**missed** (${t.missed_by_factor.toFixed(2)}× off)`} |`);
  md.push('');
}
const text = md.join('\n');
fs.writeFileSync(path.join(args.out, 'RESULTS.md'), text);
process.stdout.write(text);
