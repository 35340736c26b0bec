// app.js — the page's glue between the browser and the Stormvakt WebAssembly app.
//
// - starts the WASM module (stormvakt.js, built by Emscripten) on the page's canvas
// - routes files from the picker and from drag and drop into C++ (both end in the same call)
// - exposes window.stormvakt, the API for automation and tests (see README "JavaScript API")
//
// Nothing here talks to any server but the page's own origin, and only to load the app's own files.
'use strict';

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
    loadFile(name, bytes) {
      if (!module || !api.version) return Promise.reject(new Error('Stormvakt is not ready yet (await stormvakt.ready)'));
      if (!(bytes instanceof Uint8Array)) return Promise.reject(new TypeError('loadFile(name, bytes): bytes must be a Uint8Array'));
      const id = nextRequest++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          sendBytes(String(name), bytes, id);
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

  function showError(message) {
    splash.classList.remove('hidden');
    splashText.classList.add('error');
    splashText.textContent = message;
  }

  // ---------------------------------------------------------------------------------------------------
  // Files: picker and drag and drop both end in sendFile()
  // ---------------------------------------------------------------------------------------------------
  // Picker, drop, the sample and loadFile() all end here. `request` is loadFile()'s id, 0 otherwise.
  function sendBytes(name, bytes, request = 0) {
    // C++ makes the buffer its importer will own; the bytes are copied into it once.
    const ptr = module.ccall('sv_file_buffer', 'number', ['number'], [bytes.length]);
    if (!ptr) throw new Error('Stormvakt: not enough memory for ' + name);
    module.HEAPU8.set(bytes, ptr);
    module.ccall('sv_file_received', null, ['string', 'number', 'number'], [name, bytes.length, request]);
  }

  // A file of the site itself (the sample crisis), fetched from the page's own origin.
  async function loadSiteFile(path) {
    const res = await fetch(new URL(path, document.baseURI).href);
    if (!res.ok) throw new Error(`could not load ${path} (HTTP ${res.status})`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    sendBytes(path.split('/').pop(), bytes, 0);
  }

  async function sendFile(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    sendBytes(file.name, bytes);
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (file) sendFile(file);
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
    if (file) sendFile(file);
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
    stormvaktFetchSiteFile(path) {
      loadSiteFile(path).catch((err) => console.warn('Stormvakt: ' + err.message));
    },
    stormvaktLoadFinished(request, ok, message) {
      const p = pending.get(request);
      if (!p) return;
      pending.delete(request);
      // Settled after the frame that finished the analysis: building the summary of a million comments
      // takes tens of milliseconds and belongs to the caller, not to a frame the user sees.
      setTimeout(() => (ok ? p.resolve(api.summary()) : p.reject(new Error(message))), 0);
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
      return file.arrayBuffer().then((buf) => api.loadFile(file.name, new Uint8Array(buf)));
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
