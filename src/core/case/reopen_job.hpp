// reopen_job.hpp — opens a saved case as a resumable job: read the columnar case file, then re-run only the
// crisis analytics ("analyze" phase). The raw export is never re-parsed and nothing is re-scored: the
// comments, the import report and the sentiment columns come from the file as they were saved.
//
//   phase "open"     the checksums (CaseVerifyJob), then the columns (CaseReadJob), both in slices
//   phase "analyze"  AnalyticsJob over the loaded comments (sliced like a fresh import's last phase)
// With the user's corrections (issue 7: RelabelPlan) the "analyze" phase is a RelabelJob: the comments are
// scored again only when the case has a custom lexicon, then the relabelled comments are applied, then the
// analytics run.
#pragma once
#include "core/analytics/analytics_job.hpp"
#include "core/case/case_file.hpp"
#include "core/pipeline/job.hpp"
#include "core/pipeline/relabel_job.hpp"

#include <memory>
#include <string>

namespace sv {

class ReopenJob final : public Job {
public:
    // `bytes` is the case file; `what` names it in errors ("case 'Bank app storm'").
    ReopenJob(std::string bytes, std::string what, AnalyticsOptions options = {});
    // With the case's corrections: plan.rescore when it has custom words (plan.sentiment.custom_words).
    ReopenJob(std::string bytes, std::string what, RelabelPlan plan);
    StepResult step(double budget_ms) override;
    Progress progress() const override;

    // The opened case (after step() returned done); the job is spent afterwards.
    LoadedCase take() { return std::move(loaded_); }
    size_t phase_index() const { return analytics_ ? 1 + (relabel_ ? relabel_->phase_index() : 0) : 0; }
    static constexpr size_t kPhases = 2;
    size_t phase_count() const { return plan_ ? 1 + (plan_->rescore ? 3 : 2) : kPhases; }

private:
    std::string bytes_;
    std::string what_;
    AnalyticsOptions options_;
    LoadedCase loaded_;
    std::unique_ptr<CaseVerifyJob> verify_; // the section checksums, in slices, before reading
    std::unique_ptr<CaseReadJob> read_;     // then the columns, in slices
    double open_ms_ = 0;                    // time spent reading (timings_ms["open"])
    bool verified_ = false;
    std::unique_ptr<Job> analytics_;
    std::unique_ptr<RelabelPlan> plan_; // the user's corrections (null: analytics only)
    RelabelJob* relabel_ = nullptr;     // analytics_ when it is a RelabelJob
};

} // namespace sv
