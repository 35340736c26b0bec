// reopen_job.hpp — opens a saved case as a resumable job: read the columnar case file, then re-run only the
// crisis analytics ("analyze" phase). The raw export is never re-parsed and nothing is re-scored: the
// comments, the import report and the sentiment columns come from the file as they were saved.
//
//   phase "open"     the columns (CaseReadJob), read piece by piece from the case file and checksummed as
//                    they are read, in slices (issue 9: the whole file is never in memory)
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
    // `input` is the case file (open_case_file()); `what` names it in errors ("case 'Bank app storm'").
    ReopenJob(std::unique_ptr<CaseInput> input, std::string what, AnalyticsOptions options = {});
    // With the case's corrections: plan.rescore when it has custom words (plan.sentiment.custom_words).
    ReopenJob(std::unique_ptr<CaseInput> input, std::string what, RelabelPlan plan);
    // The same with the case file's bytes in memory.
    ReopenJob(std::string bytes, std::string what, AnalyticsOptions options = {});
    ReopenJob(std::string bytes, std::string what, RelabelPlan plan);
    StepResult step(double budget_ms) override;
    Progress progress() const override;

    // The opened case (after step() returned done); the job is spent afterwards.
    LoadedCase take() { return std::move(loaded_); }
    size_t phase_index() const { return analytics_ ? 1 + (relabel_ ? relabel_->phase_index() : 0) : 0; }
    static constexpr size_t kPhases = 2;
    size_t phase_count() const { return plan_ ? 1 + (plan_->rescore ? 3 : 2) : kPhases; }

private:
    std::unique_ptr<CaseInput> input_; // the case file (closed once read)
    std::string what_;
    AnalyticsOptions options_;
    LoadedCase loaded_;
    std::unique_ptr<CaseReadJob> read_; // the columns, checksummed while read, in slices
    double open_ms_ = 0;                // time spent reading (timings_ms["open"])
    std::unique_ptr<Job> analytics_;
    std::unique_ptr<RelabelPlan> plan_; // the user's corrections (null: analytics only)
    RelabelJob* relabel_ = nullptr;     // analytics_ when it is a RelabelJob
};

} // namespace sv
