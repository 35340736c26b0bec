// welcome_view.hpp — the first screen: what Stormvakt does, the privacy promise, the drop zone.
#pragma once

namespace sv::app {
struct AppState;
void draw_welcome_view(AppState& state);
} // namespace sv::app
