// exports.hpp — files the app hands to the user (issue 8): scored comments as CSV (formula-escaped by the
// core's writer), metrics as JSON (the `analyze` report), the crisis brief as HTML or Markdown, and each
// chart as PNG. All go through platform::download (a local Blob in the browser): nothing is uploaded.
#pragma once
#include "app/case_insights.hpp"
#include "core/pipeline/analysis.hpp"

#include "imgui.h"

#include <string>

namespace sv::app {

// The file name stem of the case: "comments.csv" -> "comments" (safe characters only).
std::string export_stem(const Analysis& a);

std::string scored_csv_text(const Analysis& a);
void download_scored_csv(const Analysis& a);   // <stem>-scored.csv
void download_metrics_json(const Analysis& a); // <stem>-metrics.json
// <stem>-brief.html / .md in the insights' language; `generated_at` UTC seconds (kNoTime: not shown).
void download_brief(const Analysis& a, const CaseInsights& insights, bool html, int64_t generated_at);
// <stem>-<chart>.png: the screen rectangle [min, max) of the frame being drawn.
void download_chart_png(const Analysis& a, const char* chart, ImVec2 min, ImVec2 max);

// A small "PNG" button (in the layout flow, e.g. on a chart's title line); true when clicked. The caller
// draws the chart and then calls download_chart_png with its rectangle in the same frame.
bool png_button(const char* id);

} // namespace sv::app
