// situation_from.hpp — maps an Analysis (comments, sentiment, analytics) and the team's inputs into the
// Situation that the guideline and the brief read.
//
// What comes from where:
//   comments, authors, now (latest comment time)    CommentStore
//   negative/positive share, critics per 100, fans,  SentimentColumns (DESIGN.md definitions: critics =
//   emotional / constructive share of criticism      authors with mean compound <= -0.05, fans >= 0.05;
//                                                    constructive = negative comments flagged constructive,
//                                                    emotional = the other negative comments)
//   stage, severity, onset, peak, timeline, n* + CI, AnalyticsResult (timeline, crisis, hawkes, people,
//   forecast, outsiders, multipliers, themes,        themes_*, origin)
//   trigger candidates, origin guess
//   brand, mission, responder, channel, origin       GuidelineInputs (the team's choice wins over the guess)
//   choice, language, time zone
// A part that has not run (sentiment or analytics absent) leaves its figures unknown with the reason; the
// timeline chart is then drawn from the comment times alone (volume only, or by label when sentiment ran).
#pragma once
#include "core/guideline/guideline_inputs.hpp"
#include "core/guideline/situation.hpp"
#include "core/pipeline/analysis.hpp"

namespace sv {

Situation situation_from(const Analysis& analysis, const GuidelineInputs& inputs);

} // namespace sv
