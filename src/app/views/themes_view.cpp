// themes_view.cpp — terms and phrases of negative and of constructive criticism. They come from the
// analytics module (weighted log-odds, DESIGN.md); until it has run, the view says so.
#include "app/i18n.hpp"
#include "app/views/views.hpp"
#include "app/widgets.hpp"

#include "imgui.h"

namespace sv::app {

void draw_themes_view(AppState& state) {
    const Analysis& a = *state.current;
    view_title(state.fonts.bold, tr(Str::nav_themes), nullptr);
    if (!a.sentiment.present()) notice(tr(Str::sentiment_missing));
    if (!a.analytics.present) notice(tr(Str::themes_missing));
}

} // namespace sv::app
