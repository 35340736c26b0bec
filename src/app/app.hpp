// app.hpp — the Stormvakt application: owns the UI state and draws one frame at a time.
//
// The platform (src/platform) calls the AppHooks; views (src/app/views) draw from the state here.
#pragma once
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "platform/platform.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sv::app {

// The last file that arrived (until importing lands, the welcome view reports it).
struct ReceivedFile {
    std::string name;
    std::vector<uint8_t> bytes;
    bool present = false;
};

// What the views read and change. One instance, owned by App.
struct AppState {
    Fonts fonts;
    ThemeMode theme = ThemeMode::dark;
    float scale = 1.0f;
    ReceivedFile received;
    bool drag_hover = false; // a file is being dragged over the page
};

class App final : public platform::AppHooks {
public:
    void init(float ui_scale) override;
    void frame() override;
    void scale_changed(float ui_scale) override;
    void file_received(std::string name, std::vector<uint8_t> bytes) override;
    void drag_hover(bool hovering) override { state_.drag_hover = hovering; }

private:
    AppState state_;
    int frames_ = 0; // frames drawn so far (ready is signalled once the first one is on screen)
};

} // namespace sv::app
