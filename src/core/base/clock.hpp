// clock.hpp — a monotonic clock in milliseconds for time budgets (steady_clock: performance.now() under
// Emscripten). Jobs check it between slices of work.
#pragma once
#include <chrono>

namespace sv {

inline double clock_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

} // namespace sv
