// The load's frame pacing (src/app/frame_pacing.*, issue 9): which frames draw while a job runs, and the
// job's slice per frame from the measured rest of each kind of frame (interval minus the job's time).
#include "app/frame_pacing.hpp"

#include <catch2/catch.hpp>

using sv::app::FramePacer;
using Kind = FramePacer::Kind;

namespace {
// Runs frames of `kind` `n` times: each one's job takes its budget, the browser adds `rest_ms` after it.
double run(FramePacer& p, double& now, Kind kind, int n, double rest_ms) {
    double budget = 0;
    for (int i = 0; i < n; ++i) {
        budget = p.begin(kind, now);
        p.job_done(budget);
        now += budget + rest_ms;
    }
    return budget;
}
} // namespace

TEST_CASE("frame pacing: every frame draws when idle, on input, and where drawing is cheap", "[pacing]") {
    FramePacer p;
    double now = 1000;
    run(p, now, Kind::drawn, 5, 4.0); // a browser with a GPU: 4 ms besides the app's work
    CHECK(p.rest_ms(Kind::drawn) == Approx(4.0));
    CHECK(p.should_draw(now, /*busy=*/false, false));
    CHECK(p.should_draw(now, /*busy=*/true, false)); // cheap drawing: the progress screen stays fluid
    run(p, now, Kind::drawn, 5, 35.0);               // software GL: the canvas read back, 35 ms
    CHECK(p.rest_ms(Kind::drawn) == Approx(35.0));
    CHECK(p.should_draw(now, false, false));
    CHECK(p.should_draw(now, true, /*input_pending=*/true));
    CHECK_FALSE(p.should_draw(now, true, false)); // drawn just now: the next frames only work
}

TEST_CASE("frame pacing: an expensive screen is drawn every kRedrawEveryMs while a job runs", "[pacing]") {
    FramePacer p;
    double now = 1000;
    run(p, now, Kind::drawn, 3, 40.0);
    int drawn = 0, frames = 0;
    const double t0 = now;
    while (now - t0 < 2000) {
        const bool draw = p.should_draw(now, true, false);
        run(p, now, draw ? Kind::drawn : Kind::work, 1, draw ? 40.0 : 5.0);
        drawn += draw;
        ++frames;
    }
    // 2 s at one drawn frame per 200 ms (the first at once: the last drawn frame was 200+ ms ago or not)
    CHECK(drawn >= 9);
    CHECK(drawn <= 11);
    CHECK(frames > drawn * 2); // most frames only work
}

TEST_CASE("frame pacing: each kind's slice plus its rest aims at 80 ms, within its bounds", "[pacing]") {
    FramePacer p;
    double now = 1000;
    // A quiet machine: drawn frames rest 35 ms -> the drawn cap (33 ms); work frames rest 5 ms -> 45 ms.
    CHECK(run(p, now, Kind::drawn, 4, 35.0) == Approx(FramePacer::kDrawnMaxBudgetMs));
    CHECK(run(p, now, Kind::work, 4, 5.0) == Approx(FramePacer::kWorkMaxBudgetMs));
    // A busy machine: drawn frames rest 65 ms -> 15 ms of job; work frames rest 50 ms -> 30 ms.
    CHECK(run(p, now, Kind::drawn, 4, 65.0) == Approx(15.0));
    CHECK(run(p, now, Kind::work, 4, 50.0) == Approx(30.0));
    // Very busy: never below the minimum slice (the load still advances).
    CHECK(run(p, now, Kind::drawn, 4, 120.0) == Approx(FramePacer::kMinBudgetMs));
    // The two kinds keep their own rests: a work frame after drawn ones still gets its own budget.
    CHECK(p.begin(Kind::work, now) == Approx(30.0));
}

TEST_CASE("frame pacing: a fast browser keeps three quarters of a drawn frame for the job", "[pacing]") {
    FramePacer p;
    double now = 1000;
    // Frames come every ~16.7 ms with 4 ms besides the job: the job settles at 3x the rest (0.75 of the
    // interval), the frame rate stays near 60 fps instead of slicing 33 ms per frame.
    const double budget = run(p, now, Kind::drawn, 50, 4.0);
    CHECK(budget == Approx(12.0).margin(0.5));
}
