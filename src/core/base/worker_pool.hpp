// worker_pool.hpp — a few persistent threads that share the parts of one piece of work with the caller.
//
// `WorkerPool pool(n)` starts n − 1 threads; `pool.run(parts, fn)` calls fn(part, worker) once for every
// part 0..parts-1, spread over the threads and the calling thread (worker 0), and returns when every part
// is done. Parts are handed out one at a time from a shared counter, so a thread slowed down by the rest
// of the machine simply takes fewer of them. `worker` (0..size()-1) indexes per-thread scratch (e.g. one
// SentimentScorer each): no two calls with the same worker run at the same time.
//
// Who uses it: the CLI (`stormvakt analyze --threads N`) natively and as WASM under node with pthreads.
// The browser app never starts threads (GitHub Pages cannot send the COOP/COEP headers that shared
// memory needs): it passes 1, and a WebAssembly build without pthreads compiles a serial pool.
#pragma once
#include <cstddef>
#include <memory>

namespace sv {

#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
inline constexpr bool kHaveThreads = false; // WebAssembly without pthreads: run() is a plain loop
#else
inline constexpr bool kHaveThreads = true;
#endif

// The number of hardware threads (std::thread::hardware_concurrency()), 1 when unknown or without threads.
unsigned hardware_threads();

class WorkerPool {
public:
    // `threads`: how many threads work in run(), the caller included (0 and 1: the caller alone).
    explicit WorkerPool(unsigned threads);
    ~WorkerPool(); // stops and joins the threads
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    unsigned size() const { return size_; } // threads in run(), the caller included (>= 1)

    // Calls fn(part, worker) for every part in 0..parts-1; returns when all are done. Not reentrant: fn
    // must not call run() of the same pool.
    template <class Fn>
    void run(size_t parts, Fn&& fn) {
        if (size_ <= 1 || parts <= 1) {
            for (size_t p = 0; p < parts; ++p) fn(p, 0u);
            return;
        }
        run_parts(
            parts, [](void* ctx, size_t part, unsigned worker) { (*static_cast<Fn*>(ctx))(part, worker); },
            &fn);
    }

private:
    using PartFn = void (*)(void* ctx, size_t part, unsigned worker);
    void run_parts(size_t parts, PartFn fn, void* ctx);

    struct Shared;                   // the threads, the task and its counters (worker_pool.cpp)
    std::unique_ptr<Shared> shared_; // null when size_ == 1
    unsigned size_ = 1;
};

} // namespace sv
