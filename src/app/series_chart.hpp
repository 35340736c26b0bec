// series_chart.hpp — a small chart of one value per analytics bucket over time (reach, outsider share):
// a filled line on a rounded surface, y labels, day labels, the onset marker, and a hover tooltip with the
// exact value. The series has at most a few hundred points (analytics buckets), so it is drawn directly.
#pragma once
#include "app/app.hpp"

#include <string>

namespace sv::app {

struct SeriesSpec {
    const Timeline* timeline = nullptr;   // bucket times (start, bucket_seconds, size)
    const double* values_d = nullptr;     // one value per bucket (either this ...)
    const float* values_f = nullptr;      // (... or this); values < 0 are gaps
    bool percent = false;                 // values are shares 0..1: labels in %
    ImU32 color = 0;                      // line colour (0 = accent)
    const char* value_label = "";         // name of the value in the tooltip
    int64_t onset = INT64_MIN;            // onset time to mark (INT64_MIN: none)
    int64_t range_from = 0, range_to = 0; // a brushed range: only its buckets are shown (from >= to: all)
};

// Draws the chart into `size` at the cursor; returns the screen rectangle it used (for the PNG export).
void draw_series_chart(const char* id, const SeriesSpec& spec, ImVec2 size, ImVec2* rect_min,
                       ImVec2* rect_max);

} // namespace sv::app
