#include "core/case/reopen_job.hpp"

namespace sv {

ReopenJob::ReopenJob(std::unique_ptr<CaseInput> input, std::string what, AnalyticsOptions options)
    : input_(std::move(input)), what_(std::move(what)), options_(std::move(options)) {}

ReopenJob::ReopenJob(std::unique_ptr<CaseInput> input, std::string what, RelabelPlan plan)
    : input_(std::move(input)), what_(std::move(what)), options_(plan.analytics),
      plan_(std::make_unique<RelabelPlan>(std::move(plan))) {}

ReopenJob::ReopenJob(std::string bytes, std::string what, AnalyticsOptions options)
    : ReopenJob(std::make_unique<MemoryCaseInput>(std::move(bytes)), std::move(what), std::move(options)) {}

ReopenJob::ReopenJob(std::string bytes, std::string what, RelabelPlan plan)
    : ReopenJob(std::make_unique<MemoryCaseInput>(std::move(bytes)), std::move(what), std::move(plan)) {}

StepResult ReopenJob::step(double budget_ms) {
    const double start = clock_ms();
    if (!loaded_.analysis) { // the columns, in slices (CaseReadJob)
        if (!read_) read_ = std::make_unique<CaseReadJob>(*input_, what_);
        const double t0 = clock_ms();
        const StepResult rr = read_->step(budget_ms - (t0 - start) > 0.5 ? budget_ms - (t0 - start) : 0.5);
        open_ms_ += clock_ms() - t0;
        if (rr == StepResult::failed) {
            error_ = read_->error();
            return StepResult::failed;
        }
        if (rr == StepResult::more) return StepResult::more;
        loaded_ = read_->take();
        read_.reset();
        input_.reset(); // the file is not needed any more
        loaded_.analysis->timings_ms.clear();
        loaded_.analysis->timings_ms["open"] = open_ms_;
        if (plan_) {
            auto job = std::make_unique<RelabelJob>(*loaded_.analysis, std::move(*plan_));
            relabel_ = job.get();
            analytics_ = std::move(job);
        } else {
            analytics_ = make_analytics_job(*loaded_.analysis, options_);
        }
        if (clock_ms() - start >= budget_ms) return StepResult::more;
    }
    const double t0 = clock_ms();
    const double left = budget_ms - (t0 - start);
    const StepResult r = analytics_->step(left > 0.5 ? left : 0.5);
    if (!relabel_)
        loaded_.analysis->timings_ms["analyze"] += clock_ms() - t0; // (RelabelJob times its phases)
    if (r == StepResult::failed) error_ = analytics_->error();
    return r;
}

Progress ReopenJob::progress() const {
    if (!analytics_) return read_ ? read_->progress() : Progress{"open", 0, 1};
    return analytics_->progress();
}

} // namespace sv
