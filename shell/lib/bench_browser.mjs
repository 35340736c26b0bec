// bench_browser.mjs — the browser part of shell/bench: the app in headless Chromium (playwright-core, the
// helpers of tests/browser/lib.mjs) with a generated comment file.
//
//   node shell/lib/bench_browser.mjs --file build/bench/data/comments_1000000.csv [--runs N] [--try FILE]
//                                    [--try-only]   (only the --try file; prints {try: ...})
//
// Prints one JSON object (times in ms, sizes in bytes; medians over the runs where a key says so):
//   fetch_ms        fetching the file from the local server into the page (not part of the load time)
//   load_ms         window.stormvakt.loadFile(name, blob) until its promise resolves (analysis done; the
//                   page reads the Blob in slices, as it reads a dropped File)
//   load, idle, pan, scroll   frames of one phase: the load; 6 s idle on the timeline; dragging the timeline
//                   (300 mouse moves); wheeling through the comment table (300 steps of 300 px). Each:
//                   {frames, frame_ms_p50, frame_ms_p95, frame_ms_max, interval_ms_p95, interval_ms_max, stats}. frame_ms = time inside one requestAnimationFrame callback (the
//                   app's frame; a wrapper times each one, so a phase's figures hold only its own frames);
//                   interval_ms = time between frame starts (what the user sees, including work outside the
//                   app's frame such as copying the file into the heap); stats = stormvakt.stats() after the
//                   phase (its window is the last 300 frames, so it can reach back into the phase before).
//   load_frame_ms_max, load_raf_gap_ms_max   the longest frame and frame interval during the loads
//   wasm_heap_bytes stats().wasm_heap_bytes at the end
//   reopen_ms       stormvakt.openCase(id) of the stored case after a reload, when the app has cases
//                   (reopen_note says why not otherwise)
//   reopen          the frames while re-opening ({frames, frame_ms_max, interval_ms_max, ...} as for load),
//                   save_flush_ms (flushCases() after the measured phases: settings saved meanwhile) and
//                   wasm_heap_bytes after the re-open (a fresh page: the re-open's own peak)
//   save            the frames while the case is written and stored, right after the load (the case file in
//                   the app's frames, then IndexedDB; until flushCases() resolves): {ms (spread over the
//                   runs), frame_ms_max, interval_ms_max (both: the longest of all runs), frames, longest_interval}
//   intervals_over_100ms  {load: [per run], save: [per run], reopen}: gaps between animation frames over 100 ms
//   save_raf_gap_ms_max, reopen_raf_gap_ms_max   the longest gap while saving (all runs) and re-opening
//   try             with --try FILE (shell/bench --large: 3,000,000 comments): what happens when that file
//                   is loaded the same way: {outcome: loaded|refused|crashed|timeout, ms, message, comments,
//                   frame_ms_max, interval_ms_max, wasm_heap_bytes}
//
// The file reaches the page through the page's own origin: a private site root under build/bench/www links
// every entry of build/site and the data file, served by shell/lib/serve.cjs; the page fetches it (no
// page.route(), whose large bodies through the DevTools pipe were flaky). Service workers are blocked so the
// offline cache does not sit between the page and the file.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launch, watchPage, waitReady, siteWithData } from '../../tests/browser/lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const file = path.resolve(opt('--file'));
const runs = Number(opt('--runs', '1'));
const tryFile = opt('--try') ? path.resolve(opt('--try')) : null;
const tryOnly = argv.includes('--try-only'); // only the --try file (its JSON alone)
const name = path.basename(file);
const log = (s) => process.stderr.write(`  browser: ${s}\n`);

// The private site root: build/site's entries and bench-data/NAME, as symbolic links.
const www = siteWithData(path.join(ROOT, 'build/bench/www'), tryFile ? [file, tryFile] : [file], 'bench_browser');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => ({ median_ms: median(xs), min_ms: Math.min(...xs), max_ms: Math.max(...xs), samples_ms: xs });

// Frame times over exactly one phase. stats() keeps the last 300 frames, which at a low frame rate reach back
// into the previous phase; so every requestAnimationFrame callback (the app's main loop runs in one) is
// timed by a wrapper installed before the page's scripts, and recorded while a phase runs.
function installFrameRecorder(context) {
  return context.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    const rec = { on: false, ms: [], starts: [], long: [] };
    window.__svBenchFrames = rec;
    // Long tasks (> 50 ms on the main thread, inside or outside a frame): where a long frame interval
    // comes from when the app's own frame was short.
    try {
      new PerformanceObserver((list) => {
        if (!rec.on) return;
        for (const e of list.getEntries()) rec.long.push({ start: e.startTime, ms: e.duration, name: e.name });
      }).observe({ type: 'longtask' });
    } catch (e) { /* no long-task timing in this browser */ }
    window.__svBenchRaf = raf;
    window.requestAnimationFrame = (cb) => raf((ts) => {
      const t0 = performance.now();
      try {
        cb(ts);
      } finally {
        if (rec.on) {
          rec.ms.push(performance.now() - t0);
          rec.starts.push(t0);
        }
      }
    });
  });
}
const pct = (xs, q) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
// Runs `action` with the recorder on; returns the phase's frame figures and the app's stats() after it.
async function phase(page, action) {
  await page.evaluate(() => {
    window.__svBenchFrames.ms = [];
    window.__svBenchFrames.starts = [];
    window.__svBenchFrames.long = [];
    window.__svBenchFrames.on = true;
  });
  const t0 = Date.now();
  await action();
  const { ms, starts, long, stats } = await page.evaluate(() => {
    window.__svBenchFrames.on = false;
    const r = window.__svBenchFrames;
    return { ms: r.ms, starts: r.starts, long: r.long, stats: window.stormvakt.stats() };
  });
  const gaps = starts.slice(1).map((t, i) => t - starts[i]);
  // The longest interval, with its frame's own time and the long tasks that ran inside it.
  let gi = 0;
  for (let i = 1; i < gaps.length; i++) if (gaps[i] > gaps[gi]) gi = i;
  const longest_interval = gaps.length ? {
    ms: gaps[gi], frame_before_ms: ms[gi],
    long_tasks_ms: long.filter((t) => t.start + t.ms > starts[gi] && t.start < starts[gi + 1]).map((t) => Math.round(t.ms)),
  } : null;
  return {
    seconds: (Date.now() - t0) / 1000, frames: ms.length,
    frame_ms_p50: pct(ms, 0.5), frame_ms_p95: pct(ms, 0.95), frame_ms_max: ms.length ? Math.max(...ms) : 0,
    interval_ms_p50: pct(gaps, 0.5), interval_ms_p95: pct(gaps, 0.95), interval_ms_max: gaps.length ? Math.max(...gaps) : 0,
    intervals_over_100ms: gaps.filter((g) => g > 100).length, long_tasks: long.length,
    long_task_ms_max: long.length ? Math.max(...long.map((t) => t.ms)) : 0, longest_interval, stats,
  };
}

// One load of the file into a fresh page; returns the figures of this run.
async function oneRun(browser, server, first) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US', serviceWorkers: 'block' });
  await installFrameRecorder(context);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(server.url);
  await waitReady(page);
  const fetched = await page.evaluate(async (n) => {
    const f0 = performance.now();
    const res = await fetch(`bench-data/${n}`);
    if (!res.ok) throw new Error(`fetch bench-data/${n}: HTTP ${res.status}`);
    // A Blob, as a dropped File would be: the page reads it in slices (never whole into JS memory).
    window.__svBenchBytes = await res.blob();
    return performance.now() - f0;
  }, name);
  let loadMs = 0, comments = 0;
  const load = await phase(page, async () => {
    ({ loadMs, comments } = await page.evaluate(async (n) => {
      const t0 = performance.now();
      const summary = await window.stormvakt.loadFile(n, window.__svBenchBytes);
      const ms = performance.now() - t0;
      window.__svBenchBytes = null;
      return { loadMs: ms, comments: summary.comments };
    }, name));
  });
  log(`loaded ${comments} comments in ${loadMs.toFixed(0)} ms (fetch ${fetched.toFixed(0)} ms), ${load.frames} frames, ` +
      `longest frame ${load.frame_ms_max.toFixed(1)} ms, longest frame interval ${load.interval_ms_max.toFixed(1)} ms`);
  // The save, right after the load (gaps): the app writes the case file in its frames (the case is listed
  // once it is written), then the page stores it in IndexedDB; flushCases() resolves when that is done.
  let saveMs = 0;
  const save = await phase(page, async () => {
    saveMs = await page.evaluate(async () => {
      const t0 = performance.now();
      while ((await window.stormvakt.cases()).length === 0) await new Promise((r) => setTimeout(r, 50));
      await window.stormvakt.flushCases();
      return performance.now() - t0;
    });
  });
  log(`saved in ${saveMs.toFixed(0)} ms (case file in frames + IndexedDB), longest frame ${save.frame_ms_max.toFixed(1)} ms, ` +
      `longest frame interval ${save.interval_ms_max.toFixed(1)} ms, ${save.intervals_over_100ms} over 100 ms`);
  const out = { fetchMs: fetched, loadMs, comments, load, save, saveMs };
  if (first) {
    await page.evaluate(() => window.stormvakt.view('timeline'));
    await page.waitForTimeout(1000);
    out.idle = await phase(page, () => page.waitForTimeout(6000));
    out.pan = await phase(page, async () => {
      await page.mouse.move(800, 450);
      await page.mouse.down();
      for (let i = 0; i < 300; i++) await page.mouse.move(800 + 200 * Math.sin(i / 15), 450);
      await page.mouse.up();
    });
    await page.evaluate(() => window.stormvakt.view('comments'));
    await page.waitForTimeout(1000);
    out.scroll = await phase(page, async () => {
      await page.mouse.move(800, 450);
      for (let i = 0; i < 300; i++) await page.mouse.wheel(0, 300);
    });
    out.wasm_heap_bytes = (await page.evaluate(() => window.stormvakt.stats())).wasm_heap_bytes;
    log(`frame p95: idle ${out.idle.frame_ms_p95.toFixed(1)} ms, pan ${out.pan.frame_ms_p95.toFixed(1)} ms, scroll ${out.scroll.frame_ms_p95.toFixed(1)} ms; heap ${(out.wasm_heap_bytes / 1e6).toFixed(0)} MB`);
    out.reopen = await reopen(page);
  }
  out.errors = watch.errors;
  await context.close();
  return out;
}

// The stored case, re-opened after a reload (when the app has cases: window.stormvakt.openCase).
async function reopen(page) {
  const has = await page.evaluate(() => typeof window.stormvakt.openCase === 'function' && typeof window.stormvakt.cases === 'function');
  if (!has) return { note: 'n/a (cases not available)' };
  try {
    // (Stored right after the load, see oneRun(); settings saved since then are written here.)
    const flushMs = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.stormvakt.flushCases();
      return performance.now() - t0;
    });
    await page.reload();
    await waitReady(page);
    const id = await page.evaluate(async (n) => {
      for (const end = Date.now() + 120000; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) {
        // A case is named after its file without the extension ("comments_1000000").
        const found = (await window.stormvakt.cases()).find((c) => c.name === n || c.name === n.replace(/\.[^.]*$/, ''));
        if (found) return found.id;
      }
      return null;
    }, name);
    if (id == null) return { note: 'n/a (the case was not listed by cases() within 120 s)' };
    let ms = 0;
    const frames = await phase(page, async () => {
      ms = await page.evaluate(async (caseId) => {
        const t0 = performance.now();
        await window.stormvakt.openCase(caseId);
        return performance.now() - t0;
      }, id);
    });
    const heap = (await page.evaluate(() => window.stormvakt.stats())).wasm_heap_bytes;
    log(`re-open: longest frame ${frames.frame_ms_max.toFixed(1)} ms, longest interval ${frames.interval_ms_max.toFixed(1)} ms, heap ${(heap / 1e6).toFixed(0)} MB`);
    log(`re-opened the stored case in ${ms.toFixed(0)} ms`);
    return { ms, frames, save_flush_ms: flushMs, wasm_heap_bytes: heap };
  } catch (err) {
    return { note: `n/a (re-opening failed: ${String(err.message || err).split('\n')[0]})` };
  }
}

// Loads a (too) large file the same way and reports what happens: loaded, refused with a message, the tab
// crashed, or no answer within 5 minutes.
async function tryLoad(browser, server, tryName) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US', serviceWorkers: 'block' });
  await installFrameRecorder(context);
  const page = await context.newPage();
  const crashed = new Promise((resolve) => page.on('crash', () => resolve({ outcome: 'crashed', message: 'the page crashed' })));
  const t0 = Date.now();
  try {
    await page.goto(server.url);
    await waitReady(page);
    const attempt = page.evaluate(async (n) => {
      window.__svBenchFrames.ms = [];
      window.__svBenchFrames.starts = [];
      window.__svBenchFrames.on = true;
      const t = performance.now();
      try {
        const res = await fetch(`bench-data/${n}`);
        const summary = await window.stormvakt.loadFile(n, await res.blob()); // read in slices, like a File
        return { outcome: 'loaded', ms: performance.now() - t, comments: summary.comments };
      } catch (err) {
        return { outcome: 'refused', ms: performance.now() - t, message: String(err && err.message || err) };
      }
    }, tryName).catch((err) => ({ outcome: 'crashed', message: String(err.message || err).split('\n')[0] }));
    // unref: a pending timer must not keep node alive once the result is in.
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ outcome: 'timeout', message: 'no answer in 300 s' }), 300000).unref());
    const r = await Promise.race([attempt, crashed, timeout]);
    r.wall_ms = Date.now() - t0;
    if (r.outcome === 'loaded' || r.outcome === 'refused') {
      const f = await page.evaluate(() => {
        window.__svBenchFrames.on = false;
        const { ms, starts } = window.__svBenchFrames;
        return { ms, starts, heap: window.stormvakt.stats().wasm_heap_bytes };
      });
      const gaps = f.starts.slice(1).map((t, i) => t - f.starts[i]);
      r.frames = f.ms.length;
      r.frame_ms_max = f.ms.length ? Math.max(...f.ms) : 0;
      r.interval_ms_max = gaps.length ? Math.max(...gaps) : 0;
      r.wasm_heap_bytes = f.heap;
    }
    log(`${tryName}: ${r.outcome}${r.message ? ` (${r.message})` : ''} after ${(r.wall_ms / 1000).toFixed(1)} s`);
    return r;
  } finally {
    await context.close().catch(() => {});
  }
}

const server = await startServer({ dir: www });
const browser = await launch();
const all = [];
let tried = null;
try {
  for (let i = 0; i < (tryOnly ? 0 : runs); ++i) all.push(await oneRun(browser, server, i === 0));
  if (tryFile) tried = await tryLoad(browser, server, path.basename(tryFile));
} finally {
  await browser.close();
  server.close();
  fs.rmSync(www, { recursive: true, force: true });
}
if (tryOnly) {
  process.stdout.write(JSON.stringify({ try: tried ? { file: path.basename(tryFile), bytes: fs.statSync(tryFile).size, ...tried } : null }) + '\n');
  process.exit(0);
}
if (tried) all[0].try = tried;
const first = all[0];
const result = {
  runs,
  comments: first.comments,
  fetch_ms: spread(all.map((r) => r.fetchMs)),
  load_ms: spread(all.map((r) => r.loadMs)),
  load_frame_ms_max: Math.max(...all.map((r) => r.load.frame_ms_max)),
  load_raf_gap_ms_max: Math.max(...all.map((r) => r.load.interval_ms_max)),
  load: first.load,
  idle: first.idle,
  pan: first.pan,
  scroll: first.scroll,
  wasm_heap_bytes: first.wasm_heap_bytes,
  reopen_ms: first.reopen.ms ?? null,
  reopen_note: first.reopen.note ?? null,
  reopen: first.reopen.frames ? { frame_ms_max: first.reopen.frames.frame_ms_max, interval_ms_max: first.reopen.frames.interval_ms_max,
    intervals_over_100ms: first.reopen.frames.intervals_over_100ms, frames: first.reopen.frames.frames,
    longest_interval: first.reopen.frames.longest_interval, wasm_heap_bytes: first.reopen.wasm_heap_bytes,
    save_flush_ms: first.reopen.save_flush_ms } : null,
  save: { ms: spread(all.map((r) => r.saveMs)), frame_ms_max: Math.max(...all.map((r) => r.save.frame_ms_max)),
    interval_ms_max: Math.max(...all.map((r) => r.save.interval_ms_max)), frames: first.save.frames,
    longest_interval: first.save.longest_interval },
  // Gaps between animation frames over 100 ms, per run (gaps, issue 9: the target is none, in every phase).
  intervals_over_100ms: { load: all.map((r) => r.load.intervals_over_100ms), save: all.map((r) => r.save.intervals_over_100ms),
    reopen: first.reopen.frames ? first.reopen.frames.intervals_over_100ms : null },
  save_raf_gap_ms_max: Math.max(...all.map((r) => r.save.interval_ms_max)),
  reopen_raf_gap_ms_max: first.reopen.frames ? first.reopen.frames.interval_ms_max : null,
  page_errors: all.flatMap((r) => r.errors),
  try: first.try ? { file: path.basename(tryFile), bytes: fs.statSync(tryFile).size, ...first.try } : null,
};
process.stdout.write(JSON.stringify(result) + '\n');
