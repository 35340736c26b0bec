// trace_browser.mjs — what fills the long gaps between animation frames (issue 9), from a Chrome trace.
// Run by hand (not in CI, not by shell/bench):
//
//   node shell/lib/trace_browser.mjs --file build/bench/data/comments_1000000.csv
//        [--phases load,reopen] [--gap 50] [--top 12] [--keep]
//
// Loads the file into the app in headless Chromium the way shell/lib/bench_browser.mjs does (a Blob, read
// by the page in slices), then the save (flushCases) and, after a reload, the re-open (openCase). The load
// and the save are one trace (split at a mark), the re-open another, recorded through the browser's DevTools
// protocol (Tracing.start, every process); with --keep the traces stay in build/trace/{load,reopen}.json
// (open them in DevTools > Performance or ui.perfetto.dev). For each phase the tool prints, for every gap
// between requestAnimationFrame callbacks (FireAnimationFrame) longer than --gap ms: what the app was doing
// in the frame before it (the runner's phase, "save-file", "idle": each frame is a performance.measure), the top-level tasks on the page's main thread inside it (with their durations), and what
// those tasks spent their time on — GC (MinorGC / MajorGC / V8.GC*), JS functions (FunctionCall with
// function and URL:line), IndexedDB and structured clone events, user timing (performance.measure) — each
// by its self time. Then a summary per phase: gaps over 50 / 100 ms, and the sum of self time by kind.
// Per gap also (smooth): the app's own spans of the frame ("app: runner 37, insights 198, views 10": the
// platform::trace_span()s in src/app/app.cpp, measured only while this tool records), when the WASM heap grew
// ("heap grew to N MiB"), and the other threads busy meanwhile (V8's background compilation, the GPU
// process drawing the canvas: on 2 cores they compete with the page's main thread).
// (window.__svTrace is set to true in the page, for performance.mark()s / measure()s the page may add.)
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launch, watchPage, waitReady, siteWithData } from '../../tests/browser/lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
if (!opt('--file')) {
  console.error('usage: node shell/lib/trace_browser.mjs --file CSV [--phases load,reopen] [--gap 50] [--top 12] [--keep]');
  process.exit(2);
}
const file = path.resolve(opt('--file'));
const phases = opt('--phases', 'load,reopen').split(',');
const gapMs = Number(opt('--gap', '50'));
const top = Number(opt('--top', '12'));
const keep = argv.includes('--keep'); // keep build/trace/*.json (else only the summary is written)
const name = path.basename(file);
const outDir = path.join(ROOT, 'build/trace');
fs.mkdirSync(outDir, { recursive: true });
// The site plus the data file, as in bench_browser.mjs.
const www = siteWithData(path.join(ROOT, 'build/trace/www'), [file], 'trace_browser');

// Light enough that the app's own frames keep their length under tracing (the stack sampler and "blink"
// are left out: with them a frame took several times longer).
const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.gc',
  'blink.user_timing', 'IndexedDB', 'gpu',
  'v8.wasm', // smooth: WebAssembly compilation and tier-up (wasm.CompileLazy, wasm.BackgroundCompile, ...)
];

// --- one traced phase --------------------------------------------------------------------------------------
async function traced(cdp, label, action) {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: {
    recordMode: 'recordContinuously', includedCategories: CATEGORIES } });
  const result = await action();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  const out = path.join(outDir, `${label}.json`);
  const fd = fs.openSync(out, 'w');
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 8 << 20 });
    fs.writeSync(fd, r.base64Encoded ? Buffer.from(r.data, 'base64') : r.data);
    if (r.eof) break;
  }
  fs.closeSync(fd);
  await cdp.send('IO.close', { handle: stream });
  const events = JSON.parse(fs.readFileSync(out, 'utf8')).traceEvents;
  if (!keep) fs.rmSync(out);
  return { result, events, out };
}

// --- analysis ----------------------------------------------------------------------------------------------
// The page's main thread: the renderer thread "CrRendererMain" with the most FireAnimationFrame events.
function mainThread(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const count = new Map();
  for (const e of events) if (e.name === 'FireAnimationFrame') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) || 0) + 1);
  let best = null;
  for (const [k, n] of count) if (names.get(k) === 'CrRendererMain' && (!best || n > count.get(best))) best = k;
  return best;
}

// The kind of an event, for the per-gap and per-phase sums of self time.
function kind(e) {
  const n = e.name;
  if (/GC|Scavenge|MarkCompact|Sweep|Finalize.*Mark|V8\.GC/i.test(n) && !/Mark:/.test(n)) return `gc: ${n}`;
  if (n === 'FunctionCall' || n === 'v8.callFunction') {
    const d = (e.args && e.args.data) || {};
    const where = d.url ? `${path.basename(d.url)}:${d.lineNumber ?? '?'}` : '';
    return `js: ${d.functionName || '(anonymous)'} ${where}`.trim();
  }
  if (/IndexedDB|IDB|Serializ|StructuredClone|Deserializ/i.test(n) || e.cat === 'IndexedDB') return `idb/clone: ${n}`;
  if (e.cat === 'blink.user_timing') return `mark: ${n}`;
  return n;
}

// Complete events of one thread as a tree; self time = duration minus children.
function selfTimes(list) {
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of list) {
    e.self = e.dur;
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length) stack[stack.length - 1].self -= Math.min(e.dur, stack[stack.length - 1].ts + stack[stack.length - 1].dur - e.ts);
    e.depth = stack.length;
    stack.push(e);
  }
}

// Gaps that end in [from, to) (trace µs) belong to the phase.
function analyse(label, events, from = -Infinity, to = Infinity) {
  const main = mainThread(events);
  if (!main) return { label, note: 'no FireAnimationFrame on a renderer main thread' };
  const [pid, tid] = main.split(':').map(Number);
  const mine = [];
  const begins = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') mine.push(e);
    else if (e.ph === 'B') begins.push(e);
    else if (e.ph === 'E') {
      for (let i = begins.length - 1; i >= 0; i--) {
        if (begins[i].name === e.name) {
          const b = begins.splice(i, 1)[0];
          mine.push({ ...b, ph: 'X', dur: e.ts - b.ts });
          break;
        }
      }
    }
  }
  selfTimes(mine);
  // smooth: top-level complete events of every other thread (for "other threads" per gap).
  const tnames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') tnames.set(`${e.pid}:${e.tid}`, e.args.name);
  const threadName = (e) => `${e.pid === pid ? 'renderer' : `pid ${e.pid}`} ${tnames.get(`${e.pid}:${e.tid}`) || e.tid}`;
  const others = [];
  {
    const byThread = new Map();
    for (const e of events) {
      if ((e.pid === pid && e.tid === tid) || e.ph !== 'X' || typeof e.dur !== 'number') continue;
      const k = `${e.pid}:${e.tid}`;
      if (!byThread.has(k)) byThread.set(k, []);
      byThread.get(k).push(e);
    }
    for (const list of byThread.values()) {
      list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      let end = -Infinity;
      for (const e of list) if (e.ts >= end) { others.push(e); end = e.ts + e.dur; } // top level only
    }
  }
  const frames = mine.filter((e) => e.name === 'FireAnimationFrame').map((e) => e.ts).sort((a, b) => a - b);
  const tasks = mine.filter((e) => e.depth === 0 && e.ts >= from && e.ts < to);
  const gaps = [];
  for (let i = 1; i < frames.length; i++) {
    const ms = (frames[i] - frames[i - 1]) / 1000;
    if (ms > gapMs && frames[i] >= from && frames[i] < to) gaps.push({ from: frames[i - 1], to: frames[i], ms });
  }
  const t0 = frames[0] || 0;
  // Our frame measures (async user-timing events, begin 'b' with the frame's start): what the app did.
  const frameMarks = events.filter((e) => e.cat === 'blink.user_timing' && String(e.name).startsWith('sv-frame') &&
    (e.ph === 'b' || e.ph === 'S' || e.ph === 'R' || e.ph === 'I' || e.ph === 'X')).sort((a, b) => a.ts - b.ts);
  // smooth: the app's own spans of a frame (platform::trace_span: runner, insights, views, case-file, ...),
  // async user-timing pairs ('b' / 'e') with the same id.
  const spans = [];
  {
    const open = new Map();
    for (const e of events) {
      if (e.cat !== 'blink.user_timing' || !String(e.name).startsWith('sv-span')) continue;
      const k = `${e.name}|${e.id ?? (e.id2 && (e.id2.local || e.id2.global))}`;
      if (e.ph === 'b') open.set(k, e.ts);
      else if (e.ph === 'e' && open.has(k)) {
        spans.push({ name: e.name.slice(8), ts: open.get(k), dur: e.ts - open.get(k) });
        open.delete(k);
      }
    }
  }
  const byKind = new Map();
  const lines = [];
  for (const g of gaps) {
    const inside = mine.filter((e) => e.ts < g.to && e.ts + e.dur > g.from);
    const topTasks = inside.filter((e) => e.depth === 0);
    const busy = topTasks.reduce((s, e) => s + Math.min(e.ts + e.dur, g.to) - Math.max(e.ts, g.from), 0) / 1000;
    const kinds = new Map();
    for (const e of inside) {
      const k = kind(e);
      const overlap = Math.min(e.ts + e.dur, g.to) - Math.max(e.ts, g.from);
      const self = e.self * (e.dur > 0 ? overlap / e.dur : 0);
      kinds.set(k, (kinds.get(k) || 0) + self / 1000);
      byKind.set(k, (byKind.get(k) || 0) + self / 1000);
    }
    const grew = events.filter((e) => e.cat === 'blink.user_timing' && String(e.name).startsWith('sv-heap') &&
      e.ts > g.from && e.ts <= g.to + 2000);
    const before = frameMarks.filter((m) => m.ts <= g.to).pop();
    const what = before ? before.name.replace('sv-frame ', '') : '?';
    g.what = what;
    lines.push(`  gap ${g.ms.toFixed(0)} ms at +${((g.from - t0) / 1e6).toFixed(2)} s (${what}${grew.length ? `, heap grew to ${grew.map((e) => e.name.slice(8)).join('/')} MiB` : ''}): main thread busy ${busy.toFixed(0)} ms; ` +
      `tasks > 5 ms: ${topTasks.filter((e) => e.dur > 5000).map((e) => `${e.name} ${(e.dur / 1000).toFixed(0)}`).join(', ') || 'none'}`);
    const mySpans = spans.filter((sp) => sp.ts < g.to && sp.ts + sp.dur > g.from);
    if (mySpans.length) lines.push(`      app: ${mySpans.map((sp) => `${sp.name} ${(sp.dur / 1000).toFixed(0)}`).join(', ')}`);
    const ranked = [...kinds].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [k, ms] of ranked) lines.push(`      ${ms.toFixed(1).padStart(7)} ms  ${k}`);
    // smooth: the other threads busy inside the gap (V8's background compilation, the GPU process drawing
    // the canvas, ...): on 2 cores they compete with the page's main thread.
    const elsewhere = new Map();
    for (const e of others) {
      if (e.ts >= g.to || e.ts + e.dur <= g.from) continue;
      const k = `${threadName(e)}: ${e.name}`;
      elsewhere.set(k, (elsewhere.get(k) || 0) + (Math.min(e.ts + e.dur, g.to) - Math.max(e.ts, g.from)) / 1000);
    }
    const busyElsewhere = [...elsewhere].filter(([, ms]) => ms >= 3).sort((a, b) => b[1] - a[1]).slice(0, 6);
    if (busyElsewhere.length) lines.push(`      other threads: ${busyElsewhere.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join('; ')}`);
  }
  // The whole phase: longest tasks and GC totals.
  const gcAll = mine.filter((e) => e.ts >= from && e.ts < to && /^(MinorGC|MajorGC|V8\.GCScavenger|V8\.GCFinalizeMC|V8\.GCCompactor)$/.test(e.name));
  const summary = {
    label, frames: frames.filter((t) => t >= from && t < to).length,
    gaps_over_50ms: gaps.filter((g) => g.ms > 50).length, gaps_over_100ms: gaps.filter((g) => g.ms > 100).length,
    longest_gap_ms: gaps.length ? Math.max(...gaps.map((g) => g.ms)) : 0,
    longest_task_ms: tasks.length ? Math.max(...tasks.map((e) => e.dur)) / 1000 : 0,
    gc_ms: Object.fromEntries(['MinorGC', 'MajorGC'].map((n) => [n, gcAll.filter((e) => e.name === n).reduce((s, e) => s + e.dur, 0) / 1000])),
    gaps_by_app_work: Object.fromEntries([...gaps.reduce((m, g) => m.set(g.what, [...(m.get(g.what) || []), Math.round(g.ms)]), new Map())]),
    in_gaps_ms: Object.fromEntries([...byKind].filter(([, ms]) => ms >= 5).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, ms]) => [k, Math.round(ms)])),
  };
  return { summary, lines };
}

// --- the run -----------------------------------------------------------------------------------------------
const server = await startServer({ dir: www });
const browser = await launch();
const cdp = await browser.newBrowserCDPSession();
const report = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US', serviceWorkers: 'block' });
  // Every animation frame is measured (performance.measure "sv-frame <phase>", with what the app was doing:
  // the runner's phase, or "save-file" while the case file is written in slices, or "idle"), so a gap can be
  // put down to the frame before it.
  await context.addInitScript(() => {
    window.__svTrace = true;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((ts) => {
      const t0 = performance.now();
      let what = '';
      try {
        const p = typeof stormvaktPage === 'object' && stormvaktPage.automation ? stormvaktPage.automation('progress') : null;
        what = !p ? 'start' : p.busy ? p.phase : p.saving_file ? 'save-file' : 'idle';
      } catch (e) { what = 'start'; }
      try {
        cb(ts);
      } finally {
        performance.measure(`sv-frame ${what}`, { start: t0, end: performance.now() });
        // smooth: the WASM heap grew in this frame (memory.grow): a mark with the new size in MiB
        try {
          const bytes = stormvaktPage.module.HEAPU8.length;
          if (bytes !== window.__svHeapBytes) performance.mark(`sv-heap ${bytes >> 20}`);
          window.__svHeapBytes = bytes;
        } catch (e) { /* not started yet */ }
      }
    });
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  await page.evaluate(async (n) => { window.__svBenchBytes = await (await fetch(`bench-data/${n}`)).blob(); }, name);
  const show = (label, r, from, to) => {
    const { summary, lines } = analyse(label, r.events, from, to);
    console.log(`\n== ${label}: ${JSON.stringify(r.result)}`);
    for (const l of lines || []) console.log(l);
    console.log(`  summary: ${JSON.stringify(summary)}`);
    if (keep) console.log(`  trace: ${path.relative(ROOT, r.out)}`);
    report.push({ ...summary, result: r.result });
  };
  // The load, and right after it the save (the case file written in the app's frames, then to IndexedDB:
  // flushCases() waits for both), in one trace: the mark "sv-load-done" splits it.
  const loadAndSave = () => page.evaluate(async (n) => {
    const t0 = performance.now();
    const s = await window.stormvakt.loadFile(n, window.__svBenchBytes);
    const t1 = performance.now();
    performance.mark('sv-load-done');
    window.__svBenchBytes = null;
    // As a user would see it: the app writes the case file in its frames (listed once written), and the page
    // stores it in IndexedDB on its own; flushCases() then only waits for that (called at once, it would
    // write the rest of the case file in one go).
    while ((await window.stormvakt.cases()).length === 0) await new Promise((r) => setTimeout(r, 50));
    await window.stormvakt.flushCases();
    return { load_ms: Math.round(t1 - t0), comments: s.comments, save_ms: Math.round(performance.now() - t1) };
  }, name);
  if (phases.includes('load') || phases.includes('save')) {
    const r = await traced(cdp, 'load', loadAndSave);
    const split = r.events.find((e) => e.name === 'sv-load-done');
    const at = split ? split.ts : Infinity;
    show('load', r, -Infinity, at);
    show('save', r, at, Infinity);
  } else await loadAndSave();
  if (phases.includes('reopen')) {
    await page.reload();
    await waitReady(page);
    const id = await page.evaluate(async () => {
      for (let i = 0; i < 240; i++, await new Promise((r) => setTimeout(r, 500))) {
        const list = await window.stormvakt.cases();
        if (list.length) return list[0].id;
      }
      return null;
    });
    if (id) {
      show('reopen', await traced(cdp, 'reopen', () => page.evaluate(async (caseId) => {
        const t0 = performance.now();
        await window.stormvakt.openCase(caseId);
        return { reopen_ms: Math.round(performance.now() - t0) };
      }, id)));
    } else console.log('\n== reopen: no stored case listed within 120 s');
  }
  if (watch.errors.length) console.log(`\npage errors: ${watch.errors.join(' | ')}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
  fs.rmSync(www, { recursive: true, force: true });
}
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(report, null, 1));
console.log(`\nwritten: build/trace/summary.json`);
