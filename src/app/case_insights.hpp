// case_insights.hpp — what the views show beyond the raw analysis, derived once per change: the Situation
// (core/guideline: the measured facts with the team's inputs), the first response guideline, and the
// response-window countdown. Rebuilt when the case or the team's inputs change, never per frame.
#pragma once
#include "app/i18n.hpp"
#include "core/guideline/guideline.hpp"
#include "core/guideline/guideline_inputs.hpp"
#include "core/guideline/response_window.hpp"
#include "core/guideline/situation.hpp"
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analysis.hpp"

#include <cstdint>

namespace sv::app {

struct CaseInsights {
    Situation situation;       // facts + inputs (situation_from)
    Guideline guideline;       // ordered actions (make_guideline)
    uint64_t for_data = ~0ull; // data_version it was built for
    uint64_t for_inputs = ~0ull;
    bool built() const { return for_data != ~0ull; }
};

// Rebuilds `out` when (data_version, inputs_version) differ from what it was built for.
void refresh_insights(CaseInsights& out, const Analysis& a, const GuidelineInputs& inputs,
                      uint64_t data_version, uint64_t inputs_version);
// frames (issue 9): the same with the comment counts the view preparation made for `a` (CasePrep::situation;
// used when done): no pass over the comments in the frame (at 3M that pass was a 198 ms frame).
void refresh_insights(CaseInsights& out, const Analysis& a, const SituationCounts& counts,
                      const GuidelineInputs& inputs, uint64_t data_version, uint64_t inputs_version);

// app8: the guideline (and the brief) are written in the UI language until the team picks a language in the
// Guideline view (inputs.language_chosen): a Swedish or German UI then never shows English guideline items.
// Sets in.language to the UI language when not chosen; true when that changed it (call inputs_changed()).
bool follow_ui_language(GuidelineInputs& in, UiLanguage ui);
Lang lang_of(UiLanguage ui); // Lang::en / sv / de

// The response window at `wall_now` (UTC seconds, the computer's clock): when the data is live (its last
// comment within 2 h of wall_now) the countdown runs with the clock; for an older export it is measured
// at the last comment (`live` false).
struct Countdown {
    ResponseWindow window;
    bool live = false; // true: ticking with the clock; false: as of the last comment
};
Countdown countdown_at(const Situation& s, int64_t wall_now);

} // namespace sv::app
