// frame_pacing.hpp — how much analysis work goes into one animation frame while a file loads, and which
// frames draw (smooth, issue 9: no gap between animation frames over 100 ms).
//
// The time between two frames is the job's slice plus the rest of the frame: the UI and, in a frame that
// draws, the browser putting the canvas on screen. In headless Chromium (software GL) that rest is 25-35 ms
// on a quiet machine and 50-90 ms on a busy one (the compositor reads the WebGL canvas back and waits for
// SwiftShader to draw it; measured with shell/lib/trace_browser.mjs), most of every gap. A frame that issues
// no GL calls leaves the canvas as it is and costs the browser almost nothing. So, while a job runs and
// drawing is that expensive, the progress screen is drawn only every kRedrawEveryMs (and at once when input
// arrives); the frames between step the job with a larger slice. Each kind of frame keeps its own measured
// rest, and its slice is cut so that slice + rest aim at kFrameGapAimMs.
#pragma once

namespace sv::app {

class FramePacer {
public:
    enum class Kind : int { drawn = 0, work = 1 }; // work: steps the job, draws nothing

    // Whether the frame starting at `now_ms` draws. `busy`: a job runs (the progress screen is shown);
    // `input_pending`: input arrived since the last drawn frame. Always true when not busy, on input, when
    // drawing is cheap (a real GPU), and every kRedrawEveryMs.
    bool should_draw(double now_ms, bool busy, bool input_pending) const;
    // Starts a frame of `kind` at `now_ms`: the previous frame's rest (its interval minus its job time) is
    // recorded for its kind; returns the job's budget in this frame (ms).
    double begin(Kind kind, double now_ms);
    // The job's time in the frame begun last (ms).
    void job_done(double job_ms) { last_job_ms_ = job_ms; }

    double rest_ms(Kind kind) const { return rest_ms_[static_cast<int>(kind)]; } // last measured rest
    // Drawing a frame costs the browser kCheapDrawMs or more (then frames that only work exist).
    bool drawing_expensive() const { return rest_ms(Kind::drawn) >= kCheapDrawMs; }

    static constexpr double kFrameGapAimMs = 80.0;    // slice + rest aim at this (the target is 100 ms)
    static constexpr double kMinBudgetMs = 8.0;       // never less work than this in a frame
    static constexpr double kDrawnMaxBudgetMs = 33.0; // a drawn frame's slice (the UI needs the rest)
    static constexpr double kWorkMaxBudgetMs = 45.0;  // a frame that only works
    static constexpr double kRedrawEveryMs = 200.0;   // the progress screen, at least 5 times a second
    static constexpr double kCheapDrawMs = 20.0;      // a drawn frame's rest below this: draw every frame

private:
    double last_start_ms_ = 0; // start of the frame begun last (0: none yet)
    double last_job_ms_ = 0;   // the job's time in it
    Kind last_kind_ = Kind::drawn;
    double last_drawn_ms_ = -1e300; // start of the last drawn frame
    double rest_ms_[2] = {0, 0};    // per kind: the last frame's interval minus its job time
};

} // namespace sv::app
