#include "app/fonts.hpp"

#include "platform/platform.hpp"

#include <cstdio>
#include <string>

namespace sv::app {
namespace {

ImFont* add(const std::string& path, bool merge, ImFont* into = nullptr, float offset_y = 0.0f) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    cfg.DstFont = merge ? into : nullptr;
    cfg.GlyphOffset.y = offset_y;
    ImFont* f = ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), kFontBody, &cfg);
    if (!f) std::fprintf(stderr, "Stormvakt: font not found: %s\n", path.c_str());
    return f;
}

ImFont* family(const std::string& main) {
    ImFont* f = add(main, false);
    if (!f) return nullptr;
    add(platform::font_path("icons"), true, f, 3.0f);
    add(platform::font_path("emoji"), true, f);
    return f;
}

} // namespace

Fonts load_fonts() {
    Fonts fonts;
    fonts.body = family(platform::font_path("ui"));
    fonts.bold = family(platform::font_path("ui_bold"));
    if (!fonts.body) fonts.body = ImGui::GetIO().Fonts->AddFontDefault();
    if (!fonts.bold) fonts.bold = fonts.body;
    return fonts;
}

} // namespace sv::app
