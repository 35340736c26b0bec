#include "app/case_insights.hpp"

#include "core/guideline/situation_from.hpp"

namespace sv::app {

void refresh_insights(CaseInsights& out, const Analysis& a, const GuidelineInputs& inputs,
                      uint64_t data_version, uint64_t inputs_version) {
    if (out.for_data == data_version && out.for_inputs == inputs_version) return;
    out.situation = situation_from(a, inputs);
    out.guideline = make_guideline(out.situation);
    out.for_data = data_version;
    out.for_inputs = inputs_version;
}

void refresh_insights(CaseInsights& out, const Analysis& a, const SituationCounts& counts,
                      const GuidelineInputs& inputs, uint64_t data_version,
                      uint64_t inputs_version) { // frames
    if (!counts.done || counts.comments != int64_t(a.comments.size()))
        return refresh_insights(out, a, inputs, data_version, inputs_version);
    if (out.for_data == data_version && out.for_inputs == inputs_version) return;
    out.situation = situation_from(a, inputs, counts);
    out.guideline = make_guideline(out.situation);
    out.for_data = data_version;
    out.for_inputs = inputs_version;
}

Lang lang_of(UiLanguage ui) {
    return ui == UiLanguage::sv ? Lang::sv : ui == UiLanguage::de ? Lang::de : Lang::en;
}

bool follow_ui_language(GuidelineInputs& in, UiLanguage ui) {
    if (in.language_chosen || in.language == lang_of(ui)) return false;
    in.language = lang_of(ui);
    return true;
}

Countdown countdown_at(const Situation& s, int64_t wall_now) {
    Countdown c;
    const int64_t kLiveSeconds = 2 * 3600;
    c.live = s.now != kNoTime && wall_now >= s.now && wall_now - s.now <= kLiveSeconds;
    c.window = c.live ? response_window(s.onset, wall_now, s.language) : response_window(s);
    return c;
}

} // namespace sv::app
