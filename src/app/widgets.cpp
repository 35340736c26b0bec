#include "app/widgets.hpp"

#include "app/i18n.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "imgui_internal.h"

#include "core/report/analyze_report.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

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
    // Texts wider than the card end in "…" with the whole text on hover (polish: never a cut glyph).
    const float inner = width - 2 * pad;
    dl->PushClipRect(a, b, true);
    draw_fitted_text(dl, body, 13.5f * s, ImVec2(a.x + pad, a.y + 10 * s), p.text_muted, caption, inner);
    draw_fitted_text(dl, bold, 26.0f * s, ImVec2(a.x + pad, a.y + 30 * s), value_color ? value_color : p.text,
                     value, inner);
    if (note)
        draw_fitted_text(dl, body, 13.5f * s, ImVec2(a.x + pad, a.y + 66 * s), p.text_muted, note, inner);
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

// ---------------------------------------------------------------------------------------------------------
// polish: text that fits its cell
// ---------------------------------------------------------------------------------------------------------
namespace {

constexpr const char* kEllipsis = "\u2026";
constexpr size_t kMaxShortened = 200;

// A shortened text of a frame (for window.stormvakt.clipped()); slots are reused from frame to frame.
struct Shortened {
    std::string text; // the whole text
    float width = 0;  // the width it had
    float needed = 0; // the width it needed (its first line)
};
std::vector<Shortened> g_shortened[2]; // [0] this frame, [1] the last finished one
size_t g_shortened_n[2] = {0, 0};
std::string g_fit_scratch; // the shortened text drawn (reused)

void record_shortened(std::string_view text, float width, float needed) {
    std::vector<Shortened>& v = g_shortened[0];
    size_t& n = g_shortened_n[0];
    if (n >= kMaxShortened) return;
    if (v.size() <= n) v.resize(n + 1);
    v[n].text.assign(text.data(), text.size());
    v[n].width = width;
    v[n].needed = needed;
    ++n;
}

// The first line of `text` (a table cell shows one line).
std::string_view first_line(std::string_view text) {
    const size_t eol = text.find_first_of("\r\n");
    return eol == std::string_view::npos ? text : text.substr(0, eol);
}

// The longest prefix of `line` that fits `width` together with an ellipsis of `ellipsis_w` (whole glyphs,
// trailing spaces dropped), into g_fit_scratch with the ellipsis.
const std::string& shorten(ImFont* font, float size, std::string_view line, float width, float ellipsis_w,
                           bool fits) {
    const char* cut = line.data() + line.size();
    if (!fits) {
        const char* rest = nullptr;
        font->CalcTextSizeA(size, std::max(0.0f, width - ellipsis_w), 0.0f, line.data(),
                            line.data() + line.size(), &rest);
        cut = rest ? rest : line.data();
    }
    while (cut > line.data() && (cut[-1] == ' ' || cut[-1] == '\t')) --cut;
    g_fit_scratch.assign(line.data(), cut);
    g_fit_scratch += kEllipsis;
    return g_fit_scratch;
}

void whole_text_tooltip(std::string_view text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(460.0f * ui_scale());
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace

bool fitted_text(std::string_view text, float width, ImU32 color) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const std::string_view line = first_line(text);
    const float needed = ImGui::CalcTextSize(line.data(), line.data() + line.size()).x;
    const bool fits = needed <= width;
    const bool shortened = !fits || line.size() < text.size();
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color));
    if (!shortened) {
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
    } else {
        const std::string& shown = shorten(ImGui::GetFont(), ImGui::GetFontSize(), line, width,
                                           ImGui::CalcTextSize(kEllipsis).x, fits);
        ImGui::TextUnformatted(shown.data(), shown.data() + shown.size());
        record_shortened(text, width, needed);
    }
    if (color) ImGui::PopStyleColor();
    if (shortened && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenOverlappedByItem))
        whole_text_tooltip(text);
    return shortened;
}

bool fitted_selectable(const char* id, std::string_view text, bool selected, ImGuiSelectableFlags flags) {
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string_view line = first_line(text);
    const float needed = ImGui::CalcTextSize(line.data(), line.data() + line.size()).x;
    const bool fits = needed <= width;
    const bool shortened = !fits || line.size() < text.size();
    std::string label;
    if (shortened) {
        label = shorten(ImGui::GetFont(), ImGui::GetFontSize(), line, width, ImGui::CalcTextSize(kEllipsis).x,
                        fits);
        record_shortened(text, width, needed);
    } else {
        label.assign(line.data(), line.size());
    }
    label += "##";
    label += id;
    const bool clicked = ImGui::Selectable(label.c_str(), selected, flags);
    if (shortened && ImGui::IsItemHovered()) whole_text_tooltip(text);
    return clicked;
}

bool draw_fitted_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 color,
                      std::string_view text, float max_width) {
    const std::string_view line = first_line(text);
    const ImVec2 full = font->CalcTextSizeA(size, FLT_MAX, 0.0f, line.data(), line.data() + line.size());
    const bool fits = full.x <= max_width;
    if (fits && line.size() == text.size()) {
        dl->AddText(font, size, pos, color, line.data(), line.data() + line.size());
        return false;
    }
    const float ellipsis_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, kEllipsis).x;
    const std::string& shown = shorten(font, size, line, max_width, ellipsis_w, fits);
    dl->AddText(font, size, pos, color, shown.data(), shown.data() + shown.size());
    record_shortened(text, max_width, full.x);
    if (ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + max_width, pos.y + full.y)) &&
        ImGui::IsWindowHovered())
        whole_text_tooltip(text);
    return true;
}

void setup_fixed_column(const char* label, float min_width, ImGuiTableColumnFlags flags) {
    const ImGuiStyle& st = ImGui::GetStyle();
    // The header's text, its cell padding and, in a sortable table, room for the sort arrow.
    const ImGuiTable* table = ImGui::GetCurrentTable();
    const bool sortable = table && (table->Flags & ImGuiTableFlags_Sortable);
    const float header = ImGui::CalcTextSize(label, nullptr, true).x + st.CellPadding.x * 2 +
                         (sortable ? ImGui::GetFontSize() : 0.0f);
    ImGui::TableSetupColumn(label, flags | ImGuiTableColumnFlags_WidthFixed, std::max(min_width, header));
}

void begin_fit_frame() {
    std::swap(g_shortened[0], g_shortened[1]);
    g_shortened_n[1] = g_shortened_n[0];
    g_shortened_n[0] = 0;
}

std::string shortened_texts_json() {
    Json out = Json::array();
    for (size_t i = 0; i < g_shortened_n[1]; ++i) {
        const Shortened& e = g_shortened[1][i];
        Json item = Json::object();
        item["text"] = e.text;
        item["width"] = e.width;
        item["needed"] = e.needed;
        out.push_back(std::move(item));
    }
    return out.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

// ---------------------------------------------------------------------------------------------------------
// app8: the keyboard in tables
// ---------------------------------------------------------------------------------------------------------
namespace {

struct KeyTable {
    std::string name;     // the table that has the keyboard ("" = none yet)
    int last_frame = -10; // the frame it was last drawn in
    int row = -1;         // its selection
    int count = 0;        // its rows
    std::string label;    // the selected row's label (as the view gave it)
    bool visible = false; // the selected row was wholly inside the table when last drawn
};
KeyTable g_keys;

} // namespace

int table_key_step(int page) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return 0;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow, true)) return 1;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow, true)) return -1;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown, true)) return page;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp, true)) return -page;
    if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) return -(1 << 30);
    if (ImGui::IsKeyPressed(ImGuiKey_End, false)) return 1 << 30;
    return 0;
}

KeyNav table_keys(const char* table, int& selected, int count) {
    KeyNav nav;
    nav.table = table;
    const int frame = ImGui::GetFrameCount();
    if (selected >= count) selected = count - 1;                 // the list got shorter
    if (g_keys.name != table && g_keys.last_frame < frame - 1) { // the owner is gone: the first one drawn
        g_keys.name = table;
        g_keys.visible = false;
    }
    nav.selected = selected;
    if (g_keys.name != table) return nav;
    g_keys.last_frame = frame;
    g_keys.count = count;
    g_keys.visible = false; // key_row() says whether the selected row is drawn wholly in this frame
    // The keys are this table's: ImGui's keyboard navigation (which reads keys nobody owns) must not also
    // move its focus or scroll the window to the top on Home (ownership set now holds from the next frame
    // on).
    if (!ImGui::GetIO().WantTextInput)
        for (ImGuiKey k : {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp, ImGuiKey_PageDown,
                           ImGuiKey_Home, ImGuiKey_End})
            ImGui::SetKeyOwner(k, ImGui::GetID(table));
    const int step = count > 0 ? table_key_step(10) : 0;
    if (step) {
        // From no selection: Down starts at the first row, Up at the last; Home/End go to the ends.
        const int64_t from = selected >= 0 ? selected : step > 0 ? -1 : count;
        selected = static_cast<int>(std::clamp<int64_t>(from + step, 0, count - 1));
        nav.scroll_to = selected;
    }
    nav.selected = selected;
    nav.activate =
        selected >= 0 &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) &&
        !ImGui::GetIO().WantTextInput;
    g_keys.row = selected;
    if (selected < 0) {
        g_keys.label.clear();
        g_keys.visible = false;
    }
    return nav;
}

void key_row(const KeyNav& nav, int i, std::string_view label) {
    if (i != nav.selected || g_keys.name != nav.table) return;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    // Wholly visible: its top and its bottom lie inside the clip rectangle (under a frozen header row).
    const bool whole = ImGui::IsRectVisible(at, ImVec2(at.x + 1, at.y + 1)) &&
                       ImGui::IsRectVisible(ImVec2(at.x, at.y + h - 1), ImVec2(at.x + 1, at.y + h));
    if (i == nav.scroll_to && !whole) ImGui::SetScrollHereY(0.5f);
    g_keys.visible = whole;
    g_keys.label.assign(label.data(), label.size());
}

void key_clicked(const KeyNav& nav, int& selected, int i) {
    selected = i;
    g_keys.name = nav.table;
    g_keys.last_frame = ImGui::GetFrameCount();
    g_keys.row = i;
}

std::string key_table_json() {
    if (g_keys.name.empty()) return "null";
    std::string label;
    for (char ch : g_keys.label) { // a JSON string (labels are names and short texts)
        if (ch == '"' || ch == '\\') label += '\\';
        if (static_cast<unsigned char>(ch) < 0x20) continue;
        label += ch;
    }
    char buf[160];
    std::snprintf(buf, sizeof buf, "{\"table\":\"%s\",\"row\":%d,\"count\":%d,\"visible\":%s,\"label\":\"",
                  g_keys.name.c_str(), g_keys.row, g_keys.count, g_keys.visible ? "true" : "false");
    return buf + label + "\"}";
}

} // namespace sv::app
