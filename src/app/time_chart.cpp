// time_chart.cpp — see time_chart.hpp.
//
// [SECTION] Prepare
// [SECTION] Axis
// [SECTION] Overlays
// [SECTION] Draw and interaction
#include "app/time_chart.hpp"

#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/theme.hpp"
#include "core/analytics/timeline.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sv::app {
namespace {

// Analytics buckets before this have no baseline yet (timeline.hpp: kBaselineMinHistory).
constexpr size_t kBaselineMinHistoryForBand = kBaselineMinHistory;

constexpr int64_t kSteps[] = {60,       300,       900,   1800,      3600,      2 * 3600,   3 * 3600,
                              6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400};

int64_t floor_to(int64_t t, int64_t step) {
    const int64_t q = t >= 0 ? t / step : (t - step + 1) / step;
    return q * step;
}

} // namespace

int64_t choose_bucket_step(double span, float width) {
    const double max_buckets = std::max(1.0, std::min(300.0, static_cast<double>(width) / 4.0));
    for (int64_t s : kSteps)
        if (span / static_cast<double>(s) <= max_buckets) return s;
    return kSteps[sizeof kSteps / sizeof kSteps[0] - 1];
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Prepare
// ---------------------------------------------------------------------------------------------------------
void TimeChart::fit(const CasePrep& prep) {
    const double span = std::max<double>(3600.0, static_cast<double>(prep.t_max - prep.t_min));
    view_from = static_cast<double>(prep.t_min) - span * 0.02;
    view_to = static_cast<double>(prep.t_max) + span * 0.02;
}

void TimeChart::prepare(const CasePrep& prep, uint64_t data_version, float width) {
    const Key k{view_from, view_to, width, data_version};
    if (k == key) return;
    key = k;
    ++prepares;
    step = choose_bucket_step(view_to - view_from, width);
    buckets.clear();
    peak = 1;
    const int64_t first = floor_to(static_cast<int64_t>(std::floor(view_from)), step);
    for (int64_t t = first; static_cast<double>(t) < view_to; t += step) {
        TimeChartBucket b;
        b.from = t;
        b.total = prep.count(t, t + step);
        if (prep.has_labels()) b.labels = prep.count_labels(t, t + step);
        peak = std::max(peak, b.total);
        buckets.push_back(b);
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Axis
// ---------------------------------------------------------------------------------------------------------
namespace {

constexpr int64_t kTickSteps[] = {60,       300,       900,   1800,      3600,      2 * 3600,   3 * 3600,
                                  6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400};

// Ticks fall on round times of the clock shown (UTC or local: format.hpp), labels are in that clock.
void draw_axis(ImDrawList* dl, ImVec2 a, ImVec2 b, double from, double to, float axis_y) {
    const double off = static_cast<double>(display_offset_minutes()) * 60.0;
    from += off;
    to += off;
    const Palette& p = palette();
    const float s = ui_scale();
    const float w = b.x - a.x;
    const double px_per_s = w / (to - from);
    int64_t tick = kTickSteps[sizeof kTickSteps / sizeof kTickSteps[0] - 1];
    for (int64_t st : kTickSteps)
        if (st * px_per_s >= 64 * s) {
            tick = st;
            break;
        }
    const float fs = 13.0f * s;
    ImFont* font = ImGui::GetFont();
    // Level 1: ticks (times of day when ticks are under a day, dates otherwise).
    for (int64_t t = floor_to(static_cast<int64_t>(from), tick); t <= to; t += tick) {
        if (t < from) continue;
        const float x = a.x + static_cast<float>((t - from) * px_per_s);
        dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), p.border & 0x60FFFFFF);
        const std::string label = tick < 86400 ? fmt_time(t) : fmt_axis_day(t);
        dl->AddText(font, fs, ImVec2(x + 3 * s, axis_y + 2 * s), p.text_muted, label.c_str());
    }
    // Level 2: days over hours (only when level 1 shows times of day).
    if (tick < 86400) {
        float last_x = -1e9f;
        for (int64_t d = floor_to(static_cast<int64_t>(from), 86400); d <= to; d += 86400) {
            const float x = std::max(a.x, a.x + static_cast<float>((d - from) * px_per_s));
            const std::string label = fmt_axis_day(d);
            if (x - last_x < 90 * s) continue;
            last_x = x;
            if (d >= from)
                dl->AddLine(ImVec2(x, a.y), ImVec2(x, axis_y + 2 * fs + 8 * s), p.border, 1.5f * s);
            dl->AddText(ImGui::GetFont(), fs, ImVec2(x + 3 * s, axis_y + fs + 6 * s), p.text, label.c_str());
        }
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Overlays
// ---------------------------------------------------------------------------------------------------------
namespace {

const Timeline* analytics_timeline(const AppState& state) {
    const Analysis& an = *state.current;
    if (!an.analytics.present || an.analytics.timeline.size() == 0 ||
        an.analytics.timeline.bucket_seconds <= 0)
        return nullptr;
    return &an.analytics.timeline;
}

bool reach_known(const AppState& state) {
    return analytics_timeline(state) && state.current->analytics.people.followers_known &&
           !state.current->analytics.timeline.reach.empty() &&
           state.current->analytics.timeline.reach.back() > 0;
}

// Baseline band: for each analytics bucket, median +- 2 robust scales of the volume, rescaled from the
// analytics bucket width to the chart's (a count per bucket scales with the bucket's width).
void draw_baseline_band(const TimeChart& chart, const AppState& state, ImVec2 a, ImVec2 b, float vscale) {
    const Timeline* t = analytics_timeline(state);
    if (!t || t->baseline.size() != t->size()) return;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double px_per_s = (b.x - a.x) / (chart.view_to - chart.view_from);
    const float f = static_cast<float>(chart.step) / static_cast<float>(t->bucket_seconds);
    const ImU32 fill = (p.text_muted & 0x00FFFFFFu) | (0x30u << IM_COL32_A_SHIFT);
    const ImU32 line = (p.text_muted & 0x00FFFFFFu) | (0xB0u << IM_COL32_A_SHIFT);
    for (size_t i = kBaselineMinHistoryForBand; i < t->size(); ++i) {
        const double t0 = static_cast<double>(t->bucket_start(i)),
                     t1 = t0 + static_cast<double>(t->bucket_seconds);
        if (t1 < chart.view_from || t0 > chart.view_to) continue;
        const float x0 = a.x + static_cast<float>((t0 - chart.view_from) * px_per_s);
        const float x1 = a.x + static_cast<float>((t1 - chart.view_from) * px_per_s);
        const float m = t->baseline[i] * f, sc = t->baseline_scale[i] * f;
        const float y_hi = std::max(a.y, b.y - (m + 2 * sc) * vscale);
        const float y_lo = std::min(b.y, b.y - std::max(0.0f, m - 2 * sc) * vscale);
        const float y_m = std::max(a.y, b.y - m * vscale);
        dl->AddRectFilled(ImVec2(x0, y_hi), ImVec2(x1, y_lo), fill);
        dl->AddLine(ImVec2(x0, y_m), ImVec2(x1, y_m), line, 1.5f * ui_scale());
    }
}

void marker(ImDrawList* dl, float x, ImVec2 a, ImVec2 b, ImU32 col, const char* label, int row) {
    const float s = ui_scale();
    for (float y = a.y; y < b.y; y += 8 * s)
        dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(b.y, y + 4 * s)), col, 1.5f * s);
    const float fs = kFontSmall * s;
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, 0, label);
    const float ly = a.y + 2 * s + row * (fs + 6 * s);
    // The label sits right of the line, or left of it when it would run past the plot's right edge.
    const float lx = x + 10 * s + ts.x > b.x ? x - 10 * s - ts.x : x + 2 * s;
    dl->AddRectFilled(ImVec2(lx, ly), ImVec2(lx + 8 * s + ts.x, ly + fs + 4 * s), col, 3 * s);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(lx + 4 * s, ly + 2 * s), IM_COL32(255, 255, 255, 255), label);
}

// Onset and peak (analytics), and the team's notes.
void draw_markers(const TimeChart& chart, const AppState& state, ImVec2 a, ImVec2 b) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double px_per_s = (b.x - a.x) / (chart.view_to - chart.view_from);
    auto x_of = [&](int64_t t) {
        return a.x + static_cast<float>((static_cast<double>(t) - chart.view_from) * px_per_s);
    };
    if (const Timeline* t = analytics_timeline(state)) {
        const CrisisState& c = state.current->analytics.crisis;
        if (c.has_onset && c.onset_bucket < t->size())
            marker(dl, x_of(t->bucket_start(c.onset_bucket)), a, b, p.warning, tr(Str::marker_onset), 0);
        if (c.peak_bucket < t->size())
            marker(dl, x_of(t->bucket_start(c.peak_bucket)), a, b, p.negative, tr(Str::marker_peak), 1);
    }
    int row = 2;
    for (const Annotation& n : state.annotations.items) {
        marker(dl, x_of(n.at), a, b, p.accent, n.text.c_str(), row);
        row = row >= 4 ? 2 : row + 1;
    }
}

// Reach: cumulative followers of the distinct authors seen up to each analytics bucket's end, as a line on
// a second axis at the right. Returns false when reach is not known.
bool draw_reach(const TimeChart& chart, const AppState& state, ImVec2 a, ImVec2 b, float right_edge) {
    if (!reach_known(state)) return false;
    const Timeline& t = state.current->analytics.timeline;
    const Palette& p = palette();
    const float s = ui_scale();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double top = std::max(1.0, t.reach.back()) * 1.05;
    const double px_per_s = (b.x - a.x) / (chart.view_to - chart.view_from);
    const ImU32 col = p.accent;
    dl->PushClipRect(a, b, true);
    ImVec2 prev;
    bool have_prev = false;
    for (size_t i = 0; i < t.size(); ++i) {
        const double te = static_cast<double>(t.bucket_start(i) + t.bucket_seconds);
        const ImVec2 q(a.x + static_cast<float>((te - chart.view_from) * px_per_s),
                       b.y - static_cast<float>(t.reach[i] / top) * (b.y - a.y));
        if (have_prev) dl->AddLine(prev, q, col, 2.5f * s);
        prev = q;
        have_prev = true;
    }
    dl->PopClipRect();
    const float fs = kFontSmall * s;
    for (int i = 0; i <= 4; ++i) {
        const float y = b.y - (b.y - a.y) * i / 4.0f;
        const std::string lbl = fmt_compact(top * i / 4.0);
        dl->AddText(ImGui::GetFont(), fs, ImVec2(b.x + 8 * s, y - fs * 0.5f), col, lbl.c_str());
    }
    (void)right_edge;
    return true;
}

// Baseline and reach at a hovered bucket, and the notes inside it.
void tooltip_extras(const TimeChart& chart, const AppState& state, const TimeChartBucket& bk,
                    bool reach_drawn) {
    const Timeline* t = analytics_timeline(state);
    if (t) {
        const int64_t idx = floor_div(bk.from - t->start, t->bucket_seconds);
        if (idx >= static_cast<int64_t>(kBaselineMinHistoryForBand) &&
            idx < static_cast<int64_t>(t->size())) {
            const float f = static_cast<float>(chart.step) / static_cast<float>(t->bucket_seconds);
            ImGui::TextDisabled("%s: %s \u00B1 %s", tr(Str::baseline_label),
                                fmt_dec(t->baseline[idx] * f, 1).c_str(),
                                fmt_dec(2 * t->baseline_scale[idx] * f, 1).c_str());
        }
        if (reach_drawn && idx >= 0 && idx < static_cast<int64_t>(t->size()))
            ImGui::TextDisabled("%s: %s", tr(Str::reach_label),
                                fmt_int(static_cast<int64_t>(t->reach[idx])).c_str());
    }
    for (const Annotation& n : state.annotations.items)
        if (n.at >= bk.from && n.at < bk.from + chart.step) ImGui::Text("\u2691 %s", n.text.c_str());
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Draw and interaction
// ---------------------------------------------------------------------------------------------------------
void draw_time_chart(TimeChart& chart, AppState& state, ImVec2 size) {
    const Palette& p = palette();
    const float s = ui_scale();
    const CasePrep& prep = state.prep;
    if (chart.view_for_data != state.data_version) {
        chart.fit(prep);
        chart.view_for_data = state.data_version;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float axis_h = 44 * s;
    const float left = 56 * s; // y labels
    const bool reach_axis = chart.show_reach && reach_known(state);
    const float right = (reach_axis ? 64 : 8) * s; // reach labels
    const ImVec2 a(origin.x + left, origin.y + 8 * s);
    const ImVec2 b(origin.x + size.x - right, origin.y + size.y - axis_h);
    chart.rect_min = origin;
    chart.rect_max = ImVec2(origin.x + size.x, origin.y + size.y);
    const float w = b.x - a.x, h = b.y - a.y;
    if (w < 20 || h < 20) {
        ImGui::Dummy(size);
        return;
    }
    dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), p.surface, 10 * s);

    // --- interaction ---
    ImGui::SetCursorScreenPos(a);
    ImGui::InvisibleButton("##chart", ImVec2(w, h),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    const double span = chart.view_to - chart.view_from;
    auto time_at = [&](float x) { return chart.view_from + (x - a.x) / w * span; };
    if (hovered && io.MouseWheel != 0.0f) {
        const double t = time_at(io.MousePos.x);
        const double f = std::pow(0.85, io.MouseWheel);
        const double new_span = std::clamp(span * f, 600.0, 5.0 * 365 * 86400);
        const double frac = (t - chart.view_from) / span;
        chart.view_from = t - frac * new_span;
        chart.view_to = chart.view_from + new_span;
    }
    const bool brush_button =
        ImGui::IsItemActive() && (io.KeyShift || ImGui::IsMouseDown(ImGuiMouseButton_Right));
    if (ImGui::IsItemActivated() && (io.KeyShift || ImGui::IsMouseClicked(ImGuiMouseButton_Right))) {
        chart.brushing = true;
        chart.brush_anchor = time_at(io.MousePos.x);
    }
    if (chart.brushing) {
        if (brush_button || ImGui::IsItemActive()) {
            const double t = time_at(std::clamp(io.MousePos.x, a.x, b.x));
            const double lo = std::min(chart.brush_anchor, t), hi = std::max(chart.brush_anchor, t);
            if (hi - lo > 0) state.set_brush({static_cast<int64_t>(lo), static_cast<int64_t>(std::ceil(hi))});
        } else {
            chart.brushing = false;
        }
    } else if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        const double dt = -io.MouseDelta.x / w * span;
        chart.view_from += dt;
        chart.view_to += dt;
    }
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) chart.fit(prep);

    // --- prepare, then draw ---
    chart.prepare(prep, state.data_version, w);
    const double from = chart.view_from, to = chart.view_to;
    const double px_per_s = w / (to - from);
    dl->PushClipRect(ImVec2(a.x, a.y - 4 * s), ImVec2(b.x, b.y + axis_h), true);
    // y grid
    const float fs = 13.0f * s;
    for (int i = 1; i <= 4; ++i) {
        const float y = b.y - h * i / 4.0f;
        dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), p.border & 0x50FFFFFF);
    }
    dl->PopClipRect();
    for (int i = 0; i <= 4; ++i) {
        const float y = b.y - h * i / 4.0f;
        const std::string lbl = fmt_int(static_cast<int64_t>(std::llround(chart.peak * i / 4.0)));
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, 0, lbl.c_str());
        dl->AddText(ImGui::GetFont(), fs, ImVec2(a.x - ts.x - 8 * s, y - ts.y * 0.5f), p.text_muted,
                    lbl.c_str());
    }
    dl->PushClipRect(a, ImVec2(b.x, b.y + axis_h), true);
    // brushed range
    if (state.brush.active()) {
        const float x0 = a.x + static_cast<float>((state.brush.from - from) * px_per_s);
        const float x1 = a.x + static_cast<float>((state.brush.to - from) * px_per_s);
        dl->AddRectFilled(ImVec2(x0, a.y), ImVec2(x1, b.y), p.accent_soft);
        dl->AddLine(ImVec2(x0, a.y), ImVec2(x0, b.y), p.accent, 1.5f * s);
        dl->AddLine(ImVec2(x1, a.y), ImVec2(x1, b.y), p.accent, 1.5f * s);
    }
    const bool labels = prep.has_labels();
    const float bw = static_cast<float>(chart.step * px_per_s);
    const float gap = bw > 6 * s ? 1.0f * s : 0.0f;
    const float vscale = h / static_cast<float>(chart.peak);
    if (chart.show_baseline) draw_baseline_band(chart, state, a, b, vscale);
    int hover_i = -1;
    for (int i = 0; i < static_cast<int>(chart.buckets.size()); ++i) {
        const TimeChartBucket& bk = chart.buckets[i];
        const float x0 = a.x + static_cast<float>((bk.from - from) * px_per_s);
        const float x1 = x0 + bw - gap;
        if (hovered && io.MousePos.x >= x0 && io.MousePos.x < x0 + bw) hover_i = i;
        if (!bk.total) continue;
        const float scale = h / static_cast<float>(chart.peak);
        // With a selection, the bars outside it fade so the selected range stands out.
        const bool faded = state.brush.active() && !state.brush.contains(bk.from);
        const auto fade = [faded](ImU32 c) {
            return faded ? (c & 0x00FFFFFFu) | (0x55u << IM_COL32_A_SHIFT) : c;
        };
        if (labels) {
            // negative at the bottom (the part that matters), then neutral, then positive
            float y = b.y;
            const ImU32 cols[3] = {fade(p.negative), fade(p.neutral), fade(p.positive)};
            for (int l = 0; l < 3; ++l) {
                const float hh = bk.labels[l] * scale;
                if (hh > 0) dl->AddRectFilled(ImVec2(x0, y - hh), ImVec2(x1, y), cols[l]);
                y -= hh;
            }
        } else {
            dl->AddRectFilled(ImVec2(x0, b.y - bk.total * scale), ImVec2(x1, b.y), fade(p.accent));
        }
    }
    draw_axis(dl, a, b, from, to, b.y);
    draw_markers(chart, state, a, b);
    dl->PopClipRect();
    dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), p.border, 1.0f * s);
    const bool reach_drawn = chart.show_reach && draw_reach(chart, state, a, b, origin.x + size.x);

    // hover tooltip with exact numbers
    if (hover_i >= 0 && !ImGui::IsItemActive()) {
        const TimeChartBucket& bk = chart.buckets[hover_i];
        const float x0 = a.x + static_cast<float>((bk.from - from) * px_per_s);
        dl->AddRect(ImVec2(x0, a.y), ImVec2(x0 + bw, b.y), p.text_muted);
        ImGui::BeginTooltip();
        ImGui::Text("%s \u2013 %s %s", fmt_date_time(shown(bk.from)).c_str(),
                    fmt_time(shown(bk.from + chart.step)).c_str(), clock_label().c_str());
        ImGui::Text("%s: %s", tr(Str::card_comments), fmt_int(static_cast<int64_t>(bk.total)).c_str());
        if (labels) {
            const Str names[3] = {Str::label_negative, Str::label_neutral, Str::label_positive};
            const ImU32 cols[3] = {p.negative, p.neutral, p.positive};
            for (int l = 2; l >= 0; --l) {
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(cols[l]));
                ImGui::Text("%s: %s", tr(names[l]), fmt_int(static_cast<int64_t>(bk.labels[l])).c_str());
                ImGui::PopStyleColor();
            }
        }
        tooltip_extras(chart, state, bk, reach_drawn);
        ImGui::EndTooltip();
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(size);
}

} // namespace sv::app
