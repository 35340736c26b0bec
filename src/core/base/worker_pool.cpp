#include "core/base/worker_pool.hpp"

#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)

namespace sv {

// WebAssembly without pthreads (the browser app, the WASM unit tests): the caller does every part.
struct WorkerPool::Shared {};

unsigned hardware_threads() {
    return 1;
}

WorkerPool::WorkerPool(unsigned) {}
WorkerPool::~WorkerPool() = default;

void WorkerPool::run_parts(size_t parts, PartFn fn, void* ctx) {
    for (size_t p = 0; p < parts; ++p) fn(ctx, p, 0);
}

} // namespace sv

#else

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace sv {

// How a run() meets the threads: the caller publishes the task under the mutex and bumps `generation`; a
// thread that sees a new generation joins it (`active` + 1, under the mutex), takes parts from `next` until
// none are left, and leaves (`active` − 1, under the mutex). The caller takes parts too, then waits until
// no thread is inside the task. A thread that wakes only after that (or never: a WASM worker that was not
// started yet) finds no part left, so run() never waits for a thread that has nothing to do; and a task is
// replaced only while no thread is inside one, so a late thread never runs an old task's function.
struct WorkerPool::Shared {
    std::mutex mutex;
    std::condition_variable wake; // a new generation, or stop
    std::condition_variable idle; // a thread left the task
    uint64_t generation = 0;      // bumped by each run()
    unsigned active = 0;          // threads inside the current task
    bool stop = false;            // set by the destructor
    PartFn fn = nullptr;          // the current task
    void* ctx = nullptr;
    size_t parts = 0;
    std::atomic<size_t> next{0}; // the next part to hand out
    std::vector<std::thread> threads;

    void take_parts(PartFn f, void* c, size_t n, unsigned worker) {
        for (;;) {
            const size_t p = next.fetch_add(1, std::memory_order_relaxed);
            if (p >= n) return;
            f(c, p, worker);
        }
    }

    void thread_main(unsigned worker) {
        uint64_t seen = 0;
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [&] { return stop || generation != seen; });
            if (stop) return;
            seen = generation;
            const PartFn f = fn;
            void* const c = ctx;
            const size_t n = parts;
            ++active;
            lock.unlock();
            take_parts(f, c, n, worker);
            lock.lock();
            if (--active == 0) idle.notify_all();
        }
    }
};

unsigned hardware_threads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

WorkerPool::WorkerPool(unsigned threads) : size_(threads > 1 ? threads : 1) {
    if (size_ == 1) return;
    shared_ = std::make_unique<Shared>();
    shared_->threads.reserve(size_ - 1);
    for (unsigned w = 1; w < size_; ++w)
        shared_->threads.emplace_back([s = shared_.get(), w] { s->thread_main(w); });
}

WorkerPool::~WorkerPool() {
    if (!shared_) return;
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        shared_->stop = true;
    }
    shared_->wake.notify_all();
    for (std::thread& t : shared_->threads) t.join();
}

void WorkerPool::run_parts(size_t parts, PartFn fn, void* ctx) {
    Shared& s = *shared_;
    {
        // A thread that joined the last task after run() had returned may still be inside it (finding no
        // part left): the task is replaced only once it has left.
        std::unique_lock<std::mutex> lock(s.mutex);
        s.idle.wait(lock, [&] { return s.active == 0; });
        s.fn = fn;
        s.ctx = ctx;
        s.parts = parts;
        s.next.store(0, std::memory_order_relaxed);
        ++s.generation;
    }
    s.wake.notify_all();
    s.take_parts(fn, ctx, parts, 0);
    // Every part has been handed out; wait for the threads still working on theirs. Their writes are
    // visible to the caller once it holds the mutex they released.
    std::unique_lock<std::mutex> lock(s.mutex);
    s.idle.wait(lock, [&] { return s.active == 0; });
}

} // namespace sv

#endif
