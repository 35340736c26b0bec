// spread_view.cpp — how the storm spread: cascades and reach come from the analytics module; until it has
// run, the view shows what the file itself tells (replies linked to their parents, the comments with the
// most replies found in the file) and names what is missing.
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <vector>

namespace sv::app {

void draw_spread_view(AppState& state) {
    const Analysis& a = *state.current;
    view_title(state.fonts.bold, tr(Str::nav_spread), nullptr);
    if (!a.analytics.present) notice(tr(Str::spread_missing));
    ImGui::Dummy(ImVec2(0, 4 * ui_scale()));
    ImGui::Text("%s: %s", tr(Str::card_replies),
                fmt_int(static_cast<int64_t>(a.import.replies_linked)).c_str());

    // The comments with the most direct replies in the file (sorted once per case).
    static uint64_t built_for = ~0ull;
    static std::vector<uint32_t> top;
    if (built_for != state.data_version) {
        built_for = state.data_version;
        top.clear();
        for (uint32_t i = 0; i < state.prep.reply_count.size(); ++i)
            if (state.prep.reply_count[i] > 0) top.push_back(i);
        const size_t k = std::min<size_t>(50, top.size());
        std::partial_sort(top.begin(), top.begin() + k, top.end(), [&](uint32_t x, uint32_t y) {
            return state.prep.reply_count[x] > state.prep.reply_count[y];
        });
        top.resize(k);
    }
    if (top.empty()) return;
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::most_replied));
    ImGui::PopFont();
    const float s = ui_scale();
    if (ImGui::BeginTable("##toprep", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(Str::col_replies), ImGuiTableColumnFlags_WidthFixed, 80 * s);
        ImGui::TableSetupColumn(tr(Str::col_author), ImGuiTableColumnFlags_WidthFixed, 180 * s);
        ImGui::TableSetupColumn(tr(Str::col_text), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (uint32_t row : top) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fmt_int(state.prep.reply_count[row]).c_str());
            ImGui::TableNextColumn();
            const auto au = a.comments.author_of(row);
            ImGui::TextUnformatted(au.data(), au.data() + au.size());
            ImGui::TableNextColumn();
            const auto tx = a.comments.text_of(row);
            ImGui::PushID(static_cast<int>(row));
            if (ImGui::Selectable("##open", false,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap)) {
                state.open_thread_row = static_cast<int32_t>(row);
                state.view = View::comments;
            }
            ImGui::SameLine(0, 0);
            ImGui::TextUnformatted(tx.data(), tx.data() + tx.size());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

} // namespace sv::app
