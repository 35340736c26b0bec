// sliced.hpp — a loop over rows that stops at a deadline and goes on where it stopped.
//
// The analytics passes run inside the app's frame: a pass over a million comments takes 50–300 ms in
// WebAssembly, far more than a frame may. Each long pass keeps a SlicedLoop and is called again until it
// reports done; between chunks of kChunk rows it looks at the clock.
#pragma once
#include "core/base/clock.hpp"

#include <cstddef>

namespace sv {

struct SlicedLoop {
    static constexpr size_t kChunk = 8192;
    size_t next = 0; // the first row not yet done

    // Calls body(i) for the rows from `next` on, up to `n`; returns true when every row is done.
    template <class Body>
    bool run(size_t n, double deadline_ms, Body&& body) {
        while (next < n) {
            const size_t end = n - next > kChunk ? next + kChunk : n;
            for (; next < end; ++next) body(next);
            if (next < n && clock_ms() >= deadline_ms) return false;
        }
        return true;
    }
};

} // namespace sv
