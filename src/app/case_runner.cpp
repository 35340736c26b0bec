#include "app/case_runner.hpp"

#include "platform/platform.hpp"

namespace sv::app {

uint32_t CaseRunner::start(std::string name, std::vector<char> bytes, uint32_t request) {
    const uint32_t dropped = cancel();
    name_ = name;
    bytes_ = bytes.size();
    request_ = request;
    error_ = Error{};
    done_.reset();
    started_ms_ = platform::now_ms();
    finished_ms_ = 0;
    job_ = std::make_unique<AnalyzeJob>(std::move(bytes), std::move(name), AnalyzeOptions{});
    phase_count_ = job_->phase_count() + 1;
    return dropped;
}

uint32_t CaseRunner::cancel() {
    if (!busy()) return 0;
    job_.reset();
    prep_.reset();
    done_.reset();
    return request_;
}

CaseRunner::Event CaseRunner::step(double budget_ms) {
    if (prep_) {
        if (prep_->step(budget_ms) == StepResult::more) return Event::none;
        prep_done_ = prep_->take();
        prep_.reset();
        finished_ms_ = platform::now_ms();
        return Event::finished;
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
    prep_ = std::make_unique<CasePrepJob>(*done_); // next frames: the view preparation
    return Event::none;
}

std::unique_ptr<Analysis> CaseRunner::take() {
    return std::move(done_);
}

Progress CaseRunner::progress() const {
    return job_ ? job_->progress() : prep_ ? prep_->progress() : Progress{};
}
size_t CaseRunner::phase_index() const {
    return job_ ? job_->phase_index() : prep_ ? phase_count_ - 1 : 0;
}
size_t CaseRunner::phase_count() const {
    return job_ ? job_->phase_count() + 1 : prep_ ? phase_count_ : 0; // + the view preparation
}
uint64_t CaseRunner::rows_so_far() const {
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
