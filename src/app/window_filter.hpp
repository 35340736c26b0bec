// window_filter.hpp — the brushed time range applied to every view: the figures of the comments in the
// range (core/analytics/window_figures.hpp: criticism, fans, outsiders, themes, the self-driving gauge),
// computed by a resumable job a few milliseconds per frame whenever the brush changes, and the
// "filtered to <range> · clear" chip the views show while a range is brushed.
#pragma once
#include "core/analytics/window_figures.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace sv::app {

struct AppState;

// Work per frame on the window's figures (ms). The frame keeps the rest of its budget for the UI.
inline constexpr double kWindowBudgetMs = 6.0;
// The range's self-driving gauge fits at most the last this many comments of the range (the file's gauge:
// AnalyticsOptions::hawkes_max_events, 8,000). A fit is one slice of work that cannot be cut; with 4,000
// events it stays well within a frame even as WebAssembly on a busy machine (README "Brushed range").
inline constexpr size_t kWindowHawkesMaxEvents = 4000;

struct WindowFilter {
    std::unique_ptr<WindowFiguresJob> job; // running for (job_data, job_filter); null when idle
    uint64_t job_data = ~0ull, job_filter = ~0ull;
    std::unique_ptr<WindowFigures> figures; // the last finished figures, of (for_data, for_filter)
    uint64_t for_data = ~0ull, for_filter = ~0ull;
    double job_ms = 0;          // time spent in the running (or last) job, summed over its slices
    int job_frames = 0;         // frames it took
    double job_step_max_ms = 0; // the longest of its slices
};

// Starts a job when the case or the brush changed (dropping one still running), then steps it for at most
// `budget_ms`. Called once per frame, before the views.
void step_window_filter(AppState& state, double budget_ms);
// The figures of the brushed range when they are ready for the current brush; null when no range is
// brushed or they are still being computed (window_updating()).
const WindowFigures* window_figures(const AppState& state);
// A range is brushed and its figures are not ready yet.
bool window_updating(const AppState& state);
// The chip over a view while a range is brushed: "Filtered to <from – to> · Clear" (and "updating…" while
// the figures are computed). `whole_file`: the view shows the whole file (says so instead).
void draw_window_chip(AppState& state, bool whole_file = false);
// The window's figures as JSON (window.stormvakt.windowSummary()): null without a brush,
// {"updating": true, ...} while they are computed.
std::string window_summary_json(const AppState& state);

} // namespace sv::app
