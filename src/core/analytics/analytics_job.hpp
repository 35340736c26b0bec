// analytics_job.hpp — the "analyze" phase: every crisis analytic over an Analysis, as a resumable job.
//
// Steps, in order (step() runs steps until its time budget is spent; cascades, the gauge, people and themes
// work in slices, the others are short whole passes): timeline (buckets, baseline, onset, peak), pyramid,
// cascades, self-driving gauge, stage and severity (they use n*), people (reach, multipliers, fans,
// outsiders), themes, origin. Without sentiment columns every comment counts as neutral (compound 0) and the
// figures that need sentiment say so.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/analytics/cascades.hpp"
#include "core/analytics/hawkes.hpp"
#include "core/analytics/people.hpp"
#include "core/analytics/themes.hpp"
#include "core/analytics/timeline.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"

#include <memory>

namespace sv {

class AnalyticsJob final : public Job {
public:
    AnalyticsJob(Analysis& analysis, AnalyticsOptions options);
    StepResult step(double budget_ms) override;
    Progress progress() const override;

    static constexpr size_t kSteps = 8;

private:
    bool run_step(size_t k, double deadline_ms); // false: the step goes on in the next slice
    Analysis& a_;
    AnalyticsOptions options_;
    TimelineIndex index_;
    Timeline no_timeline_; // people without timestamps
    size_t next_ = 0;
    // The steps that work in slices (the others are short enough to run whole).
    std::unique_ptr<CascadeBuilder> cascades_;
    std::unique_ptr<HawkesGaugeBuilder> hawkes_;
    std::unique_ptr<PeopleBuilder> people_;
    std::unique_ptr<ThemesBuilder> themes_;
};

std::unique_ptr<Job> make_analytics_job(Analysis& analysis, const AnalyticsOptions& options);

// Runs every step at once (tests, tools).
void run_analytics(Analysis& analysis, const AnalyticsOptions& options = {});

} // namespace sv
