// warm_up.hpp — runs the whole load once on a small synthetic file while the app is idle after start-up
// (smooth, issue 9).
//
// The browser compiles each WebAssembly function lazily on its first call (V8: wasm.CompileLazy, then
// Liftoff code, tiered up to optimised code in the background once it is hot). In a first load that
// compilation landed inside the load's frames: at the end of a 1M load the summary's first call compiled
// for 27 ms on the page's main thread, next to 90 ms of work, making the longest gap between frames
// (shell/lib/trace_browser.mjs). Analysing a few thousand generated comments (import, scoring, analytics,
// the view preparation and the summary) a few ms per idle frame right after start-up compiles those
// functions before a real file arrives. Nothing of it is kept or shown.
#pragma once
#include "app/case_prep.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/report_job.hpp"

#include <memory>

namespace sv::app {

class WarmUp {
public:
    static constexpr uint64_t kRows = 3000; // generated comments (~0.5 MB of CSV)
    // Works for about `budget_ms`; true while there is more to do.
    bool step(double budget_ms);
    bool done() const { return stage_ >= 4; }
    uint64_t summary_bytes() const { return summary_bytes_; } // the summary's size, once done

private:
    int stage_ = 0; // 0 generate, 1 analyse, 2 prepare, 3 summary, 4 done
    std::unique_ptr<AnalyzeJob> job_;
    std::unique_ptr<Analysis> analysis_;
    std::unique_ptr<CasePrepJob> prep_;
    CasePrep prep_done_;                // frames: its situation counts feed the summary
    std::unique_ptr<ReportJob> report_; // frames: the summary, in slices
    uint64_t summary_bytes_ = 0;
};

} // namespace sv::app
