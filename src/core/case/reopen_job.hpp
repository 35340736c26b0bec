// reopen_job.hpp — opens a saved case as a resumable job: read the columnar case file, then re-run only the
// crisis analytics ("analyze" phase). The raw export is never re-parsed and nothing is re-scored: the
// comments, the import report and the sentiment columns come from the file as they were saved.
//
//   phase "open"     read_case(): checksums, columns (one slice; a 1,000,000-comment case takes ~100s of ms)
//   phase "analyze"  AnalyticsJob over the loaded comments (sliced like a fresh import's last phase)
#pragma once
#include "core/analytics/analytics_job.hpp"
#include "core/case/case_file.hpp"
#include "core/pipeline/job.hpp"

#include <memory>
#include <string>

namespace sv {

class ReopenJob final : public Job {
public:
    // `bytes` is the case file; `what` names it in errors ("case 'Bank app storm'").
    ReopenJob(std::string bytes, std::string what, AnalyticsOptions options = {});
    StepResult step(double budget_ms) override;
    Progress progress() const override;

    // The opened case (after step() returned done); the job is spent afterwards.
    LoadedCase take() { return std::move(loaded_); }
    size_t phase_index() const { return analytics_ ? 1 : 0; }
    static constexpr size_t kPhases = 2;

private:
    std::string bytes_;
    std::string what_;
    AnalyticsOptions options_;
    LoadedCase loaded_;
    std::unique_ptr<CaseVerifyJob> verify_; // the section checksums, in slices, before reading
    bool verified_ = false;
    std::unique_ptr<Job> analytics_;
};

} // namespace sv
