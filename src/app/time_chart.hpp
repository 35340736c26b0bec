// time_chart.hpp — the timeline chart widget: comments per time bucket as stacked sentiment bars (or plain
// volume when sentiment is not there), a time axis with two label levels (hours over days) in UTC or local
// time (format.hpp display clock), wheel zoom, drag to pan, Shift+drag (or right-drag) to brush a range,
// and a hover tooltip with exact numbers. Overlays from the analytics module: the baseline band (median
// +- 2 robust scales, rescaled to the chart's bucket width), onset and peak markers, reach on a second axis;
// and the team's notes (annotations.hpp) as flagged markers.
//
// Prepare, then draw: the buckets are counted only when the key (visible range, width, data and filter
// version) changes, from CasePrep's sorted times and prefix counts (O(buckets · log n)); bucket width is a
// round unit (1 min … 1 week) chosen so a bucket is at least 4 px wide (at most ~2 points per pixel).
#pragma once
#include "app/app.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace sv::app {

struct TimeChartBucket {
    int64_t from = 0;                 // bucket start (UTC s)
    uint64_t total = 0;               // comments in [from, from + step)
    std::array<uint64_t, 3> labels{}; // negative, neutral, positive (when the case has sentiment)
};

struct TimeChart {
    // --- view (changed by interaction) ---
    double view_from = 0, view_to = 0; // visible time range (UTC s)
    uint64_t view_for_data = ~0ull;    // data_version the view was fitted to

    // --- prepared (cache) ---
    struct Key {
        double from = 0, to = 0;
        float width = 0;
        uint64_t data = ~0ull;
        bool operator==(const Key&) const = default;
    } key;
    int64_t step = 3600;                  // bucket width (s)
    std::vector<TimeChartBucket> buckets; // visible buckets, in time order
    uint64_t peak = 1;                    // largest bucket total (y scale)
    uint64_t prepares = 0;                // how often prepare ran (for tests / diagnostics)

    // --- overlays (views branch) ---
    bool show_baseline = true;     // the baseline band
    bool show_reach = true;        // reach as a line on the right axis (when followers are known)
    ImVec2 rect_min{}, rect_max{}; // where the chart was drawn last (for the PNG export)

    // --- brushing in progress ---
    bool brushing = false;
    double brush_anchor = 0;

    void fit(const CasePrep& prep);
    void prepare(const CasePrep& prep, uint64_t data_version, float width);
};

// Draws the chart into a region of `size` at the cursor; may change state.brush.
void draw_time_chart(TimeChart& chart, AppState& state, ImVec2 size);

// The bucket width for a visible span and plot width: the smallest round unit with buckets >= 4 px wide.
int64_t choose_bucket_step(double span_seconds, float width_px);

} // namespace sv::app
