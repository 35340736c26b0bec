// analytics_job.hpp — the "analyze" phase: every crisis analytic over an Analysis, as a resumable job.
//
// Steps, in order (each a whole O(n) pass; step() runs steps until its time budget is spent, so one slice
// is at least one step): timeline (buckets, baseline, onset, peak), pyramid, cascades, self-driving gauge,
// stage and severity (they use n*), people (reach, multipliers, fans, outsiders), themes, origin.
// Without sentiment columns every comment counts as neutral (compound 0) and the figures that need
// sentiment say so.
#pragma once
#include "core/analytics/analytics_result.hpp"
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
    void run_step(size_t k);
    Analysis& a_;
    AnalyticsOptions options_;
    TimelineIndex index_;
    size_t next_ = 0;
};

std::unique_ptr<Job> make_analytics_job(Analysis& analysis, const AnalyticsOptions& options);

// Runs every step at once (tests, tools).
void run_analytics(Analysis& analysis, const AnalyticsOptions& options = {});

} // namespace sv
