// app.js — the page's glue between the browser and the Stormvakt WebAssembly app.
//
// - starts the WASM module (stormvakt.js, built by Emscripten) on the page's canvas
// - routes files from the picker and from drag and drop into C++ (both end in the same call)
// - exposes window.stormvakt, the API for automation and tests (see README "JavaScript API")
//
// Nothing here talks to any server but the page's own origin, and only to load the app's own files.
'use strict';

// Shared with the blocks after the first one (cases): the Emscripten module object once it is created.
const stormvaktPage = { module: null };

(function () {
  const canvas = document.getElementById('canvas');
  const splash = document.getElementById('splash');
  const splashText = document.getElementById('splash-text');
  const fileInput = document.getElementById('file-input');

  let module = null;
  let resolveReady;
  let rejectReady;

  // ---------------------------------------------------------------------------------------------------
  // window.stormvakt
  // ---------------------------------------------------------------------------------------------------
  // loadFile() requests waiting for their analysis: id -> { resolve, reject }
  const pending = new Map();
  let nextRequest = 1;

  const api = {
    version: null, // set when ready
    ready: new Promise((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
    // Analyses a file as if it had been dropped; resolves with summary() when done, rejects with the
    // error message when the file cannot be analysed (or another file replaces it, or it is cancelled).
    // `bytes` is a Uint8Array, or a File / Blob (read in slices, never whole: see sendFile()).
    // options.dateOrder: 'dmy' | 'mdy' | 'auto' forces the order of ambiguous numeric dates (03/04/2025);
    // options.map: a column mapping as for `stormvakt analyze --map` ('text=Body,time=When' or an object).
    // A File is kept (not its bytes), so loading it again with another mapping reads it again in slices.
    loadFile(name, bytes, options) {
      if (!module || !api.version) return Promise.reject(new Error('Stormvakt is not ready yet (await stormvakt.ready)'));
      if (!(bytes instanceof Uint8Array) && !(bytes instanceof Blob)) {
        return Promise.reject(new TypeError('loadFile(name, bytes): bytes must be a Uint8Array, a File or a Blob'));
      }
      const id = nextRequest++;
      stormvaktPage.last = { name: String(name), bytes }; // --- mapping --- (the dialog sends it again)
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          sendFile(String(name), bytes, id, options);
        } catch (err) {
          pending.delete(id);
          reject(err);
        }
      });
    },
    // The analyze report of the open case (the same JSON as `stormvakt analyze`), or null.
    summary() {
      return module && api.version ? JSON.parse(module.ccall('sv_summary', 'string', [], [])) : null;
    },
    // { rows, frame_ms_p50, frame_ms_p95, frame_ms_max, wasm_heap_bytes, frames } over the last 300 frames.
    stats() {
      return module && api.version ? JSON.parse(module.ccall('sv_stats', 'string', [], [])) : null;
    },
    // Switches view: overview, timeline, comments, spread, people, themes, import, guideline.
    view(name) {
      if (!module || !api.version) throw new Error('Stormvakt is not ready yet (await stormvakt.ready)');
      if (module.ccall('sv_show_view', 'number', ['string'], [String(name)]) !== 1) {
        throw new Error(`unknown view '${name}' (views: overview, timeline, comments, spread, people, themes, import, guideline)`);
      }
    },
  };
  window.stormvakt = api;

  // Settles a loadFile() / openCase() / relabel() promise with summary(). Building the summary of a million
  // comments takes 40–120 ms, so it is not done in the frame that finished the analysis, nor right after it
  // (that frame and the next one, which takes the case over and computes the overview's figures, are the
  // longest of the load: the summary between them made the longest gap between frames, issue 9), but after
  // two more frames. Failures are settled at once (nothing to build). When the tab is hidden (no frames), a
  // timer instead.
  function settle(p, ok, message) {
    if (!ok) {
      setTimeout(() => p.reject(new Error(message)), 0);
      return;
    }
    let frames = 2;
    const wait = () => {
      if (frames-- > 0 && document.visibilityState !== 'hidden') requestAnimationFrame(() => setTimeout(wait, 0));
      else p.resolve(api.summary());
    };
    setTimeout(wait, 0);
  }
  stormvaktPage.settle = settle;

  function showError(message) {
    splash.classList.remove('hidden');
    splashText.classList.add('error');
    splashText.textContent = message;
  }

  // ---------------------------------------------------------------------------------------------------
  // Files: picker and drag and drop both end in sendFile()
  // --- reading files in chunks (importperf; issue 9) ---
  // ---------------------------------------------------------------------------------------------------
  // Picker, drop, the sample and loadFile() all end in sendFile(). `request` is loadFile()'s id, 0
  // otherwise. C++ pulls the file: its WebSource asks for the next slice (Module.stormvaktReadChunk), this
  // reads it (File.slice + arrayBuffer for a File or Blob, subarray for a Uint8Array), writes it into the
  // buffer C++ gives and tells C++; one slice is read ahead while the importer works on the one before. So
  // a File is never copied whole into JavaScript or WebAssembly memory, and the File object itself (not a
  // copy of its bytes) is what a re-import with another mapping reads again.
  let nextFileId = 1;
  let reading = null; // { id, data }: the file being imported
  function sendFile(name, data, request = 0, options = undefined) {
    const id = nextFileId++;
    reading = { id, data };
    const size = data instanceof Uint8Array ? data.length : data.size;
    const dateOrder = options && options.dateOrder !== undefined ? String(options.dateOrder) : '';
    // options.map: 'text=COL,time=COL' or { text: 'COL', ... } (the fields of `stormvakt analyze --map`).
    const map = options && options.map ? (typeof options.map === 'string' ? options.map
      : Object.entries(options.map).map(([k, v]) => `${k}=${v}`).join(',')) : '';
    module.ccall('sv_file_open', null, ['string', 'number', 'number', 'number', 'string', 'string'],
      [name, size, request, id, dateOrder, map]);
  }

  function readChunk(id, offset, size) {
    if (!reading || reading.id !== id) return;
    const data = reading.data;
    const got = data instanceof Uint8Array
      ? Promise.resolve(data.subarray(offset, offset + size))
      : data.slice(offset, offset + size).arrayBuffer().then((buf) => new Uint8Array(buf));
    got.then((bytes) => {
      if (!reading || reading.id !== id) return; // replaced by another file meanwhile
      const ptr = module.ccall('sv_file_chunk_buffer', 'number', ['number', 'number'], [id, bytes.length]);
      if (!ptr) return;
      module.HEAPU8.set(bytes, ptr); // (HEAPU8 after the call: the heap may have grown)
      module.ccall('sv_file_chunk', null, ['number', 'number'], [id, bytes.length]);
    }).catch((err) => {
      if (!reading || reading.id !== id) return;
      module.ccall('sv_file_failed', null, ['number', 'string'], [id, String((err && err.message) || err)]);
    });
  }

  // A file of the site itself (the sample crisis), fetched from the page's own origin.
  async function loadSiteFile(path) {
    const res = await fetch(new URL(path, document.baseURI).href);
    if (!res.ok) throw new Error(`could not load ${path} (HTTP ${res.status})`);
    const name = path.split('/').pop();
    stormvaktPage.last = { name, path }; // --- mapping --- (the dialog fetches it again)
    sendFile(name, await res.blob(), 0);
  }

  // A picked or dropped File is remembered (it costs no memory) so the mapping dialog can send it again.
  function sendPicked(file) {
    stormvaktPage.last = { name: file.name, file }; // --- mapping ---
    sendFile(file.name, file);
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (file) sendPicked(file);
  });

  let dragDepth = 0;
  function setDragHover(on) {
    if (module) module.ccall('sv_drag_hover', null, ['number'], [on ? 1 : 0]);
  }
  window.addEventListener('dragenter', (e) => {
    e.preventDefault();
    if (dragDepth++ === 0) setDragHover(true);
  });
  window.addEventListener('dragleave', (e) => {
    e.preventDefault();
    if (--dragDepth <= 0) {
      dragDepth = 0;
      setDragHover(false);
    }
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    dragDepth = 0;
    setDragHover(false);
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) sendPicked(file);
  });

  // ---------------------------------------------------------------------------------------------------
  // --- downloads --- (issue 8: exports from the app; local Blob downloads, nothing is uploaded)
  // ---------------------------------------------------------------------------------------------------
  function saveBlob(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
  // Bytes from C++ (a copy of the WASM heap slice).
  function downloadBytes(name, mime, bytes) {
    saveBlob(name, new Blob([bytes], { type: mime }));
  }
  // RGBA pixels read back from the WebGL canvas (rows bottom first) -> PNG via a 2D canvas.
  function downloadRgba(name, rgba, width, height) {
    const c = document.createElement('canvas');
    c.width = width;
    c.height = height;
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(width, height);
    const row = width * 4;
    for (let y = 0; y < height; y++) {
      img.data.set(rgba.subarray((height - 1 - y) * row, (height - y) * row), y * row);
    }
    for (let i = 3; i < img.data.length; i += 4) img.data[i] = 255;
    ctx.putImageData(img, 0, 0);
    c.toBlob((blob) => { if (blob) saveBlob(name, blob); }, 'image/png');
  }
  // --- end downloads ---

  // ---------------------------------------------------------------------------------------------------
  // Start the WASM app
  // ---------------------------------------------------------------------------------------------------
  if (typeof createStormvaktModule !== 'function') {
    showError('Stormvakt could not load its program file (stormvakt.js). Reload the page.');
    rejectReady(new Error('stormvakt.js missing'));
    return;
  }
  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    showError('Stormvakt needs WebGL2, which this browser does not offer. Try a current Firefox, Chrome, Edge or Safari.');
    rejectReady(new Error('WebGL2 not available'));
    return;
  }

  // Stormvakt uses no gamepads, but Emscripten's GLFW emulation polls navigator.getGamepads(), which
  // Chromium may refuse ("Permissions check failed"). Answer "no gamepads" instead.
  try {
    Object.defineProperty(navigator, 'getGamepads', { value: () => [], configurable: true });
  } catch (e) { /* read-only in this browser: the emulation copes */ }

  // Emscripten fills this object in (HEAPU8, _malloc, ccall, ...); it is the module from here on.
  const moduleArg = {
    canvas,
    // Resolve the app's files next to the page, so the site works from any sub-path.
    locateFile: (path) => new URL(path, document.baseURI).href,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    stormvaktReady() {
      api.version = module.ccall('sv_version', 'string', [], []);
      splash.classList.add('hidden');
      canvas.focus();
      resolveReady(api);
      // http://host/#sample opens the sample crisis directly.
      if (location.hash === '#sample') moduleArg.stormvaktFetchSiteFile('samples/sample-crisis.csv');
    },
    stormvaktReadChunk(id, offset, size) {
      readChunk(id, offset, size);
    },
    stormvaktFetchSiteFile(path) {
      loadSiteFile(path).catch((err) => console.warn('Stormvakt: ' + err.message));
    },
    stormvaktLoadFinished(request, ok, message) {
      const p = pending.get(request);
      if (!p) return;
      pending.delete(request);
      settle(p, ok, message);
    },
    stormvaktOpenFileDialog() {
      fileInput.click();
    },
    stormvaktDownload: downloadBytes, // --- downloads ---
    stormvaktDownloadRgba: downloadRgba, // --- downloads ---
    onAbort(what) {
      showError('Stormvakt stopped unexpectedly: ' + what + '. Reload the page; your saved cases are kept.');
      rejectReady(new Error(String(what)));
    },
  };
  module = moduleArg;
  stormvaktPage.module = moduleArg;
  // window.stormvakt commands answered by C++ as JSON (AppHooks::automation), for the blocks below.
  stormvaktPage.automation = (command, argument = '') =>
    JSON.parse(moduleArg.ccall('sv_automation', 'string', ['string', 'string'], [command, String(argument)]));
  stormvaktPage.sendFile = sendFile; // --- mapping --- (a re-import takes the same paths)
  stormvaktPage.loadSiteFile = loadSiteFile;
  createStormvaktModule(moduleArg).catch((err) => {
    showError('Stormvakt could not start: ' + err + '. Reload the page.');
    rejectReady(err);
  });
})();

// --- offline --- (issue 7: service worker, "updated" notice, files opened with the installed app)
// Kept apart from the code above: it only uses window.stormvakt and the page's own drop path.
(function () {
  const api = window.stormvakt;

  // A small notice at the bottom of the page (DOM, above the canvas; styled through CSSOM, which the
  // page's Content-Security-Policy allows, unlike inline style attributes).
  const texts = {
    en: { updated: 'Stormvakt has been updated. The new version is used from your next visit.', reload: 'Reload now', close: 'Close' },
    sv: { updated: 'Stormvakt har uppdaterats. Den nya versionen används från nästa besök.', reload: 'Ladda om nu', close: 'Stäng' },
    de: { updated: 'Stormvakt wurde aktualisiert. Die neue Version wird ab dem nächsten Besuch verwendet.', reload: 'Jetzt neu laden', close: 'Schließen' },
  };
  const lang = String(navigator.language || 'en').slice(0, 2).toLowerCase();
  const t = texts[lang] || texts.en;

  function showUpdatedNotice() {
    if (document.getElementById('sv-update-notice')) return;
    const box = document.createElement('div');
    box.id = 'sv-update-notice';
    box.setAttribute('role', 'status');
    Object.assign(box.style, {
      position: 'fixed', left: '50%', bottom: '24px', transform: 'translateX(-50%)', zIndex: '10',
      display: 'flex', alignItems: 'center', gap: '12px', padding: '10px 14px', borderRadius: '8px',
      background: '#181f2a', color: '#e6ebf2', border: '1px solid #333f51', boxShadow: '0 4px 16px rgba(0,0,0,0.4)',
      font: '14px "Noto Sans", "DejaVu Sans", sans-serif',
    });
    const text = document.createElement('span');
    text.textContent = t.updated;
    const button = (label, primary, onClick) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      Object.assign(b.style, {
        font: 'inherit', cursor: 'pointer', borderRadius: '6px', padding: '4px 10px', whiteSpace: 'nowrap',
        border: '1px solid ' + (primary ? '#529cff' : '#333f51'),
        background: primary ? '#529cff' : 'transparent', color: primary ? '#0f141c' : '#e6ebf2',
      });
      b.addEventListener('click', onClick);
      return b;
    };
    box.append(text, button(t.reload, true, () => location.reload()), button(t.close, false, () => box.remove()));
    document.body.appendChild(box);
  }

  // The service worker caches the app's own files (web/sw.js); relative URL and scope, so the site
  // works from any sub-path. Not on file:// pages, and not where the browser has no service workers.
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    // Controlled already: this visit runs from the cache, so a new worker taking over means an update.
    const hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (hadController) showUpdatedNotice();
    });
    // A tab kept open for days: look again whenever it comes back into view.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || !navigator.serviceWorker.controller) return;
      navigator.serviceWorker.getRegistration().then((r) => r && r.update()).catch(() => {});
    });
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('sw.js', { scope: './' }).then((registration) => {
        // Look for a new version on every visit (the browser's own check may come late or not at all).
        // (Offline, or the server is down: the cached version simply goes on.)
        if (hadController) registration.update().catch(() => {});
      }).catch((err) => {
        // Without it the app still works online; say why offline use is not available.
        console.warn('Stormvakt: offline use is not available here (' + err.message + ')');
      });
    });
  }

  // Files opened with the installed app (manifest "file_handlers"): the same way in as a drop.
  function handOver(file) {
    if (typeof api.loadFile === 'function') {
      return api.loadFile(file.name, file); // read in slices, like a drop
    }
    const data = new DataTransfer();
    data.items.add(file);
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    return Promise.resolve();
  }
  if ('launchQueue' in window && window.launchQueue && typeof window.launchQueue.setConsumer === 'function') {
    window.launchQueue.setConsumer(async (params) => {
      if (!params || !params.files || params.files.length === 0) return;
      try {
        const file = await params.files[0].getFile();
        await api.ready;
        await handOver(file);
      } catch (err) {
        console.warn('Stormvakt: could not open the launched file (' + err + ')');
      }
    });
  }
})();

// --- cases --- (issue 7: saved cases in IndexedDB; window.stormvakt.cases / openCase / deleteCase)
// The C++ side keeps cases as files in the folder "/cases" (sv::CaseLibrary: new file + rename), which
// platform_web.cpp mounts with Emscripten's IDBFS. This block loads that folder from IndexedDB at start-up
// (FS.syncfs(true), IndexedDB database "/cases", object store FILE_DATA, one record per file) and writes
// changes back after each save, debounced. The write-back is our own instead of FS.syncfs(false) for two
// reasons: syncfs(false) in Emscripten 3.1.6 never calls back when the transaction aborts (a full quota
// would go unnoticed), and it deletes every record this tab does not have in memory, so two tabs would
// delete each other's new cases. Here only the files this tab changed or deleted since its last load or
// save are written, in one transaction; a failure is reported with its reason (QuotaExceededError ->
// "storage full") and the files stay pending for the next save. Other tabs hear about a save through a
// BroadcastChannel and reload the folder when they have nothing pending; a case open in one tab is held
// with the Web Locks API, so another tab opens it read-only ("open in another tab").
(function () {
  const api = window.stormvakt;
  const M = stormvaktPage.module;
  if (!M) return; // the app did not start (the first block said why)
  const STORE = 'FILE_DATA'; // IDBFS's object store
  let folder = null; // mount point = IndexedDB database name
  let known = new Map(); // path -> timestamp (ms) as this tab last loaded or saved it
  let changed = false; // files changed since the last write-back started
  let writing = null; // the running write-back (a promise)
  let timer = 0;
  let pullWanted = false; // another tab saved while we had changes pending
  let failNext = 0; // simulateStorageFailure(n)
  let persistAsked = false;
  let db = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('stormvakt-cases') : null;
  const held = new Map(); // case id -> release() of its Web Lock

  let resolveStorage;
  const storageReady = new Promise((resolve) => (resolveStorage = resolve));
  const call = (name, types, args) => M.ccall(name, null, types, args);

  // Every file and folder under the mount point: path -> { ts, mode, dir }.
  function localSet() {
    const out = new Map();
    const walk = (dir) => {
      for (const name of M.FS.readdir(dir)) {
        if (name === '.' || name === '..') continue;
        const p = dir + '/' + name;
        const st = M.FS.stat(p);
        const isDir = M.FS.isDir(st.mode);
        out.set(p, { ts: new Date(st.mtime).getTime(), mode: st.mode, dir: isDir });
        if (isDir) walk(p);
      }
    };
    walk(folder);
    return out;
  }
  // What IndexedDB holds (path -> timestamp), read from IDBFS's timestamp index. Not the folder in memory:
  // a file the app writes while a load is under way must still count as not yet stored.
  async function snapshot() {
    const database = await openDb();
    const index = database.transaction([STORE]).objectStore(STORE).index('timestamp');
    const stored = new Map();
    await new Promise((resolve, reject) => {
      const req = index.openKeyCursor();
      req.onsuccess = () => {
        const c = req.result;
        if (!c) return resolve();
        stored.set(c.primaryKey, new Date(c.key).getTime());
        c.continue();
      };
      req.onerror = () => reject(req.error);
    });
    known = stored;
  }

  function openDb() {
    if (db) return Promise.resolve(db);
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(folder);
      req.onsuccess = () => {
        db = req.result;
        db.onversionchange = () => { db.close(); db = null; };
        resolve(db);
      };
      req.onerror = () => reject(req.error || new Error('IndexedDB could not be opened'));
    });
  }

  // Big files: a browser refuses one IndexedDB value above a limit (Chromium: 128 MiB; a 1,000,000-comment
  // case file is about 215 MB). Such a file is stored as its IDBFS record holding the first HEAD bytes plus
  // "part" records keyed "<path>\0part\0<total size>\0<i>" ({ contents }, no timestamp, so IDBFS's own sync,
  // which lists records by timestamp, never sees them). After IDBFS has loaded the folder, the parts are
  // appended to the files that are still short (join()).
  // Issue 9 (traced with shell/lib/trace_browser.mjs): a part stored as a typed array is serialised and
  // wrapped on the page's main thread inside put() — 20–40 ms per 8 MiB part, three or four of them between
  // two frames, so the write-back made gaps of 170–280 ms between frames. A part is now a Blob of PART bytes:
  // building it is one copy (a few ms), put() only records a reference, and the browser reads the bytes off
  // the main thread. Parts are made one at a time, as the transaction asks for them, and at most one per
  // animation frame's worth of time (see push()). Cases stored earlier (typed-array parts of 8 or 32 MiB
  // after a head of the same size) still load: join() takes either kind, after whatever the head held.
  const HEAD = 1024 * 1024; // the IDBFS record of a big file: its first bytes, as IDBFS itself stores files
  const PART = 4 * 1024 * 1024;
  const partRange = (p) => IDBKeyRange.bound(p + '\0', p + '\u0001', false, true);
  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  async function join() {
    const database = await openDb();
    const keys = await request(database.transaction([STORE]).objectStore(STORE).getAllKeys());
    const parts = new Map(); // path -> { total, keys[] }
    for (const k of keys) {
      if (typeof k !== 'string' || !k.includes('\0part\0')) continue;
      const [p, , total, i] = k.split('\0');
      if (!parts.has(p)) parts.set(p, { total: Number(total), keys: [] });
      parts.get(p).keys[Number(i)] = k;
    }
    for (const [p, { total, keys: partKeys }] of parts) {
      let st;
      try { st = M.FS.stat(p); } catch (e) { continue; } // parts of a file that is gone: ignored
      if (st.size === total) continue; // already whole (loaded before)
      const whole = new Uint8Array(total);
      const head = M.FS.readFile(p);
      whole.set(head, 0);
      let at = head.length;
      // Typed-array parts (older cases) are copied in as they arrive, one at a time; Blob parts are only
      // collected here and read after the transaction (reading a Blob is asynchronous, and the transaction
      // would end while it is read).
      const blobs = [];
      const store = database.transaction([STORE]).objectStore(STORE);
      for (let i = 1; i < partKeys.length; i++) {
        const part = await request(store.get(partKeys[i]));
        if (!part || !part.contents) break; // damaged: the checksum says so
        if (part.contents instanceof Blob) {
          blobs.push(part.contents);
          continue;
        }
        if (blobs.length || at + part.contents.length > total) break; // (a mix is not written by anyone)
        whole.set(part.contents, at);
        at += part.contents.length;
      }
      for (const blob of blobs) {
        if (at + blob.size > total) break;
        whole.set(new Uint8Array(await blob.arrayBuffer()), at);
        at += blob.size;
      }
      const mtime = new Date(st.mtime).getTime();
      M.FS.writeFile(p, whole, { canOwn: true });
      M.FS.utime(p, mtime, mtime);
    }
  }

  // Loads the folder from IndexedDB (replacing what is in memory). Only when nothing is pending.
  function pull() {
    return new Promise((resolve, reject) => {
      M.FS.syncfs(true, (err) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        join().then(snapshot).then(resolve, reject);
      });
    });
  }

  // A file's bytes as Emscripten's in-memory file system holds them (a view, no copy of a 215 MB case).
  function fileBytes(p) {
    const node = M.FS.lookupPath(p).node;
    const c = node && node.contents;
    if (c instanceof Uint8Array && typeof node.usedBytes === 'number') return c.subarray(0, node.usedBytes);
    return M.FS.readFile(p);
  }

  // Work between frames: pace() returns at once while the current slice of work is under SLICE_MS, else
  // after the next animation frame (a timer when the tab is hidden: no frames are drawn then).
  const SLICE_MS = 4;
  let sliceStart = 0;
  async function pace() {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise((resolve) => {
      if (document.visibilityState === 'hidden') setTimeout(resolve, 0);
      else requestAnimationFrame(() => setTimeout(resolve, 0)); // after the frame, not inside it
    });
    sliceStart = performance.now();
  }

  // Writes the files changed since the last load/save, and deletes the ones removed, in one transaction.
  async function push() {
    const local = localSet();
    const puts = [];
    const dels = [];
    for (const [p, e] of local) if (known.get(p) !== e.ts) puts.push(p);
    for (const p of known.keys()) if (!local.has(p)) dels.push(p);
    if (puts.length === 0 && dels.length === 0) return;
    if (failNext > 0) {
      failNext--;
      throw new DOMException('simulated: the quota for this site is exceeded', 'QuotaExceededError');
    }
    const database = await openDb();
    // The records, made before the transaction and between frames: a big file's Blob parts a few ms of
    // copying at a time (the transaction would end while we wait for a frame, so it starts afterwards).
    // `contents` is the file as it is now: the app replaces a file (new file + rename), never writes into it.
    const records = []; // [path, entry, [[key, blob], ...]] in the order they are written
    sliceStart = performance.now();
    for (const p of puts.sort()) { // folders before the files in them
      const e = local.get(p);
      const entry = { timestamp: new Date(e.ts), mode: e.mode };
      const parts = [];
      if (!e.dir) {
        const contents = fileBytes(p); // the file in memory, not copied
        // slice(): a copy, so each stored value holds only its own bytes. A small file is one IDBFS record,
        // as IDBFS writes it; a big one its head plus Blob parts.
        entry.contents = contents.slice(0, contents.length > HEAD + PART ? HEAD : contents.length);
        for (let at = entry.contents.length, i = 1; at < contents.length; at += PART, i++) {
          await pace();
          parts.push([`${p}\0part\0${contents.length}\0${i}`, new Blob([contents.subarray(at, at + PART)])]);
        }
      }
      records.push([p, entry, parts]);
    }
    await new Promise((resolve, reject) => {
      let tx;
      const ops = [];
      try {
        tx = database.transaction([STORE], 'readwrite');
        for (const [p, entry, parts] of records) {
          ops.push((store) => store.delete(partRange(p)));
          for (const [key, blob] of parts) ops.push((store) => store.put({ contents: blob }, key));
          ops.push((store) => store.put(entry, p));
        }
        for (const p of dels.sort().reverse()) { // files before the folders they leave
          ops.push((store) => store.delete(p));
          ops.push((store) => store.delete(partRange(p)));
        }
      } catch (err) {
        if (tx) try { tx.abort(); } catch (e) { /* already over */ }
        reject(err);
        return;
      }
      const store = tx.objectStore(STORE);
      // At most IN_FLIGHT requests pending, each new one from a finished one's success callback (which keeps
      // the transaction open), while the database always has the next record to write (one at a time made
      // storing a 1M case several times slower under load). Requests of one transaction run in the order
      // they are issued, so the deletes still precede the puts.
      const IN_FLIGHT = 4;
      let next = 0;
      const issue = () => {
        if (next >= ops.length) return;
        try {
          ops[next++](store).onsuccess = issue; // (a failed request aborts the transaction: onabort)
        } catch (err) {
          try { tx.abort(); } catch (e) { /* already over */ }
          reject(err);
        }
      };
      for (let i = 0; i < IN_FLIGHT; i++) issue();
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error || new Error('the write to IndexedDB was aborted'));
    });
    for (const p of puts) known.set(p, local.get(p).ts);
    for (const p of dels) known.delete(p);
    if (channel) channel.postMessage({ type: 'saved' });
  }

  function describe(err) {
    const name = (err && err.name) || '';
    if (name === 'QuotaExceededError' || /quota/i.test(String(err && err.message))) {
      return ['storage_full', "the browser's storage for this site is full (" + (err.message || name) +
        '). Delete or export older cases to make room.'];
    }
    return ['storage_write', 'writing to the browser\'s storage failed (' + (err && err.message ? err.message : err) + ').'];
  }

  // One write-back at a time; changes made meanwhile get the next one.
  function flush() {
    clearTimeout(timer);
    timer = 0;
    if (writing) return writing;
    changed = false;
    writing = push().then(() => {
      call('sv_storage_saved', ['number', 'string', 'string'], [1, '', '']);
    }, (err) => {
      const [kind, message] = describe(err);
      console.warn('Stormvakt: ' + message);
      call('sv_storage_saved', ['number', 'string', 'string'], [0, kind, message]);
      throw new Error(message);
    }).finally(() => {
      writing = null;
      if (changed) schedule();
      else if (pullWanted) refreshFromOtherTab();
    });
    return writing;
  }
  function schedule() {
    changed = true;
    clearTimeout(timer);
    timer = setTimeout(() => flush().catch(() => {}), 250);
  }

  function refreshFromOtherTab() {
    if (changed || writing) {
      pullWanted = true;
      return;
    }
    pullWanted = false;
    pull().then(() => call('sv_storage_refreshed', [], []), (err) => console.warn('Stormvakt: ' + err.message));
  }
  if (channel) channel.onmessage = (e) => { if (e.data && e.data.type === 'saved' && folder) refreshFromOtherTab(); };

  // --- hooks called by platform_web.cpp ---
  M.stormvaktCasesMounted = (mountPoint) => {
    folder = mountPoint;
    pull().then(() => {
      call('sv_storage_opened', ['number', 'string'], [1, '']);
    }, (err) => {
      call('sv_storage_opened', ['number', 'string'], [0, 'IndexedDB could not be read (' + err.message + ')']);
    }).finally(() => resolveStorage());
  };
  M.stormvaktCasesChanged = () => schedule();
  M.stormvaktQueryStorage = async () => {
    const s = navigator.storage;
    if (!s || typeof s.estimate !== 'function') return;
    try {
      if (!persistAsked && typeof s.persist === 'function') {
        persistAsked = true;
        await s.persist();
      }
      const est = await s.estimate();
      const persisted = typeof s.persisted === 'function' ? await s.persisted() : false;
      call('sv_storage_estimate', ['number', 'number', 'number'],
        [est.usage ?? -1, est.quota ?? -1, persisted ? 1 : 0]);
    } catch (err) { /* no estimate: the list shows the cases' own sizes only */ }
  };
  M.stormvaktLockCase = (id) => {
    if (!navigator.locks) return call('sv_case_locked', ['string', 'number'], [id, 1]);
    navigator.locks.request('stormvakt-case:' + id, { ifAvailable: true }, (lock) => {
      call('sv_case_locked', ['string', 'number'], [id, lock ? 1 : 0]);
      if (!lock) return undefined;
      return new Promise((release) => held.set(id, release));
    }).catch((err) => console.warn('Stormvakt: ' + err.message));
  };
  M.stormvaktUnlockCase = (id) => {
    const release = held.get(id);
    held.delete(id);
    if (release) release();
  };
  // Not relied upon (saves are written within a second), but a last chance when the tab goes away.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && (changed || timer)) flush().catch(() => {});
  });

  // openCase() requests: ids from a range loadFile() never reaches.
  const casePending = new Map();
  let nextCaseRequest = 0x40000000;
  const loadFinished = M.stormvaktLoadFinished;
  M.stormvaktLoadFinished = function (request, ok, message) {
    const p = casePending.get(request);
    if (!p) return loadFinished.call(this, request, ok, message);
    casePending.delete(request);
    stormvaktPage.settle(p, ok, message);
    return undefined;
  };

  // --- window.stormvakt additions ---
  // The saved cases, newest first: [{ id, name, comments, bytes, saved_at }] (saved_at in UTC seconds).
  api.cases = () => storageReady.then(() => JSON.parse(M.ccall('sv_cases', 'string', [], [])));
  // Opens a saved case; resolves with summary() once it is open (rejects with the reason, e.g. damaged).
  api.openCase = (id) => storageReady.then(() => new Promise((resolve, reject) => {
    const request = nextCaseRequest++;
    casePending.set(request, { resolve, reject });
    call('sv_open_case', ['string', 'number'], [String(id), request]);
  }));
  // Deletes a saved case (closing it if it is open); resolves once the deletion is in IndexedDB.
  api.deleteCase = (id) => storageReady.then(() => {
    const problem = M.ccall('sv_delete_case', 'string', ['string'], [String(id)]);
    if (problem) throw new Error(problem);
    return api.flushCases();
  });
  // Resolves when every saved change is in IndexedDB; rejects with the storage error when a write failed.
  api.flushCases = async () => {
    await storageReady;
    M.ccall('sv_finish_save', null, [], []); // a new case's file still being written in slices
    // At least one write-back: it also retries files a failed write left pending (nothing to do = no-op).
    do await (writing || flush()); while (changed || timer || writing);
  };
  // The open case's storage state: { id, lock: 'held' | 'elsewhere' | 'waiting' | 'none', save_error,
  // save_error_kind } ('elsewhere': open in another tab, so this tab does not write it), or null.
  api.caseStatus = () => JSON.parse(M.ccall('sv_case_status', 'string', [], []));
  // For tests: the next `n` writes to IndexedDB fail as if the quota were full.
  api.simulateStorageFailure = (n = 1) => { failNext = n; };

  // loadFile(name, bytes, { pseudonymise: true }) pseudonymises the authors of this file (the welcome
  // screen's switch decides when the option is not given).
  const loadFile = api.loadFile;
  api.loadFile = function (name, bytes, options) {
    if (options && options.pseudonymise !== undefined && api.version && (bytes instanceof Uint8Array || bytes instanceof Blob)) {
      call('sv_import_option', ['string', 'number'], ['pseudonymise', options.pseudonymise ? 1 : 0]);
    }
    return loadFile.call(api, name, bytes, options);
  };
})();

// --- mapping --- (app6: the column-mapping dialog and the brushed range, for people and for tests)
// The dialog's "Import with this mapping" sends the last file again through the path it first came by
// (picker or drop: the File; loadFile(): its bytes; the sample: its URL) — there is no second reading path.
// window.stormvakt additions:
//   loadFile(name, bytes, { map })  map: "text=COL,time=COL" or { text: 'COL', time: 'COL' } (CLI --map)
//   mappingPreview(changes?)          the dialog's state as JSON: file, format, headers, fields, guessed,
//                                     map, rows (the first 20 records as parsed); `changes` { field: COL|null }
//                                     sets fields first (as the dialog's combos do)
//   mappingDialog(open)               shows or hides the dialog
//   mappingImport()                   "Import with this mapping"; resolves with summary() when done
//   brush(from, to)                   selects a time range (Date, ISO string or UTC seconds); brush() clears
//   windowSummary()                   the brushed range's figures ({ updating: true } while computed) or null
(function () {
  const api = window.stormvakt;
  const M = stormvaktPage.module;
  if (!M) return;
  const { automation } = stormvaktPage;
  const mapSpec = (map) =>
    typeof map === 'string' ? map
      : Object.entries(map).map(([field, col]) => `${field}=${col === null || col === undefined ? 'none' : col}`).join(',');
  const seconds = (t) =>
    typeof t === 'number' ? Math.floor(t) : Math.floor((t instanceof Date ? t : new Date(String(t))).getTime() / 1000);

  const loadFile = api.loadFile;
  api.loadFile = function (name, bytes, options) {
    if (options && options.map !== undefined && api.version) automation('next_map', mapSpec(options.map));
    return loadFile.call(api, name, bytes, options);
  };

  let reimport = null; // the promise of the last re-import (loadFile() bytes only)
  M.stormvaktReimport = function () {
    const last = stormvaktPage.last;
    if (!last) return false;
    const again = () => {
      if (last.file) return stormvaktPage.sendFile(last.name, last.file);
      if (last.path) return stormvaktPage.loadSiteFile(last.path);
      return loadFile.call(api, last.name, last.bytes);
    };
    // After the frame that asked (the bytes go into WebAssembly memory outside of it).
    reimport = new Promise((resolve) => setTimeout(resolve, 0)).then(again);
    reimport.catch((err) => console.warn('Stormvakt: ' + err.message));
    return true;
  };

  api.mappingPreview = (changes) => {
    if (changes) for (const [field, col] of Object.entries(changes)) automation('mapping_set', mapSpec({ [field]: col }));
    return automation('mapping_preview');
  };
  api.mappingDialog = (open = true) => automation('mapping_dialog', open ? '1' : '0');
  api.mappingImport = () => {
    if (!automation('mapping_import')) return Promise.reject(new Error('no CSV file to import again'));
    return reimport;
  };
  api.brush = (from, to) => automation('brush', from === undefined ? '' : `${seconds(from)},${seconds(to)}`);
  api.windowSummary = () => automation('window_summary');
})();

// --- corrections --- (issue 7: comments relabelled by hand and the case's own lexicon, kept with the case)
// window.stormvakt.relabel(id, label[, tag]) -> promise of summary() once the views show the new labels
//   (label 'negative' | 'neutral' | 'positive', or 'auto' to take the correction back; tag 'emotional' |
//   'constructive' | 'none', or omitted for the scored one); rejects when no comment has the id.
// window.stormvakt.corrections() -> [{ id, label, tag?, applied }]
// window.stormvakt.setLexicon([{ word, valence (-4..4), lang ('en', 'sv', ... or 'all') }]) -> promise of
//   summary() after every comment is scored again; window.stormvakt.lexicon() -> the words applied.
(function () {
  const api = window.stormvakt;
  const M = stormvaktPage.module;
  if (!M) return;
  const waiting = new Map(); // request id -> { resolve, reject }
  let nextRequest = 0x60000000; // a range neither loadFile() nor openCase() reaches
  const loadFinished = M.stormvaktLoadFinished;
  M.stormvaktLoadFinished = function (request, ok, message) {
    const p = waiting.get(request);
    if (!p) return loadFinished.call(this, request, ok, message);
    waiting.delete(request);
    stormvaktPage.settle(p, ok, message);
    return undefined;
  };
  const ask = (send) => api.ready.then(() => new Promise((resolve, reject) => {
    const request = nextRequest++;
    waiting.set(request, { resolve, reject });
    send(request);
  }));
  api.relabel = (id, label, tag) => ask((request) => M.ccall('sv_relabel', null,
    ['string', 'string', 'string', 'number'], [String(id), String(label), tag == null ? '' : String(tag), request]));
  api.corrections = () => JSON.parse(M.ccall('sv_corrections', 'string', [], []));
  api.setLexicon = (words) => ask((request) => M.ccall('sv_set_lexicon', null, ['string', 'number'],
    [JSON.stringify(words == null ? [] : words), request]));
  api.lexicon = () => JSON.parse(M.ccall('sv_lexicon', 'string', [], []));
})();

// --- polish --- (issue 6: checking the views in every configuration)
// window.stormvakt.clipped()        the texts the last frame shortened with "…" (the whole text is shown on
//                                   hover): [{ text, width, needed }] (CSS px × devicePixelRatio)
// window.stormvakt.theme(mode?)     'light' | 'dark' (as the sidebar's switch); answers the theme in use
// window.stormvakt.uiLanguage(tag?) 'en' | 'sv' | 'de' (as the sidebar's language menu); answers the one in use
// window.stormvakt.showWelcome()    closes the case: the welcome screen with the saved cases (as the sidebar's button)
(function () {
  const { automation } = stormvaktPage;
  if (!automation) return; // the app did not start (the first block said why)
  const api = window.stormvakt;
  api.clipped = () => automation('clipped');
  api.theme = (mode) => automation('theme', mode === undefined ? '' : mode);
  api.uiLanguage = (tag) => automation('ui_language', tag === undefined ? '' : tag);
  api.showWelcome = () => automation('welcome');
})();
// --- end polish ---

// --- app8 --- (issue 6: texts in the UI language, the keyboard in tables)
// window.stormvakt.texts(view?)  the texts a view shows that the core keeps in English for the CLI JSON, as the
//                                app writes them in the UI language: { ui_language, multiplier_reasons: [...],
//                                response_window, guideline_language, guideline_items: [...] } (view 'people',
//                                'overview', 'guideline' or omitted for all); null without a case
// window.stormvakt.selection()   the table the arrow keys move: { table, row, count, visible, label } or null
// window.stormvakt.comments()    the comment table's index: { rows, building, shown, sort_column, sort_desc,
//                                search, header_y, headers } (see comments_status_json in views.hpp)
(function () {
  const M = stormvaktPage.module;
  if (!M) return;
  const command = (name) => (argument) =>
    JSON.parse(M.ccall('sv_automation', 'string', ['string', 'string'], [name, argument == null ? '' : String(argument)]));
  Object.assign(window.stormvakt, { texts: command('texts'), selection: command('selection'), comments: command('comments') });
})();
// --- end app8 ---
