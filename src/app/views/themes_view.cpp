// themes_view.cpp — terms and phrases of negative and of constructive criticism, from the analytics module
// (weighted log-odds with an informative prior, z-scores: DESIGN.md), each with example comments. Until the
// module has run, the view says so.
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/insight_widgets.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace sv::app {
namespace {

// One theme set as a list of terms with a z bar; the selected term shows its example comments.
void theme_column(AppState& state, const char* id, const char* key_name, const char* title,
                  const ThemeSet& set, ImU32 color, int& selected, float width, float height) {
    const Analysis& a = *state.current;
    const CommentStore& c = a.comments;
    const Palette& p = palette();
    const float s = ui_scale();
    begin_panel(id, width, height);
    char note[160];
    std::snprintf(note, sizeof note, "%s / %s %s", fmt_int(static_cast<int64_t>(set.comments_in)).c_str(),
                  fmt_int(static_cast<int64_t>(set.comments_out)).c_str(), tr(Str::col_time_in_group));
    section_title(state.fonts.bold, title, set.available ? note : nullptr);
    if (!set.available) {
        notice(set.reason.empty() ? tr(Str::themes_missing) : reason_or(set.why, set.reason).c_str());
        end_panel();
        return;
    }
    if (set.terms.empty()) {
        notice(tr(Str::themes_none));
        end_panel();
        return;
    }
    if (!set.reason.empty())
        ImGui::TextDisabled("%s", reason_or(set.why, set.reason).c_str()); // e.g. a sample
    double zmax = 1;
    for (const ThemeTerm& t : set.terms) zmax = std::max(zmax, t.z);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float inner = ImGui::GetContentRegionAvail().x;
    const float bar_w = inner * 0.35f;
    const KeyNav nav = table_keys(key_name, selected, static_cast<int>(set.terms.size())); // app8
    for (int i = 0; i < static_cast<int>(set.terms.size()); ++i) {
        const ThemeTerm& t = set.terms[static_cast<size_t>(i)];
        ImGui::PushID(i);
        key_row(nav, i, t.term);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##term", selected == i, 0, ImVec2(inner, 0))) {
            key_clicked(nav, selected, i);
            if (selected == nav.selected) selected = -1; // a second click closes its examples
        }
        const float lh = ImGui::GetTextLineHeight();
        const float bw = bar_w * static_cast<float>(std::max(0.0, t.z) / zmax);
        dl->AddRectFilled(ImVec2(at.x, at.y + 3 * s), ImVec2(at.x + bw, at.y + lh - 2 * s),
                          (color & 0x00FFFFFFu) | (0x90u << IM_COL32_A_SHIFT), 3 * s);
        char right[96];
        std::snprintf(right, sizeof right, "z %s \u00B7 %s\u00D7", fmt_dec(t.z, 1).c_str(),
                      fmt_int(t.count_in).c_str());
        const ImVec2 rs = ImGui::CalcTextSize(right);
        // The term between its bar and the figures (a long phrase ends in "…", whole on hover).
        draw_fitted_text(dl, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + bar_w + 10 * s, at.y),
                         p.text, t.term, inner - bar_w - 10 * s - rs.x - 8 * s);
        dl->AddText(ImVec2(at.x + inner - rs.x, at.y), p.text_muted, right);
        if (selected == i) {
            ImGui::Indent(bar_w + 10 * s);
            ImGui::TextDisabled("%s", tr(Str::examples));
            for (int32_t row : t.examples) {
                if (row < 0 || static_cast<size_t>(row) >= c.size()) continue;
                const auto au = c.author_of(static_cast<size_t>(row));
                const auto tx = c.text_of(static_cast<size_t>(row));
                // The author line opens the comment in its thread (Comments view).
                ImGui::PushID(row);
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
                char who[256];
                std::snprintf(who, sizeof who, "%.*s  \u2192 %s", static_cast<int>(au.size()), au.data(),
                              tr(Str::thread_title));
                if (fitted_selectable("who", who, false)) {
                    state.open_thread_row = row;
                    state.view = View::comments;
                }
                ImGui::PopStyleColor();
                ImGui::PopID();
                ImGui::PushTextWrapPos(0);
                ImGui::TextUnformatted(tx.data(), tx.data() + tx.size());
                ImGui::PopTextWrapPos();
                ImGui::Dummy(ImVec2(0, 2 * s));
            }
            ImGui::Unindent(bar_w + 10 * s);
        }
        ImGui::PopID();
    }
    end_panel();
}

} // namespace

void draw_themes_view(AppState& state) {
    static int selected_negative = 0, selected_constructive = 0;
    static uint64_t selected_for = ~0ull;
    const Analysis& a = *state.current;
    view_title(state.fonts.bold, tr(Str::nav_themes), a.analytics.present ? tr(Str::themes_help) : nullptr);
    if (!a.sentiment.present()) notice(tr(Str::sentiment_missing));
    if (!a.analytics.present) {
        notice(tr(Str::themes_missing));
        return;
    }
    draw_window_chip(state);
    // A brushed range: the terms of its comments (a new selection starts at the first term again).
    static uint64_t selected_filter = ~0ull;
    if (selected_for != state.data_version || selected_filter != state.filter_version) {
        selected_for = state.data_version;
        selected_filter = state.filter_version;
        selected_negative = selected_constructive = 0;
    }
    if (window_updating(state)) {
        ImGui::TextDisabled("%s", tr(Str::window_updating));
        return;
    }
    const WindowFigures* wf = window_figures(state);
    const ThemeSet& negative = wf ? wf->themes_negative : a.analytics.themes_negative;
    const ThemeSet& constructive = wf ? wf->themes_constructive : a.analytics.themes_constructive;
    const Palette& p = palette();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - gap) / 2;
    const float h = std::max(240.0f * ui_scale(), ImGui::GetContentRegionAvail().y - 4 * ui_scale());
    theme_column(state, "##neg", "themes.negative", tr(Str::themes_negative), negative, p.negative,
                 selected_negative, w, h);
    ImGui::SameLine();
    theme_column(state, "##con", "themes.constructive", tr(Str::themes_constructive), constructive, p.accent,
                 selected_constructive, w, h);
}

} // namespace sv::app
