#include "app/frame_pacing.hpp"

namespace sv::app {

bool FramePacer::should_draw(double now_ms, bool busy, bool input_pending) const {
    if (!busy || input_pending) return true;
    if (!drawing_expensive()) return true; // drawing costs little here: every frame
    return now_ms - last_drawn_ms_ >= kRedrawEveryMs;
}

double FramePacer::begin(Kind kind, double now_ms) {
    const double interval = last_start_ms_ > 0 ? now_ms - last_start_ms_ : 0.0;
    if (interval > 0) {
        const double rest = interval - last_job_ms_;
        rest_ms_[static_cast<int>(last_kind_)] = rest > 0 ? rest : 0;
    }
    last_start_ms_ = now_ms;
    last_kind_ = kind;
    last_job_ms_ = 0;
    if (kind == Kind::drawn) last_drawn_ms_ = now_ms;
    // A drawn frame keeps three quarters of the frame interval for the job at most (a browser that draws
    // fast keeps a fluid progress screen); a work frame has nothing else to do.
    double cap = kWorkMaxBudgetMs;
    if (kind == Kind::drawn) {
        cap = 0.75 * interval;
        cap = cap < kMinBudgetMs ? kMinBudgetMs : cap > kDrawnMaxBudgetMs ? kDrawnMaxBudgetMs : cap;
    }
    const double room = kFrameGapAimMs - rest_ms(kind);
    const double budget = room < cap ? room : cap;
    return budget < kMinBudgetMs ? kMinBudgetMs : budget;
}

} // namespace sv::app
