// widgets.hpp — small drawing helpers shared by the views (text layout, dashed frames, buttons).
#pragma once
#include "app/theme.hpp"
#include "imgui.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace sv::app {

// Text centred horizontally inside [x, x + width) at the cursor, wrapped at `width`, in the given font/size.
void centered_wrapped_text(ImFont* font, float size, ImU32 color, const char* text, float x, float width);
// A rounded rectangle with a dashed border.
void dashed_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float rounding, float thickness,
                 float dash);
// A large accent button with an icon; returns true when clicked.
bool primary_button(const char* icon, const char* label, ImVec2 size = ImVec2(0, 0));
// A view's title line (large bold text) with an optional muted subtitle under it.
void view_title(ImFont* bold, const char* title, const char* subtitle = nullptr);
// A card: a rounded surface with a small muted caption and a big value; `width` 0 = available width.
void stat_card(ImFont* bold, const char* caption, const char* value, const char* note, float width,
               ImU32 value_color = 0);
// The light/dark switch: a quiet button showing the other mode; sets `theme` when clicked (App::frame applies
// it before the next frame).
void theme_toggle(ThemeMode& theme, float scale, float width);
// The UI language switch (English / Svenska / Deutsch).
void ui_language_combo(float width);
// A muted notice line with an info icon ("Sentiment is not computed in this build.").
void notice(const char* text);
// A horizontal bar split into shares (e.g. negative / neutral / positive) with the given colours.
void share_bar(const float* shares, const ImU32* colors, int n, ImVec2 size);
// A panel: a rounded surface of `width` (0 = available) x `height` (0 = fits its content) with padding;
// draw its content between begin_panel and end_panel.
void begin_panel(const char* id, float width, float height = 0);
void end_panel();
// A section heading in the bold font, with an optional muted note on the same line.
void section_title(ImFont* bold, const char* title, const char* note = nullptr);
// Wrapped text in a colour (0 = the text colour).
void wrapped_text(const char* text, ImU32 color = 0);
// "2.4 MB", "812 KB", "17 bytes"
std::string format_bytes(uint64_t bytes);

// --- polish: text that fits its cell ---
// Text at the cursor in at most `width` (0 = the available width, e.g. a table cell's): whole when it fits,
// else cut at a glyph boundary with "…" and the whole text in a tooltip on hover (never a cut glyph).
// Returns true when it was shortened. `color` 0 = the text colour.
bool fitted_text(std::string_view text, float width = 0, ImU32 color = 0);
// A selectable label (e.g. an author that opens their comment) shortened the same way; returns clicked.
bool fitted_selectable(const char* id, std::string_view text, bool selected, ImGuiSelectableFlags flags = 0);
// Draws `text` on a draw list at `pos` in at most `max_width` (shortened with "…" when needed; the whole
// text as a tooltip when the mouse is over it). Returns true when it was shortened.
bool draw_fitted_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 color,
                      std::string_view text, float max_width);
// The width a column needs for the widest of `count` texts (`text_at(i)`), at least `min_width` and at most
// `max_width` — for a name column sized to its content rather than to a guess.
template <class TextAt>
float column_width_for(size_t count, TextAt text_at, float min_width, float max_width) {
    float w = min_width;
    for (size_t i = 0; i < count && w < max_width; ++i) {
        const std::string_view t = text_at(i);
        w = std::max(w, ImGui::CalcTextSize(t.data(), t.data() + t.size()).x);
    }
    return std::min(w + ImGui::GetStyle().CellPadding.x * 2, max_width);
}
// A fixed-width table column at least as wide as its header (in any UI language) and `min_width`.
void setup_fixed_column(const char* label, float min_width, ImGuiTableColumnFlags flags = 0);
// The texts shortened in the last finished frame (window.stormvakt.clipped(), for tests): a JSON array of
// {"text", "width", "needed"} (at most 200). begin_fit_frame() starts a frame's list.
void begin_fit_frame();
std::string shortened_texts_json();

// --- app8: the keyboard in tables ---
// Up/Down, Page Up/Down (10 rows) and Home/End move a table's selected row; Enter opens it. Only one table
// has the keyboard: the one whose row was clicked last, else the first keyboard table drawn (a table not
// drawn in the last frame loses it). Keys are ignored while a text field has the keyboard or a popup is open.
// Use: KeyNav nav = table_keys("people.multipliers", selected, count); in the row loop, at the start of row i
// (after TableNextRow/TableNextColumn), key_row(nav, i, label); on a mouse click key_clicked(nav, selected,
// i). `selected` is a position in the rows as shown (0..count-1, -1 none), kept by the view.
struct KeyNav {
    const char* table = ""; // the table's name (window.stormvakt.selection().table)
    int selected = -1;      // the selection after this frame's keys
    int scroll_to = -1; // position to bring into view this frame (feed ImGuiListClipper::IncludeItemByIndex)
    bool activate = false; // Enter pressed on the selection: do what a click on it does
};
// The step the navigation keys ask for this frame: +-1, +-page, +-(1 << 30) for End/Home; 0 none.
int table_key_step(int page);
KeyNav table_keys(const char* table, int& selected, int count);
void key_row(const KeyNav& nav, int i, std::string_view label = {});
void key_clicked(const KeyNav& nav, int& selected, int i);
// window.stormvakt.selection(): {"table", "row", "count", "label", "visible"} of the table that has the
// keyboard (visible: the selected row was drawn wholly inside the table in the last frame); null before any.
std::string key_table_json();

} // namespace sv::app
