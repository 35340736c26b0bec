// theme.hpp — Stormvakt's look: palette (light and dark), spacing, rounding, and UI scaling for hi-DPI.
#pragma once
#include "imgui.h"

namespace sv::app {

// Semantic colours. Views use these, never raw numbers, so light and dark stay consistent.
struct Palette {
    ImU32 background;    // window background
    ImU32 surface;       // cards and panels
    ImU32 surface_hover; // hovered card
    ImU32 border;        // card and drop-zone borders
    ImU32 text;          // body text
    ImU32 text_muted;    // secondary text
    ImU32 accent;        // brand colour (storm blue)
    ImU32 accent_soft;   // accent at low opacity (highlights)
    ImU32 positive;      // sentiment: positive
    ImU32 neutral;       // sentiment: neutral
    ImU32 negative;      // sentiment: negative
    ImU32 warning;       // warnings, emerging stage
};

enum class ThemeMode { dark, light };

// Applies colours and metrics to ImGui's style. `scale` = device pixels per CSS pixel.
void apply_theme(ThemeMode mode, float scale);
const Palette& palette();
ThemeMode theme_mode();
// The UI scale applied last (multiply hand-written pixel sizes by it).
float ui_scale();

} // namespace sv::app
