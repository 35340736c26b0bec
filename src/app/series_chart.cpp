#include "app/series_chart.hpp"

#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/theme.hpp"
#include "core/analytics/timeline.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace sv::app {

void draw_series_chart(const char* id, const SeriesSpec& spec, ImVec2 size, ImVec2* rect_min,
                       ImVec2* rect_max) {
    const Palette& p = palette();
    const float s = ui_scale();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    if (rect_min) *rect_min = o;
    if (rect_max) *rect_max = ImVec2(o.x + size.x, o.y + size.y);
    dl->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), p.surface, 10 * s);
    dl->AddRect(o, ImVec2(o.x + size.x, o.y + size.y), p.border, 10 * s);
    ImGui::PushID(id);
    ImGui::InvisibleButton("##series", size);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const Timeline* t = spec.timeline;
    if (!t || t->size() == 0 || t->bucket_seconds <= 0) return;
    // The buckets shown: all, or those overlapping the brushed range.
    size_t i0 = 0, i1 = t->size();
    if (spec.range_from < spec.range_to) {
        const int64_t bs = t->bucket_seconds;
        const int64_t first = floor_div(spec.range_from - t->start, bs);
        const int64_t last = floor_div(spec.range_to - 1 - t->start, bs) + 1;
        i0 = static_cast<size_t>(std::clamp<int64_t>(first, 0, static_cast<int64_t>(i1) - 1));
        i1 = static_cast<size_t>(
            std::clamp<int64_t>(last, static_cast<int64_t>(i0) + 1, static_cast<int64_t>(i1)));
    }
    const size_t n = i1 - i0;
    auto value = [&](size_t i) -> double {
        return spec.values_d   ? spec.values_d[i]
               : spec.values_f ? static_cast<double>(spec.values_f[i])
                               : -1.0;
    };
    double top = 0;
    for (size_t i = i0; i < i1; ++i) top = std::max(top, value(i));
    if (spec.percent) top = std::min(1.0, std::max(0.1, std::ceil(top * 10.0) / 10.0)); // a round 10 % step
    if (top <= 0) top = 1;
    const float fs = kFontSmall * s;
    const ImVec2 a(o.x + 56 * s, o.y + 12 * s);
    const ImVec2 b(o.x + size.x - 12 * s, o.y + size.y - fs - 14 * s);
    const float w = b.x - a.x, h = b.y - a.y;
    if (w < 20 || h < 20) return;
    const double t0 = static_cast<double>(t->bucket_start(i0));
    const double span = static_cast<double>(n) * static_cast<double>(t->bucket_seconds);
    auto x_of = [&](double at) { return a.x + static_cast<float>((at - t0) / span) * w; };
    auto y_of = [&](double v) { return b.y - static_cast<float>(v / top) * h; };
    auto label = [&](double v) { return spec.percent ? fmt_pct(v, 0) : fmt_compact(v); };
    for (int i = 0; i <= 2; ++i) {
        const double v = top * i / 2.0;
        const float y = y_of(v);
        dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), p.border & 0x60FFFFFF);
        const std::string l = label(v);
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, 0, l.c_str());
        dl->AddText(ImGui::GetFont(), fs, ImVec2(a.x - ts.x - 8 * s, y - ts.y * 0.5f), p.text_muted,
                    l.c_str());
    }
    // day labels at the start and the end of the file's time span
    const std::string first = fmt_axis_day(shown(t->bucket_start(i0)));
    const std::string last = fmt_axis_day(shown(t->bucket_start(i0) + static_cast<int64_t>(span) - 1));
    dl->AddText(ImGui::GetFont(), fs, ImVec2(a.x, b.y + 6 * s), p.text_muted, first.c_str());
    const ImVec2 ls = ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, 0, last.c_str());
    dl->AddText(ImGui::GetFont(), fs, ImVec2(b.x - ls.x, b.y + 6 * s), p.text_muted, last.c_str());
    if (spec.onset != INT64_MIN && spec.onset >= t0 && spec.onset < t0 + span) {
        const float xo = x_of(static_cast<double>(spec.onset));
        dl->AddLine(ImVec2(xo, a.y), ImVec2(xo, b.y), p.warning, 1.5f * s);
        dl->AddText(ImGui::GetFont(), fs, ImVec2(xo + 4 * s, a.y), p.warning, tr(Str::marker_onset));
    }
    const ImU32 col = spec.color ? spec.color : p.accent;
    const ImU32 fill = (col & 0x00FFFFFFu) | (0x40u << IM_COL32_A_SHIFT);
    ImVec2 prev;
    bool have = false;
    // The fill is drawn without anti-aliased edges: neighbouring quads would otherwise show seams.
    const ImDrawListFlags keep_flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (size_t i = i0; i < i1; ++i) {
        const double v = value(i);
        if (v < 0) {
            have = false;
            continue;
        }
        const ImVec2 q(x_of(t0 + (static_cast<double>(i - i0) + 0.5) * t->bucket_seconds), y_of(v));
        if (have) {
            dl->AddQuadFilled(prev, q, ImVec2(q.x, b.y), ImVec2(prev.x, b.y), fill);
            dl->AddLine(prev, q, col, 2.0f * s);
        }
        prev = q;
        have = true;
    }
    dl->Flags = keep_flags;
    dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), p.border, 1.0f * s);
    if (hovered) {
        const float mx = ImGui::GetIO().MousePos.x;
        const int64_t k = static_cast<int64_t>(std::floor((mx - a.x) / w * static_cast<float>(n)));
        const int64_t i = k + static_cast<int64_t>(i0);
        if (k >= 0 && k < static_cast<int64_t>(n) && value(static_cast<size_t>(i)) >= 0) {
            const float x = x_of(t0 + (static_cast<double>(k) + 0.5) * t->bucket_seconds);
            dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), p.text_muted);
            const int64_t from = t->bucket_start(static_cast<size_t>(i));
            ImGui::BeginTooltip();
            ImGui::Text("%s \u2013 %s %s", fmt_date_time(shown(from)).c_str(),
                        fmt_time(shown(from + t->bucket_seconds)).c_str(), clock_label().c_str());
            const double v = value(static_cast<size_t>(i));
            ImGui::Text("%s: %s", spec.value_label,
                        spec.percent ? fmt_pct(v, 1).c_str()
                                     : fmt_int(static_cast<int64_t>(std::llround(v))).c_str());
            ImGui::EndTooltip();
        }
    }
}

} // namespace sv::app
