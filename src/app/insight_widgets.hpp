// insight_widgets.hpp — pieces the Overview and the Guideline view share: the self-driving gauge, the
// response-window countdown, and guideline items (action / because / by).
#pragma once
#include "app/app.hpp"
#include "app/reason_text.hpp"

#include <string>
#include <string_view>

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
// app8: texts the core keeps in English for the CLI JSON, written here in the UI language from its numbers.
// A multiplier's reason: "86 k followers; 2,516 replies under their comments; …" (people.hpp's rule).
std::string multiplier_reason(const Multiplier& m);
// The response window's line under the countdown: "The first hour ended 3 h 10 min ago · 4 h 10 min since
// the onset" (no onset: says so).
std::string response_window_line(const ResponseWindow& w);
// For window.stormvakt.texts(view): the texts the view shows that come from core data, as the UI language
// writes them: {"ui_language", "multiplier_reasons": [...], "response_window", "guideline_language",
// "guideline_items": [...], "origin_reason", "gauge_reason", "import_reason", "rejects": [{"message",
// "hint", "kind"}], "rejects_by_kind", "precision", "warnings": [...], "error": {"message", "hint", "kind"}
// while the error view shows} (keys that the view does not show are left out). "null" without a case and
// without an error.
std::string view_texts_json(const AppState& state, std::string_view view);

} // namespace sv::app
