// insight_widgets.hpp — pieces the Overview and the Guideline view share: the self-driving gauge, the
// response-window countdown, and guideline items (action / because / by).
#pragma once
#include "app/app.hpp"

#include <string>

namespace sv::app {

// A horizontal gauge of n* (0 .. 2, or the interval's top) with its 95 % interval, the threshold 1, and one
// plain sentence under it. Says why when the gauge could not be fitted.
void gauge_widget(const HawkesGauge& g, float width);
// The plain sentence for a fitted gauge (in the UI language).
std::string gauge_sentence(const HawkesGauge& g);
// Time since the onset against the first-hour target: a big line, a bar and the core's label.
void countdown_widget(const AppState& state, const Situation& s, float width);
// The first `max_items` items of a guideline (all when 0), numbered.
void guideline_items(const AppState& state, const Guideline& g, size_t max_items);
// "12 comments · 340 likes · mean +0.61"
std::string fan_line(const Fan& f);

} // namespace sv::app
