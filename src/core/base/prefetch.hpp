// prefetch.hpp — loading the cache lines of a batch of hash-table probes before the probes need them.
//
// Natively `__builtin_prefetch`. WebAssembly has no prefetch instruction (clang drops the builtin), so there
// a plain load of the slot stands in: the loads of a batch, issued back to back in their own loop, miss the
// cache together (the CPU overlaps independent loads), and the probes that follow hit. The loaded words are
// folded into a value the caller keeps (a member), so the compiler cannot drop the loads.
#pragma once
#include <cstdint>
#include <cstring>

namespace sv {

#ifdef __wasm__
inline constexpr bool kLoadToPrefetch = true; // prefetch_line() is a real load: call it in a loop of its own
#else
inline constexpr bool kLoadToPrefetch = false;
#endif

// Starts loading the cache line at `p` (at least 4 readable bytes there); WebAssembly: xors the word at `p`
// into `fold`.
inline void prefetch_line(const void* p, uint32_t& fold) {
#ifdef __wasm__
    uint32_t x;
    std::memcpy(&x, p, sizeof x);
    fold ^= x;
#else
    __builtin_prefetch(p);
    (void)fold;
#endif
}

} // namespace sv
