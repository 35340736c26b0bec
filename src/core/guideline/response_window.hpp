// response_window.hpp — the response-window countdown: time since the onset against the first-hour target.
//
// "There are no 24 hours any more": a first public reaction is due within the first hour after the onset.
// The app shows this as a countdown (ticking with the wall clock: call response_window(onset, now, ...) each
// second); the brief prints it once.
#pragma once
#include "core/guideline/situation.hpp"

#include <string>

namespace sv {

enum class WindowPhase : uint8_t {
    no_onset = 0, // no onset detected (or no current time): no window is running
    open,         // more than `closing_minutes` left
    closing,      // `closing_minutes` or less left
    overdue,      // the target has passed
};

struct ResponseWindow {
    WindowPhase phase = WindowPhase::no_onset; // see WindowPhase
    int64_t onset = kNoTime;                   // UTC seconds of the onset
    int64_t deadline = kNoTime;                // UTC seconds: onset + target
    int32_t target_minutes = 60;               // the first-hour target
    int64_t seconds_since_onset = 0;           // now - onset (0 when no onset)
    int64_t seconds_left = 0;                  // deadline - now; negative when overdue
    double fraction_used = 0;                  // seconds_since_onset / target, clamped to 0..1 (for a bar)
    std::string label;                         // one line in the requested language
};

inline constexpr int32_t kFirstHourMinutes = 60;
inline constexpr int32_t kClosingMinutes = 15;

ResponseWindow response_window(int64_t onset, int64_t now, Lang lang,
                               int32_t target_minutes = kFirstHourMinutes);
ResponseWindow response_window(const Situation& s, int32_t target_minutes = kFirstHourMinutes);

// "25 min", "1 h 05 min" / "1 tim 05 min" / "1 Std. 05 Min." (minutes rounded down).
std::string format_duration(int64_t seconds, Lang lang);

} // namespace sv
