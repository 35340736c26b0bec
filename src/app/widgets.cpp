#include "app/widgets.hpp"

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

} // namespace sv::app
