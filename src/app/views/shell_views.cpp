// shell_views.cpp — the screens around a case: the sidebar, the progress screen while a file is analysed,
// and the error screen when it fails.
//
// [SECTION] Sidebar
// [SECTION] Progress
// [SECTION] Error
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/reason_text.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace sv::app {
namespace {

struct NavItem {
    View view;
    const char* icon;
    Str label;
};
const NavItem kNav[] = {
    {View::overview, icon::kDashboard, Str::nav_overview},
    {View::guideline, "\uE85D", Str::nav_guideline}, // assignment (views branch)
    {View::timeline, icon::kTimeline, Str::nav_timeline},
    {View::comments, icon::kForum, Str::nav_comments},
    {View::spread, icon::kShare, Str::nav_spread},
    {View::people, icon::kPeople, Str::nav_people},
    {View::themes, icon::kLabel, Str::nav_themes},
    {View::import, icon::kDescription, Str::nav_import},
};

const char* phase_label(const char* phase) {
    if (std::strcmp(phase, "import") == 0) return tr(Str::phase_import);
    if (std::strcmp(phase, "score") == 0) return tr(Str::phase_score);
    return tr(Str::phase_analyze);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Sidebar
// ---------------------------------------------------------------------------------------------------------
void draw_sidebar(AppState& state, float width) {
    const Palette& p = palette();
    const float s = ui_scale();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::BeginChild("##sidebar", ImVec2(width, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Brand
    const ImVec2 o = ImGui::GetCursorScreenPos();
    dl->AddText(state.fonts.body, 26 * s, ImVec2(o.x, o.y), p.accent, icon::kBolt);
    dl->AddText(state.fonts.bold, kFontH2 * s, ImVec2(o.x + 30 * s, o.y + 1 * s), p.text, "Stormvakt");
    ImGui::Dummy(ImVec2(0, 30 * s));
    // The case
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(state.current->source_name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Text("%s %s", fmt_int(static_cast<int64_t>(state.current->comments.size())).c_str(),
                tr(Str::unit_comments));
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, 6 * s));

    const float item_h = 38 * s;
    for (const NavItem& item : kNav) {
        const bool selected = state.view == item.view;
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        ImGui::PushID(static_cast<int>(item.view));
        if (ImGui::InvisibleButton("##nav", ImVec2(w, item_h))) state.view = item.view;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (selected || hovered)
            dl->AddRectFilled(a, ImVec2(a.x + w, a.y + item_h), selected ? p.accent_soft : p.surface_hover,
                              8 * s);
        if (selected) dl->AddRectFilled(a, ImVec2(a.x + 3 * s, a.y + item_h), p.accent, 2 * s);
        const ImU32 col = selected ? p.accent : p.text;
        dl->AddText(state.fonts.body, 20 * s, ImVec2(a.x + 12 * s, a.y + (item_h - 20 * s) * 0.5f + 2 * s),
                    col, item.icon);
        const float fs = kFontBody * s;
        draw_fitted_text(dl, selected ? state.fonts.bold : state.fonts.body, fs,
                         ImVec2(a.x + 44 * s, a.y + (item_h - fs) * 0.5f - 1 * s),
                         selected ? p.text : p.text_muted, tr(item.label), w - 48 * s);
    }

    // Bottom: back to the saved cases, open another file, theme and language.
    const float bottom_h = 4 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y) + 8 * s;
    const float y =
        ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - bottom_h;
    if (y > ImGui::GetCursorScreenPos().y)
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, y));
    const float w = ImGui::GetContentRegionAvail().x;
    char label[96];
    std::snprintf(label, sizeof label, "%s  %s", icon::kArrowBack, tr(Str::cases_title));
    if (ImGui::Button(label, ImVec2(w, 0))) close_case(state); // the welcome screen with the case list
    std::snprintf(label, sizeof label, "%s  %s", icon::kFolderOpen, tr(Str::open_file));
    if (ImGui::Button(label, ImVec2(w, 0))) platform::open_file_dialog();
    theme_toggle(state.theme, state.scale, w);
    ui_language_combo(w);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Progress
// ---------------------------------------------------------------------------------------------------------
void draw_progress_view(AppState& state) {
    const Palette& p = palette();
    const float s = ui_scale();
    const CaseRunner& r = state.runner;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::min(620.0f * s, avail.x - 32 * s);
    const float x = origin.x + (avail.x - width) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(x, origin.y + std::max(20.0f * s, avail.y * 0.3f)));
    ImDrawList* dl = ImGui::GetWindowDrawList();

    char line[512];
    std::snprintf(line, sizeof line, tr(Str::progress_title), r.file_name().c_str());
    centered_wrapped_text(state.fonts.bold, kFontH1, p.text, line, x, width);
    std::snprintf(line, sizeof line, "%s", format_bytes(r.file_bytes()).c_str());
    centered_wrapped_text(state.fonts.body, kFontBody, p.text_muted, line, x, width);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 18 * s));

    const Progress pr = r.progress();
    std::snprintf(line, sizeof line, tr(Str::progress_step), static_cast<int>(r.phase_index() + 1),
                  static_cast<int>(std::max<size_t>(1, r.phase_count())), phase_label(pr.phase));
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    ImGui::TextUnformatted(line);
    // The bar: a determinate fraction when the phase knows its total, an indeterminate sweep otherwise.
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float h = 12 * s;
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + h), p.surface_hover, h * 0.5f);
    if (pr.total > 0) {
        const float f = static_cast<float>(std::clamp(pr.fraction(), 0.0, 1.0));
        dl->AddRectFilled(a, ImVec2(a.x + std::max(h, width * f), a.y + h), p.accent, h * 0.5f);
    } else {
        const float t = static_cast<float>(std::fmod(r.elapsed_ms() / 1400.0, 1.0));
        const float bx = a.x + (width - width * 0.25f) * t;
        dl->AddRectFilled(ImVec2(bx, a.y), ImVec2(bx + width * 0.25f, a.y + h), p.accent, h * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, h + 6 * s));
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    std::snprintf(line, sizeof line, tr(Str::progress_rows),
                  fmt_int(static_cast<int64_t>(r.rows_so_far())).c_str(),
                  fmt_int(static_cast<int64_t>(r.rows_per_second())).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
    ImGui::TextUnformatted(line);
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(ImVec2(x + (width - 140 * s) * 0.5f, ImGui::GetCursorScreenPos().y + 16 * s));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyle().Colors[ImGuiCol_FrameBgHovered]);
    char label[96];
    std::snprintf(label, sizeof label, "%s  %s", icon::kClose, tr(Str::cancel));
    if (ImGui::Button(label, ImVec2(140 * s, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        const uint32_t req = state.runner.cancel();
        platform::load_finished(req, false, "cancelled");
    }
    ImGui::PopStyleColor(2);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Error
// ---------------------------------------------------------------------------------------------------------
void draw_error_view(AppState& state) {
    const Palette& p = palette();
    const float s = ui_scale();
    const Error& e = state.runner.error();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::min(720.0f * s, avail.x - 32 * s);
    const float x = origin.x + (avail.x - width) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(x, origin.y + std::max(20.0f * s, avail.y * 0.22f)));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ic = ImGui::GetCursorScreenPos();
    dl->AddText(state.fonts.body, 48 * s, ImVec2(x + width * 0.5f - 24 * s, ic.y), p.negative, icon::kError);
    ImGui::Dummy(ImVec2(width, 56 * s));
    centered_wrapped_text(state.fonts.bold, kFontH1, p.text, tr(Str::error_title), x, width);
    centered_wrapped_text(state.fonts.body, kFontBody, p.text_muted, state.runner.file_name().c_str(), x,
                          width);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 16 * s));

    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::BeginChild("##error", ImVec2(width, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(error_message(e).c_str()); // i18n: file-level errors by their code
    ImGui::PopFont();
    if (e.line >= 0 || e.column >= 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
        if (e.line >= 0) ImGui::Text("%s %s", tr(Str::col_line), fmt_int(e.line).c_str());
        if (e.column >= 0) {
            if (e.line >= 0) ImGui::SameLine();
            ImGui::Text("%s %d", tr(Str::col_column), e.column + 1);
        }
        ImGui::PopStyleColor();
    }
    if (!e.excerpt.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
        ImGui::TextUnformatted(e.excerpt.c_str());
        ImGui::PopStyleColor();
    }
    if (const std::string hint = error_hint(e); !hint.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
        ImGui::TextUnformatted(tr(Str::how_to_fix));
        ImGui::PopStyleColor();
        ImGui::TextUnformatted(hint.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 14 * s));
    char label[96];
    std::snprintf(label, sizeof label, "%s  %s", icon::kFolderOpen, tr(Str::open_another));
    if (primary_button(icon::kFolderOpen, tr(Str::open_another))) platform::open_file_dialog();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyle().Colors[ImGuiCol_FrameBgHovered]);
    std::snprintf(label, sizeof label, "%s  %s", icon::kArrowBack,
                  state.current ? tr(Str::back_to_case) : tr(Str::back_to_start));
    if (ImGui::Button(label, ImVec2(0, ImGui::GetItemRectSize().y)) ||
        (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !state.mapping.open))
        state.show_error = false;
    // app6: a CSV whose columns were not found: map them by hand.
    if (state.mapping.preview.csv) {
        ImGui::SameLine();
        const float h = ImGui::GetItemRectSize().y;
        if (ImGui::Button(tr(Str::mapping_change), ImVec2(0, h))) state.mapping.open = true;
    }
    ImGui::PopStyleColor(2);
}

} // namespace sv::app
