#include "app/theme.hpp"

namespace sv::app {
namespace {

Palette g_palette;
ThemeMode g_mode = ThemeMode::dark;
float g_scale = 1.0f;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
    return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
}
ImU32 u32(ImVec4 v) {
    return ImGui::ColorConvertFloat4ToU32(v);
}

Palette make_palette(ThemeMode mode) {
    Palette p;
    if (mode == ThemeMode::dark) {
        p.background = u32(rgb(15, 20, 28));
        p.surface = u32(rgb(24, 31, 42));
        p.surface_hover = u32(rgb(31, 40, 54));
        p.border = u32(rgb(51, 63, 81));
        p.text = u32(rgb(230, 235, 242));
        p.text_muted = u32(rgb(150, 162, 180));
        p.accent = u32(rgb(82, 156, 255));
        p.accent_soft = u32(rgb(82, 156, 255, 0.16f));
        p.positive = u32(rgb(70, 190, 130));
        p.neutral = u32(rgb(140, 150, 166));
        p.negative = u32(rgb(240, 96, 96));
        p.warning = u32(rgb(245, 178, 60));
    } else {
        p.background = u32(rgb(245, 247, 250));
        p.surface = u32(rgb(255, 255, 255));
        p.surface_hover = u32(rgb(236, 241, 248));
        p.border = u32(rgb(206, 214, 226));
        p.text = u32(rgb(22, 30, 42));
        p.text_muted = u32(rgb(90, 102, 120));
        p.accent = u32(rgb(22, 104, 214));
        p.accent_soft = u32(rgb(22, 104, 214, 0.10f));
        p.positive = u32(rgb(24, 140, 82));
        p.neutral = u32(rgb(120, 130, 146));
        p.negative = u32(rgb(206, 52, 52));
        p.warning = u32(rgb(196, 124, 0));
    }
    return p;
}

} // namespace

void apply_theme(ThemeMode mode, float scale) {
    g_mode = mode;
    g_scale = scale;
    g_palette = make_palette(mode);
    const Palette& p = g_palette;
    auto v = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };

    ImGuiStyle style; // fresh metrics each time, so scaling never compounds
    if (mode == ThemeMode::dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);

    style.WindowPadding = ImVec2(20, 18);
    style.FramePadding = ImVec2(12, 7);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 5);
    style.ScrollbarSize = 12;
    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.FrameRounding = 7;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 6;
    style.TabRounding = 7;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 0;
    style.PopupBorderSize = 1;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = v(p.text);
    c[ImGuiCol_TextDisabled] = v(p.text_muted);
    c[ImGuiCol_WindowBg] = v(p.background);
    c[ImGuiCol_ChildBg] = v(p.surface);
    c[ImGuiCol_PopupBg] = v(p.surface);
    c[ImGuiCol_Border] = v(p.border);
    c[ImGuiCol_FrameBg] = v(p.surface_hover);
    c[ImGuiCol_FrameBgHovered] = v(p.border);
    c[ImGuiCol_FrameBgActive] = v(p.border);
    c[ImGuiCol_Button] = v(p.accent);
    c[ImGuiCol_ButtonHovered] =
        ImVec4(v(p.accent).x * 1.1f, v(p.accent).y * 1.1f, v(p.accent).z * 1.05f, 1.0f);
    c[ImGuiCol_ButtonActive] =
        ImVec4(v(p.accent).x * 0.85f, v(p.accent).y * 0.85f, v(p.accent).z * 0.9f, 1.0f);
    c[ImGuiCol_Header] = v(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = v(p.surface_hover);
    c[ImGuiCol_HeaderActive] = v(p.accent_soft);
    c[ImGuiCol_Tab] = v(p.surface);
    c[ImGuiCol_TabHovered] = v(p.surface_hover);
    c[ImGuiCol_TabSelected] = v(p.accent_soft);
    c[ImGuiCol_CheckMark] = v(p.accent);
    c[ImGuiCol_SliderGrab] = v(p.accent);
    c[ImGuiCol_SliderGrabActive] = v(p.accent);
    c[ImGuiCol_PlotHistogram] = v(p.accent);
    c[ImGuiCol_TableHeaderBg] = v(p.surface);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = v(p.accent_soft);
    c[ImGuiCol_Separator] = v(p.border);
    c[ImGuiCol_TitleBg] = v(p.surface);
    c[ImGuiCol_TitleBgActive] = v(p.surface);
    c[ImGuiCol_MenuBarBg] = v(p.surface);

    style.ScaleAllSizes(scale);
    style.FontSizeBase = 16.0f;
    style.FontScaleDpi = scale;
    ImGui::GetStyle() = style;
}

const Palette& palette() {
    return g_palette;
}
ThemeMode theme_mode() {
    return g_mode;
}
float ui_scale() {
    return g_scale;
}

} // namespace sv::app
