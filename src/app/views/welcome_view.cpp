#include "app/views/views.hpp"

#include "app/app.hpp"
#include "app/format.hpp"
#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/widgets.hpp"
#include "core/base/version.hpp"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace sv::app {
namespace {

void draw_logo(ImDrawList* dl, ImVec2 center, float r, const Palette& p, ImFont* font) {
    dl->AddCircleFilled(center, r, p.accent_soft, 48);
    dl->AddCircle(center, r, p.accent, 48, 2.0f * ui_scale());
    const float size = r * 1.25f;
    const ImVec2 sz = font->CalcTextSizeA(size, FLT_MAX, 0, icon::kBolt);
    dl->AddText(font, size, ImVec2(center.x - sz.x * 0.5f, center.y - sz.y * 0.5f + r * 0.08f), p.accent,
                icon::kBolt);
}

void draw_footer(AppState& state, float x, float width) {
    const float s = ui_scale();
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 8 * s));
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::Text("%s %s %s", kProductName, tr(Str::version_label), kVersion);
    ImGui::PopStyleColor();

    // Language and theme switches, right-aligned.
    const float combo_w = 130 * s;
    const float theme_w = 110 * s;
    ImGui::SameLine(0, 0);
    ImGui::SetCursorScreenPos(ImVec2(x + width - combo_w - theme_w - 10 * s, ImGui::GetCursorScreenPos().y));
    theme_toggle(state.theme, state.scale, theme_w);
    ImGui::SameLine(0, 10 * s);
    ui_language_combo(combo_w);
}

// --- saved cases (issue 7): the list with open / rename / duplicate / delete, storage used ---
struct CaseListUi {
    std::string rename_id;     // case being renamed (popup open)
    char rename_buf[256] = {}; // its new name
    std::string delete_id;     // case asked to be deleted (confirm popup open)
    std::string problem;       // the last action's error, shown under the list
};
CaseListUi g_list_ui;

void draw_pseudonymise_switch(AppState& state, float x, float width) {
    const float s = ui_scale();
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 10 * s));
    ImGui::Checkbox(tr(Str::pseudonymise_label), &state.pseudonymise);
    ImGui::SameLine(0, 12 * s);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::PushTextWrapPos(x + width);
    ImGui::TextWrapped("%s", tr(Str::pseudonymise_detail));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void draw_case_row(AppState& state, const CaseInfo& c, float width) {
    const float s = ui_scale();
    const char* labels[] = {tr(Str::case_open), tr(Str::case_rename), tr(Str::case_duplicate),
                            tr(Str::case_delete)};
    float buttons_w = 0;
    for (const char* l : labels)
        buttons_w += ImGui::CalcTextSize(l).x + ImGui::GetStyle().FramePadding.x * 2 + 6 * s;
    // The name and its line end in "…" (whole on hover) before the buttons rather than running under them.
    const float text_w = std::max(80 * s, width - buttons_w - 12 * s);
    ImGui::PushID(c.id.c_str());
    ImGui::BeginGroup();
    ImGui::PushFont(state.fonts.bold, 0.0f);
    fitted_text(c.name, text_w);
    ImGui::PopFont();
    char line[256];
    std::snprintf(line, sizeof line, tr(Str::cases_row_fmt),
                  fmt_int(static_cast<int64_t>(c.comments)).c_str(), format_bytes(c.bytes).c_str(),
                  fmt_date_time(c.saved_at).c_str());
    fitted_text(line, text_w, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::EndGroup();

    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetCursorPosX() + width - buttons_w - 300 * s));
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), width - buttons_w));
    if (ImGui::Button(labels[0])) {
        std::string why;
        if (!open_saved_case(state, c.id, 0, &why)) g_list_ui.problem = why;
    }
    ImGui::SameLine(0, 6 * s);
    if (ImGui::Button(labels[1])) {
        g_list_ui.rename_id = c.id;
        std::snprintf(g_list_ui.rename_buf, sizeof g_list_ui.rename_buf, "%s", c.name.c_str());
        ImGui::OpenPopup("##rename");
    }
    ImGui::SameLine(0, 6 * s);
    if (ImGui::Button(labels[2])) {
        char name[300];
        std::snprintf(name, sizeof name, tr(Str::case_copy_fmt), c.name.c_str());
        if (Status st = state.cases.duplicate(c.id, name); !st) g_list_ui.problem = st.error().to_string();
    }
    ImGui::SameLine(0, 6 * s);
    if (ImGui::Button(labels[3])) {
        g_list_ui.delete_id = c.id;
        ImGui::OpenPopup("##delete");
    }

    if (ImGui::BeginPopup("##rename")) {
        ImGui::TextUnformatted(tr(Str::case_rename_title));
        ImGui::SetNextItemWidth(320 * s);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool enter = ImGui::InputText("##name", g_list_ui.rename_buf, sizeof g_list_ui.rename_buf,
                                            ImGuiInputTextFlags_EnterReturnsTrue);
        if ((ImGui::Button(tr(Str::case_save)) || enter) && g_list_ui.rename_buf[0]) {
            if (Status st = state.cases.rename(g_list_ui.rename_id, g_list_ui.rename_buf); !st)
                g_list_ui.problem = st.error().to_string();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::case_cancel))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (ImGui::BeginPopup("##delete")) {
        char q[400];
        std::snprintf(q, sizeof q, tr(Str::case_delete_confirm_fmt), c.name.c_str());
        ImGui::TextUnformatted(q);
        if (ImGui::Button(tr(Str::case_delete))) {
            if (state.cases.current() == g_list_ui.delete_id) close_case(state);
            if (Status st = state.cases.remove(g_list_ui.delete_id); !st)
                g_list_ui.problem = st.error().to_string();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::case_cancel))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopID();
}

void draw_saved_cases(AppState& state, float x, float width) {
    const Palette& p = palette();
    const float s = ui_scale();
    CaseStore& cases = state.cases;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 22 * s));
    ImGui::PushFont(state.fonts.bold, 0.0f);
    ImGui::TextUnformatted(tr(Str::cases_title));
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    ImGui::BeginGroup();
    if (!cases.ready()) {
        ImGui::TextDisabled("%s", tr(Str::cases_opening));
    } else if (!cases.storage_problem().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.negative));
        ImGui::PushTextWrapPos(x + width);
        ImGui::TextWrapped(tr(Str::cases_unavailable_fmt), cases.storage_problem().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    } else {
        const CaseListing& l = cases.listing();
        if (l.cases.empty()) {
            ImGui::PushTextWrapPos(x + width);
            ImGui::TextDisabled("%s", tr(Str::cases_none));
            ImGui::PopTextWrapPos();
        }
        // app8: the keyboard selects a case (Up/Down, Home/End), Enter opens it; the selected one is
        // outlined.
        static int selected = -1;
        const KeyNav nav = table_keys("welcome.cases", selected, static_cast<int>(l.cases.size()));
        if (nav.activate) {
            std::string why;
            if (!open_saved_case(state, l.cases[static_cast<size_t>(nav.selected)].id, 0, &why))
                g_list_ui.problem = why;
        }
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
        for (int i = 0; i < static_cast<int>(l.cases.size()); ++i) {
            const CaseInfo& c = l.cases[static_cast<size_t>(i)];
            ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 4 * s));
            key_row(nav, i, c.name);
            const bool sel = i == nav.selected;
            if (sel) {
                ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.accent));
                ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * s);
            }
            ImGui::BeginChild(c.id.c_str(), ImVec2(width, 0),
                              ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_FrameStyle);
            if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && ImGui::IsMouseClicked(0))
                key_clicked(nav, selected, i);
            draw_case_row(state, c, width - 2 * ImGui::GetStyle().FramePadding.x);
            ImGui::EndChild();
            if (sel) {
                ImGui::PopStyleVar();
                ImGui::PopStyleColor();
            }
        }
        ImGui::PopStyleColor();
        for (const DamagedCase& d : cases.set_aside()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.negative));
            ImGui::PushTextWrapPos(x + width);
            ImGui::TextWrapped(tr(Str::cases_set_aside_fmt), d.file.c_str(), d.problem.to_string().c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
        }
        if (!g_list_ui.problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.negative));
            ImGui::TextWrapped("%s", g_list_ui.problem.c_str());
            ImGui::PopStyleColor();
        }
        // Storage: the cases' own files, and the browser's estimate for the whole site.
        std::string line;
        char buf[256];
        std::snprintf(buf, sizeof buf, tr(Str::cases_total_fmt), format_bytes(l.total_bytes).c_str());
        line = buf;
        if (cases.usage() >= 0 && cases.quota() > 0) {
            std::snprintf(buf, sizeof buf, tr(Str::storage_browser_fmt),
                          format_bytes(static_cast<uint64_t>(cases.usage())).c_str(),
                          format_bytes(static_cast<uint64_t>(cases.quota())).c_str());
            line += " · ";
            line += buf;
            line += " (";
            line += cases.persisted() ? tr(Str::storage_persistent) : tr(Str::storage_not_persistent);
            line += ")";
        }
        ImGui::PushTextWrapPos(x + width);
        ImGui::TextDisabled("%s", line.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndGroup();
}

} // namespace

void draw_welcome_view(AppState& state) {
    const Palette& p = palette();
    const float s = ui_scale();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float width = std::min(780.0f * s, avail.x - 16 * s);
    const float x = origin.x + (avail.x - width) * 0.5f;
    ImFont* body = state.fonts.body;
    ImFont* bold = state.fonts.bold;

    // Vertical rhythm: start lower on tall windows, never above the top.
    const float top = std::max(12.0f * s, (avail.y - 660.0f * s) * 0.35f);
    ImGui::SetCursorScreenPos(ImVec2(x, origin.y + top));

    // --- hero: logo + name + tagline ---
    const float logo_r = 34 * s;
    const float title_size = kFontHero * s;
    const ImVec2 title_sz = bold->CalcTextSizeA(title_size, FLT_MAX, 0, kProductName);
    const float row_w = logo_r * 2 + 18 * s + title_sz.x;
    const float row_x = x + (width - row_w) * 0.5f;
    const float row_y = ImGui::GetCursorScreenPos().y;
    draw_logo(dl, ImVec2(row_x + logo_r, row_y + logo_r), logo_r, p, body);
    dl->AddText(bold, title_size, ImVec2(row_x + logo_r * 2 + 18 * s, row_y + logo_r - title_sz.y * 0.5f),
                p.text, kProductName);
    ImGui::SetCursorScreenPos(ImVec2(x, row_y + logo_r * 2 + 16 * s));
    centered_wrapped_text(body, kFontH2, p.text_muted, tr(Str::app_tagline), x, width);

    // --- privacy promise ---
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 18 * s));
    {
        const float h = 64 * s;
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const ImVec2 b(a.x + width, a.y + h);
        dl->AddRectFilled(a, b, p.surface, 12 * s);
        dl->AddRect(a, b, p.border, 12 * s);
        const float icon_size = 26 * s;
        dl->AddText(body, icon_size, ImVec2(a.x + 20 * s, a.y + (h - icon_size) * 0.5f + 2 * s), p.positive,
                    icon::kLock);
        const float tx = a.x + 20 * s + icon_size + 14 * s;
        dl->AddText(bold, kFontBody * s, ImVec2(tx, a.y + 11 * s), p.text, tr(Str::privacy_promise));
        dl->AddText(body, kFontSmall * s, ImVec2(tx, a.y + 35 * s), p.text_muted, tr(Str::privacy_detail),
                    nullptr, b.x - tx - 16 * s);
        ImGui::Dummy(ImVec2(width, h));
    }

    // --- drop zone ---
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 14 * s));
    {
        const float h = 250 * s;
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const ImVec2 b(a.x + width, a.y + h);
        const bool hot = state.drag_hover || ImGui::IsMouseHoveringRect(a, b);
        dl->AddRectFilled(a, b, hot ? p.accent_soft : p.surface, 16 * s);
        dashed_rect(dl, a, b, hot ? p.accent : p.border, 16 * s, 2.0f * s, 9.0f * s);

        const float icon_size = 52 * s;
        const ImVec2 isz = body->CalcTextSizeA(icon_size, FLT_MAX, 0, icon::kUpload);
        dl->AddText(body, icon_size, ImVec2(a.x + (width - isz.x) * 0.5f, a.y + 26 * s), p.accent,
                    icon::kUpload);
        ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + 26 * s + icon_size + 10 * s));
        centered_wrapped_text(bold, kFontH2, p.text,
                              state.drag_hover ? tr(Str::drop_release) : tr(Str::drop_title), a.x, width);
        ImGui::SetCursorScreenPos(ImVec2(a.x, ImGui::GetCursorScreenPos().y + 4 * s));
        centered_wrapped_text(body, kFontSmall, p.text_muted, tr(Str::drop_formats), a.x + 40 * s,
                              width - 80 * s);

        char label[64];
        std::snprintf(label, sizeof label, "%s  %s", icon::kFolderOpen, tr(Str::open_file));
        const ImVec2 bsz(ImGui::CalcTextSize(label).x + 36 * s, 40 * s);
        ImGui::SetCursorScreenPos(ImVec2(a.x + (width - bsz.x) * 0.5f, b.y - bsz.y - 24 * s));
        if (primary_button(icon::kFolderOpen, tr(Str::open_file), bsz)) platform::open_file_dialog();
        ImGui::SetCursorScreenPos(ImVec2(x, b.y));
        ImGui::Dummy(ImVec2(width, 0));
    }
    draw_pseudonymise_switch(state, x, width);

    // --- the sample crisis ---
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 14 * s));
    {
        char label[128];
        std::snprintf(label, sizeof label, "%s  %s", icon::kPlay, tr(Str::try_sample));
        const ImVec2 bsz(ImGui::CalcTextSize(label).x + 36 * s, 40 * s);
        ImGui::SetCursorScreenPos(ImVec2(x + (width - bsz.x) * 0.5f, ImGui::GetCursorScreenPos().y));
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.surface));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.surface_hover));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        if (ImGui::Button(label, bsz)) platform::fetch_site_file(kSampleCrisisPath);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(3);
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
        centered_wrapped_text(body, kFontSmall, p.text_muted, tr(Str::sample_detail), x, width);
    }

    draw_saved_cases(state, x, width);
    draw_footer(state, x, width);
}

} // namespace sv::app
