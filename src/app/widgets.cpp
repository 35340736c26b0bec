#include "app/widgets.hpp"

#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace sv::app {

void centered_wrapped_text(ImFont* font, float size, ImU32 color, const char* text, float x, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float scaled = size * ImGui::GetStyle().FontScaleDpi;
    const char* end = text + std::strlen(text);
    float y = ImGui::GetCursorScreenPos().y;
    const char* line = text;
    while (line < end) {
        const char* wrap = font->CalcWordWrapPosition(scaled, line, end, width);
        if (wrap == line) wrap = line + 1;
        const char* line_end = wrap;
        while (line_end > line && (line_end[-1] == ' ' || line_end[-1] == '\n')) --line_end;
        const ImVec2 sz = font->CalcTextSizeA(scaled, FLT_MAX, 0.0f, line, line_end);
        dl->AddText(font, scaled, ImVec2(std::floor(x + (width - sz.x) * 0.5f), y), color, line, line_end);
        y += scaled * 1.35f;
        line = wrap;
        while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, y));
    ImGui::Dummy(ImVec2(0, 0));
}

void dashed_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float rounding, float thickness,
                 float dash) {
    // The rounded outline as a closed polyline (four quarter arcs), then every other stretch of `dash`
    // length.
    constexpr int kArcSteps = 8;
    constexpr float kHalfPi = 1.5707963f;
    const ImVec2 centers[4] = {ImVec2(b.x - rounding, a.y + rounding), ImVec2(b.x - rounding, b.y - rounding),
                               ImVec2(a.x + rounding, b.y - rounding),
                               ImVec2(a.x + rounding, a.y + rounding)};
    ImVector<ImVec2> pts;
    for (int corner = 0; corner < 4; ++corner) {
        const float start = -kHalfPi + corner * kHalfPi; // top-right corner starts pointing up
        for (int i = 0; i <= kArcSteps; ++i) {
            const float ang = start + kHalfPi * i / kArcSteps;
            pts.push_back(ImVec2(centers[corner].x + std::cos(ang) * rounding,
                                 centers[corner].y + std::sin(ang) * rounding));
        }
    }
    pts.push_back(pts[0]);
    bool on = true;
    float left = dash;
    for (int i = 0; i + 1 < pts.Size; ++i) {
        ImVec2 p = pts[i];
        const ImVec2 q = pts[i + 1];
        float seg = std::hypot(q.x - p.x, q.y - p.y);
        while (seg > 0.001f) {
            const float step = seg < left ? seg : left;
            const float t = step / seg;
            const ImVec2 m(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t);
            if (on) dl->AddLine(p, m, color, thickness);
            p = m;
            seg -= step;
            left -= step;
            if (left <= 0.001f) {
                on = !on;
                left = dash;
            }
        }
    }
}

bool primary_button(const char* icon, const char* label, ImVec2 size) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s  %s", icon, label);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(18.0f * ui_scale(), 10.0f * ui_scale()));
    const bool clicked = ImGui::Button(buf, size);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return clicked;
}

void view_title(ImFont* bold, const char* title, const char* subtitle) {
    const Palette& p = palette();
    const float s = ui_scale();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(bold, 26.0f * s, a, p.text, title);
    ImGui::Dummy(ImVec2(0, 30.0f * s));
    if (subtitle) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(subtitle);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, 4.0f * s));
}

void stat_card(ImFont* bold, const char* caption, const char* value, const char* note, float width,
               ImU32 value_color) {
    const Palette& p = palette();
    const float s = ui_scale();
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const float h = (note ? 92.0f : 74.0f) * s;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + width, a.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, p.surface, 10 * s);
    dl->AddRect(a, b, p.border, 10 * s);
    ImFont* body = ImGui::GetFont();
    const float pad = 14 * s;
    dl->PushClipRect(a, b, true);
    dl->AddText(body, 13.5f * s, ImVec2(a.x + pad, a.y + 10 * s), p.text_muted, caption);
    dl->AddText(bold, 26.0f * s, ImVec2(a.x + pad, a.y + 30 * s), value_color ? value_color : p.text, value);
    if (note) dl->AddText(body, 13.5f * s, ImVec2(a.x + pad, a.y + 66 * s), p.text_muted, note);
    dl->PopClipRect();
    ImGui::Dummy(ImVec2(width, h));
}

void notice(const char* text) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.warning));
    ImGui::TextUnformatted("\uE88E"); // info
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void share_bar(const float* shares, const ImU32* colors, int n, ImVec2 size) {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = a.x;
    for (int i = 0; i < n; ++i) {
        const float w = size.x * shares[i];
        if (w > 0.5f) dl->AddRectFilled(ImVec2(x, a.y), ImVec2(x + w, a.y + size.y), colors[i]);
        x += w;
    }
    ImGui::Dummy(size);
}

std::string format_bytes(uint64_t bytes) {
    char buf[32];
    if (bytes >= 1000ULL * 1000 * 1000)
        std::snprintf(buf, sizeof buf, "%.1f GB", bytes / 1e9);
    else if (bytes >= 1000ULL * 1000)
        std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
    else if (bytes >= 1000ULL)
        std::snprintf(buf, sizeof buf, "%.0f KB", bytes / 1e3);
    else
        std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    return buf;
}

void theme_toggle(ThemeMode& theme, float scale, float width) {
    const bool dark = theme == ThemeMode::dark;
    char label[96];
    std::snprintf(label, sizeof label, "%s  %s", dark ? icon::kLightMode : icon::kDarkMode,
                  dark ? tr(Str::theme_light) : tr(Str::theme_dark));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyle().Colors[ImGuiCol_FrameBgHovered]);
    // Only the mode changes here: App::frame applies it before the next frame is built. Applying it now would
    // be undone in part by the PopStyleColor calls of the windows around this button (they restore the
    // colours of the old theme, e.g. the sidebar's ChildBg, which every table with a scroll bar then uses).
    if (ImGui::Button(label, ImVec2(width, 0))) theme = dark ? ThemeMode::light : ThemeMode::dark;
    (void)scale;
    ImGui::PopStyleColor(2);
}

void ui_language_combo(float width) {
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##uilang", tr(Str::language_name))) {
        for (int i = 0; i < static_cast<int>(UiLanguage::count); ++i) {
            const auto lang = static_cast<UiLanguage>(i);
            if (ImGui::Selectable(tr_in(lang, Str::language_name), lang == ui_language()))
                set_ui_language(lang);
        }
        ImGui::EndCombo();
    }
}

void begin_panel(const char* id, float width, float height) {
    const Palette& p = palette();
    const float s = ui_scale();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.border));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 10 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 12 * s));
    ImGuiChildFlags flags = ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding;
    if (height <= 0) flags |= ImGuiChildFlags_AutoResizeY;
    ImGui::BeginChild(id, ImVec2(width, height > 0 ? height : 0), flags,
                      height > 0 ? ImGuiWindowFlags_None : ImGuiWindowFlags_NoScrollbar);
}

void end_panel() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void section_title(ImFont* bold, const char* title, const char* note) {
    ImGui::PushFont(bold, 0.0f);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    if (note) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().text_muted));
        ImGui::TextUnformatted(note);
        ImGui::PopStyleColor();
    }
}

void wrapped_text(const char* text, ImU32 color) {
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    if (color) ImGui::PopStyleColor();
}

} // namespace sv::app
