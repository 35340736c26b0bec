// node_stdio.js — a --pre-js of the WASM CLI (stormvakt-cli.js, src/CMakeLists.txt): keeps a piped stdout
// and stderr blocking.
//
// The CLI runs its threads as node workers (pthreads), and node then sets up process.stdout and
// process.stderr (to forward the workers' output), which makes a pipe non-blocking (O_NONBLOCK, on the
// pipe itself: shared with the parent). Emscripten writes with fs.writeSync, which then fails with EAGAIN
// once the reader lags 64 KiB behind (`--json -` cut short), and a parent such as /usr/bin/time -v, writing
// to the same pipe after the CLI exits, loses its output. Set back to blocking, both behave as natively.
if (typeof process === 'object' && require('worker_threads').isMainThread) {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream && stream._handle && typeof stream._handle.setBlocking === 'function') stream._handle.setBlocking(true);
  }
}
