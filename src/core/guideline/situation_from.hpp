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
#include "core/base/sliced.hpp"
#include "core/guideline/guideline_inputs.hpp"
#include "core/guideline/situation.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"

#include <vector>

namespace sv {

Situation situation_from(const Analysis& analysis, const GuidelineInputs& inputs);

// frames (issue 9): the passes over the comments that situation_from makes (authors, latest time, the
// sentiment counts and each author's mean), counted once and in slices, so the app's first overview and the
// summary need no pass of 50-200 ms in one frame. The same numbers as situation_from's own passes.
struct SituationCounts {
    bool done = false;         // all rows counted (SituationCountJob finished)
    int64_t comments = 0;      // rows
    int64_t authors = 0;       // authors with at least one comment
    int64_t now = kNoTime;     // latest comment time
    bool sentiment = false;    // sentiment columns usable (present, one per comment, comments not empty)
    size_t negative = 0;       // comments labelled negative
    size_t positive = 0;       // comments labelled positive
    size_t constructive = 0;   // comments flagged constructive
    size_t criticism = 0;      // negative or constructive comments
    size_t scored_authors = 0; // authors with a mean compound (sentiment)
    size_t critics = 0;        // authors with mean compound <= kNegativeThreshold
    size_t fans = 0;           // authors with mean compound >= kPositiveThreshold
};

// Counts SituationCounts over the rows in slices. `a` must not change meanwhile.
class SituationCountJob final : public Job {
public:
    explicit SituationCountJob(const Analysis& a) : a_(a) {}
    StepResult step(double budget_ms) override;
    Progress progress() const override { return {"situation", static_cast<uint64_t>(stage_), 3}; }
    const SituationCounts& counts() const { return c_; }

private:
    const Analysis& a_;
    SituationCounts c_;
    int stage_ = 0;
    SlicedLoop loop_;
    std::vector<uint8_t> seen_;   // authors with a comment
    std::vector<double> sum_;     // per author: sum of compound (row order, as situation_from)
    std::vector<uint32_t> count_; // per author: scored comments
};

// situation_from with the counts of SituationCountJob (done) for `analysis`: no pass over the comments.
Situation situation_from(const Analysis& analysis, const GuidelineInputs& inputs,
                         const SituationCounts& counts);

} // namespace sv
