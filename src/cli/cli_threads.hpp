// cli_threads.hpp — how many threads the CLI's analyze may use (issue 9): natively every hardware thread;
// as WASM under node the threads of Emscripten's pthread pool (workers started with the program; a thread
// beyond them could start only once the program returns to node's event loop, which it never does while it
// works), plus the main thread; 1 in a WASM build without pthreads.
#pragma once

namespace sv::cli {

unsigned cli_default_threads(); // the default of --threads
unsigned cli_max_threads();     // the most --threads can get here (more is lowered to this, with a note)

} // namespace sv::cli
