// guideline_report.hpp — the `guideline` part of the analyze report (analyze_report.hpp):
//   "guideline": {"language": "en", "items": [{"action", "because", "by", "kind", "deadline",
//                 "cites": [{"fact", "value"}]}]}
// `action`, `because`, `by` are the contract; `kind`, `deadline` (ISO UTC or null) and `cites` (the
// Situation facts each `because` shows, with their values; shares as 0..1) are added for checking.
#pragma once
#include "core/guideline/guideline.hpp"
#include "core/guideline/guideline_inputs.hpp"
#include "core/report/analyze_report.hpp"

namespace sv {

Json guideline_json(const Guideline& g);
// Evaluates the guideline on situation_from(analysis, inputs) and appends it as "guideline".
void append_guideline_report(const Analysis& analysis, const GuidelineInputs& inputs, Json& out);
// frames: the same with the comment counts of a finished SituationCountJob (no pass over the comments).
struct SituationCounts;
void append_guideline_report(const Analysis& analysis, const GuidelineInputs& inputs,
                             const SituationCounts& counts, Json& out);

} // namespace sv
