// fonts.hpp — the app's fonts: Noto Sans (Latin, Greek, Cyrillic) with Material Icons and Symbola (emoji,
// monochrome) merged in, and Noto Sans Bold for headings. All from Debian's font packages.
#pragma once
#include "imgui.h"

namespace sv::app {

struct Fonts {
    ImFont* body = nullptr; // Noto Sans + icons + emoji
    ImFont* bold = nullptr; // Noto Sans Bold + icons + emoji
};

// Loads the fonts (once, after the ImGui context exists). Missing files fall back to ImGui's default font
// and are reported on stderr.
Fonts load_fonts();

// Sizes in unscaled pixels (ImGui applies the DPI scale).
inline constexpr float kFontBody = 16.0f;
inline constexpr float kFontSmall = 13.5f;
inline constexpr float kFontH2 = 20.0f;
inline constexpr float kFontH1 = 30.0f;
inline constexpr float kFontHero = 44.0f;

} // namespace sv::app
