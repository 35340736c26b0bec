// timeline_view.cpp — comments over time (time_chart.hpp) with the baseline band, onset and peak markers and
// reach on a second axis; the legend, the clock (UTC or local), the team's notes ("we posted a statement"),
// the PNG export, and the brushed range that filters every other view.
#include "app/exports.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/time_chart.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <cstdio>
#include <cstring>

namespace sv::app {

void draw_timeline_view(AppState& state) {
    static TimeChart chart;
    const Analysis& a = *state.current;
    const Palette& p = palette();
    const float s = ui_scale();
    view_title(state.fonts.bold, tr(Str::nav_timeline), tr(Str::timeline_help));
    draw_window_chip(state);
    if (!state.prep.has_times()) {
        notice(tr(Str::no_timestamps));
        return;
    }
    if (!a.sentiment.present()) notice(tr(Str::timeline_volume_only));
    if (!a.analytics.present) notice(tr(Str::timeline_markers_missing));

    // Legend and the selection
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto swatch = [&](ImU32 col, const char* label) {
        const ImVec2 c = ImGui::GetCursorScreenPos();
        const float sz = 10 * s;
        dl->AddRectFilled(ImVec2(c.x, c.y + (ImGui::GetTextLineHeight() - sz) * 0.5f + 3 * s),
                          ImVec2(c.x + sz, c.y + (ImGui::GetTextLineHeight() + sz) * 0.5f + 3 * s), col,
                          2 * s);
        ImGui::Dummy(ImVec2(sz, 0));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine(0, 18 * s);
    };
    if (a.sentiment.present()) {
        swatch(p.negative, tr(Str::label_negative));
        swatch(p.neutral, tr(Str::label_neutral));
        swatch(p.positive, tr(Str::label_positive));
    } else {
        swatch(p.accent, tr(Str::card_comments));
    }
    char line[256];
    if (state.brush.active()) {
        std::snprintf(
            line, sizeof line, tr(Str::selection_fmt), fmt_date_time(shown(state.brush.from)).c_str(),
            fmt_date_time(shown(state.brush.to)).c_str(),
            fmt_int(static_cast<int64_t>(state.prep.count(state.brush.from, state.brush.to))).c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(line);
        ImGui::SameLine();
        std::snprintf(line, sizeof line, "%s  %s", icon::kClose, tr(Str::clear_selection));
        if (ImGui::SmallButton(line)) state.set_brush({});
        ImGui::SameLine();
    }
    std::snprintf(line, sizeof line, "%s / %s", tr(Str::bucket_label), fmt_duration(chart.step).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", line);
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Str::reset_zoom))) chart.fit(state.prep);

    // Second line: overlays, the clock, the PNG export.
    if (a.analytics.present) {
        ImGui::Checkbox(tr(Str::baseline_label), &chart.show_baseline);
        ImGui::SameLine(0, 18 * s);
        if (a.analytics.people.followers_known) {
            ImGui::Checkbox(tr(Str::reach_label), &chart.show_reach);
            ImGui::SameLine(0, 18 * s);
        }
    }
    if (ImGui::RadioButton(tr(Str::clock_utc), !state.time_local)) state.time_local = false;
    ImGui::SameLine();
    std::snprintf(line, sizeof line, "%s (%s)", tr(Str::clock_local),
                  fmt_offset(platform::local_utc_offset_minutes(state.prep.t_max)).c_str());
    if (ImGui::RadioButton(line, state.time_local)) state.time_local = true;
    ImGui::SameLine(0, 18 * s);
    const bool save_png = png_button("timeline");

    // Third line: the team's notes.
    static char note[200] = "";
    const int64_t note_at = state.brush.active() ? state.brush.from : state.prep.t_max;
    ImGui::SetNextItemWidth(280 * s);
    const bool enter = ImGui::InputTextWithHint("##note", tr(Str::annotation_hint), note, sizeof note,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::annotation_help));
    ImGui::SameLine();
    std::snprintf(line, sizeof line, tr(Str::annotation_at_fmt), fmt_date_time(shown(note_at)).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", line);
    ImGui::SameLine();
    std::snprintf(line, sizeof line, "\uE145  %s", tr(Str::annotation_add)); // add
    if ((ImGui::Button(line) || enter) && note[0] != '\0') {
        state.annotations.add(note_at, note);
        note[0] = '\0';
    }
    for (size_t i = 0; i < state.annotations.items.size(); ++i) {
        const Annotation& n = state.annotations.items[i];
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        std::snprintf(line, sizeof line, "\u2691 %s %s  %s", fmt_time(shown(n.at)).c_str(), n.text.c_str(),
                      icon::kClose);
        if (ImGui::SmallButton(line)) {
            state.annotations.remove(i);
            ImGui::PopID();
            break;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::remove));
        ImGui::PopID();
    }

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    draw_time_chart(chart, state, ImVec2(avail.x, std::max(200.0f * s, avail.y - 4 * s)));
    if (save_png) download_chart_png(a, "timeline", chart.rect_min, chart.rect_max);
}

} // namespace sv::app
