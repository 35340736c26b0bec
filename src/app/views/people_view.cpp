// people_view.cpp — who takes part: multipliers, fans and outsiders come from the analytics module; until
// it has run, the view lists the commenters with the largest following and how often they commented.
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <vector>

namespace sv::app {

void draw_people_view(AppState& state) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    view_title(state.fonts.bold, tr(Str::nav_people), nullptr);
    if (!a.analytics.present) notice(tr(Str::people_missing));
    ImGui::Dummy(ImVec2(0, 4 * ui_scale()));

    // Comments per author and the authors by following (built once per case).
    static uint64_t built_for = ~0ull;
    static std::vector<uint32_t> per_author;
    static std::vector<uint32_t> order;
    if (built_for != state.data_version) {
        built_for = state.data_version;
        per_author.assign(c.authors.size(), 0);
        for (size_t i = 0; i < c.size(); ++i)
            if (c.author[i] < per_author.size()) ++per_author[c.author[i]];
        order.clear();
        for (uint32_t i = 0; i < per_author.size(); ++i)
            if (per_author[i] > 0) order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
            const int64_t fx = c.followers_of_author(x), fy = c.followers_of_author(y);
            return fx != fy ? fx > fy : per_author[x] > per_author[y];
        });
    }
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::largest_following));
    ImGui::PopFont();
    const float s = ui_scale();
    if (ImGui::BeginTable("##people", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(Str::col_author), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::col_followers), ImGuiTableColumnFlags_WidthFixed, 140 * s);
        ImGui::TableSetupColumn(tr(Str::card_comments), ImGuiTableColumnFlags_WidthFixed, 120 * s);
        ImGui::TableHeadersRow();
        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(order.size()));
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const uint32_t au = order[i];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const auto name = c.authors.name(au);
                ImGui::TextUnformatted(name.data(), name.data() + name.size());
                ImGui::TableNextColumn();
                const int64_t f = c.followers_of_author(au);
                ImGui::TextUnformatted(f >= 0 ? fmt_int(f).c_str() : "\u2013");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(fmt_int(per_author[au]).c_str());
            }
        ImGui::EndTable();
    }
}

} // namespace sv::app
