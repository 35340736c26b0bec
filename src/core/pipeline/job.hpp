// job.hpp — long work as resumable jobs: the app calls step() once per frame with a time budget, the CLI
// calls it in a loop. A job never blocks for much longer than its budget and reports progress.
#pragma once
#include "core/base/clock.hpp"
#include "core/base/error.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace sv {

struct Progress {
    const char* phase = ""; // short phase name, e.g. "import", "score", "analyze" (stable, not translated)
    uint64_t done = 0;      // units of work done (rows, bytes, ...), 0..total
    uint64_t total = 0;     // 0 when unknown
    double fraction() const { return total ? static_cast<double>(done) / static_cast<double>(total) : 0.0; }
};

enum class StepResult : uint8_t {
    more,   // call step() again
    done,   // finished successfully
    failed, // finished with an error (see Job::error())
};

class Job {
public:
    virtual ~Job() = default;
    // Works for about `budget_ms` milliseconds (at least one unit of work), then returns.
    virtual StepResult step(double budget_ms) = 0;
    virtual Progress progress() const = 0;
    // Why the job failed (only meaningful after step() returned failed).
    virtual const Error& error() const { return error_; }

protected:
    Error error_;
};

// Runs a job to completion (CLI, tests). Returns done or failed.
inline StepResult run_to_end(Job& job) {
    for (;;) {
        const StepResult r = job.step(1e9);
        if (r != StepResult::more) return r;
    }
}

// Runs a job to completion in steps of about `slice_ms` (the CLI's analyze). Same result as run_to_end();
// faster in WebAssembly: V8 compiles a hot function's optimised code (TurboFan) for its next call, never for
// a call that is running (no on-stack replacement), so a job that ran in one step() would keep its loops in
// the baseline compiler's code (Liftoff) to the end.
inline StepResult run_in_slices(Job& job, double slice_ms) {
    for (;;) {
        const StepResult r = job.step(slice_ms);
        if (r != StepResult::more) return r;
    }
}

} // namespace sv
