// analytics_report_parts.hpp — pieces of the analytics report (analytics_report.cpp) that other reports
// reuse: the fans / critics / outsiders keys, the themes object, and the figures of a time window (the
// app's window.stormvakt.windowSummary()), all in the shapes `stormvakt analyze` prints.
#pragma once
#include "core/analytics/window_figures.hpp"
#include "core/report/analyze_report.hpp"

namespace sv {

// "fans", "critics", "outsider_share", "newcomer_authors" (and their "_reason" keys) into `out`.
void append_fans_and_outsiders_report(const CommentStore& c, const PeopleStats& p, Json& out);
// {"negative": [...], "constructive": [...]} (null with a "_reason" when not available).
Json themes_report(const CommentStore& c, const ThemeSet& negative, const ThemeSet& constructive);
// The figures of a window: from, to, comments, authors, shares (null below kWindowMinComments comments),
// fans, critics, outsider_share, themes, branching_ratio (+ ci, gauge reason).
Json window_figures_report(const Analysis& a, const WindowFigures& w);

} // namespace sv
