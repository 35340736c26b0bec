// timeline_view.cpp — comments over time (time_chart.hpp), the legend, and the brushed range that filters
// every other view.
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/time_chart.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <cstdio>

namespace sv::app {

void draw_timeline_view(AppState& state) {
    static TimeChart chart;
    const Analysis& a = *state.current;
    const Palette& p = palette();
    const float s = ui_scale();
    view_title(state.fonts.bold, tr(Str::nav_timeline), tr(Str::timeline_help));
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
            line, sizeof line, tr(Str::selection_fmt), fmt_date_time(state.brush.from).c_str(),
            fmt_date_time(state.brush.to).c_str(),
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

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    draw_time_chart(chart, state, ImVec2(avail.x, std::max(200.0f * s, avail.y - 4 * s)));
}

} // namespace sv::app
