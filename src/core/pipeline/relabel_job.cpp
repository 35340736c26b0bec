#include "core/pipeline/relabel_job.hpp"

#include "core/analytics/analytics_job.hpp"
#include "core/sentiment/score_job.hpp"

#include <cstring>

namespace sv {

RelabelJob::RelabelJob(Analysis& analysis, RelabelPlan plan) : a_(analysis), plan_(std::move(plan)) {
    if (plan_.rescore) phases_.push_back("score");
    phases_.push_back("corrections");
    phases_.push_back("analyze");
    before_ = a_.sentiment.label;
    for (const char* p : phases_) a_.timings_ms.erase(p);
}

std::unique_ptr<Job> RelabelJob::make_phase(size_t k) {
    const char* name = phases_[k];
    if (std::strcmp(name, "score") == 0) {
        a_.custom_words = plan_.sentiment.custom_words;
        return make_score_job(a_, plan_.sentiment);
    }
    if (std::strcmp(name, "corrections") == 0)
        return make_corrections_job(a_, std::move(plan_.corrections), /*columns_fresh=*/plan_.rescore);
    return make_analytics_job(a_, plan_.analytics);
}

StepResult RelabelJob::step(double budget_ms) {
    const double start = clock_ms();
    while (phase_ < phases_.size()) {
        if (!current_) current_ = make_phase(phase_);
        const double t0 = clock_ms();
        const double left = budget_ms - (t0 - start);
        const StepResult r = current_->step(left > 0.5 ? left : 0.5);
        a_.timings_ms[phases_[phase_]] += clock_ms() - t0;
        if (r == StepResult::failed) {
            failure_ = &current_->error();
            return StepResult::failed;
        }
        if (r == StepResult::more) return StepResult::more;
        current_.reset();
        if (std::strcmp(phases_[phase_], "corrections") == 0) { // the labels are final now
            const std::vector<SentimentLabel>& now = a_.sentiment.label;
            changed_ = 0;
            if (before_.size() == now.size())
                for (size_t i = 0; i < now.size(); ++i) changed_ += before_[i] != now[i];
            else
                changed_ = now.size();
            std::vector<SentimentLabel>().swap(before_);
        }
        ++phase_;
        if (clock_ms() - start >= budget_ms)
            return phase_ < phases_.size() ? StepResult::more : StepResult::done;
    }
    return StepResult::done;
}

Progress RelabelJob::progress() const {
    if (current_) return current_->progress();
    if (phase_ < phases_.size()) return {phases_[phase_], 0, 0};
    return {"done", 1, 1};
}

const Error& RelabelJob::error() const {
    return failure_ ? *failure_ : error_;
}

} // namespace sv
