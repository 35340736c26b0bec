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
  const api = {
    version: null, // set when ready
    ready: new Promise((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
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
  function sendBytes(name, bytes) {
    const ptr = module._malloc(Math.max(1, bytes.length));
    if (!ptr) throw new Error('Stormvakt: not enough memory for ' + name);
    module.HEAPU8.set(bytes, ptr);
    // Ownership of the buffer passes to C++ (it frees it).
    module.ccall('sv_file_received', null, ['string', 'number', 'number'], [name, ptr, bytes.length]);
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
    },
    stormvaktOpenFileDialog() {
      fileInput.click();
    },
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
