#include "app/case_runner.hpp"

#include "platform/platform.hpp"

namespace sv::app {

uint32_t CaseRunner::start(std::string name, std::vector<char> bytes, uint32_t request,
                           AnalyzeOptions options) {
    return start(std::move(name), std::make_unique<MemorySource>(std::move(bytes)), request,
                 std::move(options));
}

uint32_t CaseRunner::start(std::string name, std::unique_ptr<ByteSource> source, uint32_t request,
                           AnalyzeOptions options) {
    const uint32_t dropped = drop();
    rework_mode_ = false;
    case_id_.clear();
    name_ = name;
    bytes_ = source->size();
    request_ = request;
    error_ = Error{};
    done_.reset();
    started_ms_ = platform::now_ms();
    finished_ms_ = 0;
    job_ = std::make_unique<AnalyzeJob>(std::move(source), std::move(name), std::move(options));
    phase_count_ = job_->phase_count() + 1;
    return dropped;
}

uint32_t CaseRunner::start_reopen(std::string case_id, std::string case_name, std::unique_ptr<CaseInput> file,
                                  uint32_t request, RelabelPlan plan) {
    const uint64_t size = file->size();
    const uint32_t dropped = start_reopen(std::move(case_id), std::move(case_name),
                                          std::make_unique<MemoryCaseInput>(std::string_view()), request);
    bytes_ = size;
    reopen_ = std::make_unique<ReopenJob>(std::move(file), "case '" + name_ + "'", std::move(plan));
    phase_count_ = reopen_->phase_count() + 1;
    return dropped;
}

uint32_t CaseRunner::start_rework(std::unique_ptr<Analysis> analysis, RelabelPlan plan, uint32_t request) {
    const uint32_t dropped = drop();
    rework_mode_ = true;
    rework_first_ = true;
    name_ = analysis->source_name;
    bytes_ = analysis->source_bytes;
    request_ = request;
    error_ = Error{};
    done_.reset();
    labels_changed_ = 0;
    started_ms_ = platform::now_ms();
    finished_ms_ = 0;
    rework_analysis_ = std::move(analysis);
    rework_ = std::make_unique<RelabelJob>(*rework_analysis_, std::move(plan));
    phase_count_ = rework_->phase_count() + 1;
    return dropped;
}

uint32_t CaseRunner::start_reopen(std::string case_id, std::string case_name, std::unique_ptr<CaseInput> file,
                                  uint32_t request) {
    const uint32_t dropped = drop();
    rework_mode_ = false;
    name_ = case_name;
    bytes_ = file->size();
    request_ = request;
    error_ = Error{};
    done_.reset();
    case_id_ = std::move(case_id);
    reopen_rows_ = 0;
    started_ms_ = platform::now_ms();
    finished_ms_ = 0;
    reopen_ = std::make_unique<ReopenJob>(std::move(file), "case '" + case_name + "'");
    phase_count_ = ReopenJob::kPhases + 1;
    return dropped;
}

uint32_t CaseRunner::cancel() {
    if (rework_mode_ && busy()) return 0; // the open case's analysis, half re-scored: finish it
    return drop();
}

uint32_t CaseRunner::drop() {
    if (!busy()) return 0;
    summary_pending_ = false;
    report_.reset();
    summary_.clear();
    job_.reset();
    reopen_.reset();
    prep_.reset();
    done_.reset();
    rework_.reset();
    rework_analysis_.reset();
    return request_;
}

void CaseRunner::start_prep() {
    prep_ = std::make_unique<CasePrepJob>(*done_); // next frames: the view preparation
}

CaseRunner::Event CaseRunner::step(double budget_ms) {
    if (rework_) {
        if (rework_first_) budget_ms = budget_ms < 25.0 ? 25.0 : budget_ms;
        rework_first_ = false;
        const double t0 = platform::now_ms();
        const StepResult r = rework_->step(budget_ms);
        if (r == StepResult::more) return Event::none;
        labels_changed_ = rework_->labels_changed();
        if (r == StepResult::failed) error_ = rework_->error();
        rework_.reset();
        done_ = std::move(rework_analysis_);
        if (r == StepResult::failed) {
            finished_ms_ = platform::now_ms();
            return Event::failed; // take() still gives the analysis back
        }
        start_prep();
        budget_ms -= platform::now_ms() - t0;
        if (budget_ms < 1.0) return Event::none;
    }
    if (summary_pending_) { // smooth: the summary after the view preparation; frames: in slices
        if (done_) {
            if (!report_) report_ = std::make_unique<ReportJob>(*done_, &prep_done_.situation);
            if (report_->step(budget_ms) == StepResult::more) return Event::none;
            summary_ = report_->take();
            report_.reset();
        }
        summary_pending_ = false;
        finished_ms_ = platform::now_ms();
        return Event::finished;
    }
    if (prep_) {
        if (prep_->step(budget_ms) == StepResult::more) return Event::none;
        prep_done_ = prep_->take();
        prep_.reset();
        summary_.clear();
        if (!rework_mode_) { // (a rework's summary is built when asked: it has corrections of its own)
            summary_pending_ = true;
            return Event::none;
        }
        finished_ms_ = platform::now_ms();
        return Event::finished;
    }
    if (reopen_) {
        const StepResult r = reopen_->step(budget_ms);
        if (r == StepResult::more) return Event::none;
        if (r == StepResult::failed) {
            finished_ms_ = platform::now_ms();
            error_ = reopen_->error();
            reopen_.reset();
            return Event::failed;
        }
        LoadedCase loaded = reopen_->take();
        reopen_.reset();
        done_ = std::move(loaded.analysis);
        meta_ = std::move(loaded.meta);
        reopen_rows_ = done_ ? done_->comments.size() : 0;
        if (!done_) {
            finished_ms_ = platform::now_ms();
            error_ =
                make_error("empty_case", "the saved case holds no analysis", "delete it and import again");
            return Event::failed;
        }
        start_prep();
        return Event::none;
    }
    if (!job_) return Event::none;
    const StepResult r = job_->step(budget_ms);
    if (r == StepResult::more) return Event::none;
    if (r == StepResult::failed) {
        finished_ms_ = platform::now_ms();
        error_ = job_->error();
        job_.reset();
        return Event::failed;
    }
    done_ = job_->take();
    job_.reset();
    start_prep();
    return Event::none;
}

std::unique_ptr<Analysis> CaseRunner::take() {
    return std::move(done_);
}

Progress CaseRunner::progress() const {
    if (summary_pending_) return {"summary", 0, 1};
    if (rework_) return rework_->progress();
    if (reopen_) return reopen_->progress();
    return job_ ? job_->progress() : prep_ ? prep_->progress() : Progress{};
}
size_t CaseRunner::phase_index() const {
    if (rework_) return rework_->phase_index();
    if (reopen_) return reopen_->phase_index();
    return job_ ? job_->phase_index() : prep_ || summary_pending_ ? phase_count_ - 1 : 0;
}
size_t CaseRunner::phase_count() const {
    return busy() ? phase_count_ : 0; // the job's phases + the view preparation
}
uint64_t CaseRunner::rows_so_far() const {
    if (rework_) return rework_analysis_ ? rework_analysis_->comments.size() : 0;
    if (reopen_) return reopen_rows_;
    return job_ ? job_->analysis().comments.size() : done_ ? done_->comments.size() : 0;
}
double CaseRunner::elapsed_ms() const {
    return (finished_ms_ > 0 ? finished_ms_ : platform::now_ms()) - started_ms_;
}
double CaseRunner::rows_per_second() const {
    const double ms = elapsed_ms();
    return ms > 1.0 ? static_cast<double>(rows_so_far()) * 1000.0 / ms : 0.0;
}

} // namespace sv::app
