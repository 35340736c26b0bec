#include "app/app.hpp"

#include "app/i18n.hpp"
#include "app/views/welcome_view.hpp"

#include "imgui.h"

namespace sv::app {

void App::init(float ui_scale) {
    state_.scale = ui_scale;
    state_.fonts = load_fonts();
    set_ui_language(ui_language_for_tag(platform::preferred_language()));
    apply_theme(state_.theme, ui_scale);
}

void App::scale_changed(float ui_scale) {
    state_.scale = ui_scale;
    apply_theme(state_.theme, ui_scale);
}

void App::file_received(std::string name, std::vector<uint8_t> bytes) {
    state_.received.name = std::move(name);
    state_.received.bytes = std::move(bytes);
    state_.received.present = true;
}

void App::frame() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##stormvakt", nullptr, flags);
    draw_welcome_view(state_);
    ImGui::End();

    // The first frame builds the font atlas; by the second, the welcome screen is on the canvas.
    if (++frames_ == 2) platform::signal_ready();
}

} // namespace sv::app
