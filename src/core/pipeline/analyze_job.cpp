#include "core/pipeline/analyze_job.hpp"

#include "core/analytics/analytics_job.hpp"
#include "core/base/worker_pool.hpp"
#include "core/case/pseudonymise.hpp"
#include "core/sentiment/score_job.hpp"

namespace sv {

AnalyzeJob::AnalyzeJob(std::vector<char> bytes, std::string source_name, AnalyzeOptions options)
    : AnalyzeJob(std::make_unique<MemorySource>(std::move(bytes)), std::move(source_name),
                 std::move(options)) {}

AnalyzeJob::AnalyzeJob(std::unique_ptr<ByteSource> source, std::string source_name, AnalyzeOptions options)
    : analysis_(std::make_unique<Analysis>()), options_(std::move(options)), source_(std::move(source)) {
    analysis_->source_name = std::move(source_name);
    analysis_->source_bytes = source_->size();
    if (options_.threads > 1) pool_ = std::make_unique<WorkerPool>(options_.threads);
    // The phases, in order. Each module adds its phase here.
    phases_ = {
        {"import", &AnalyzeJob::make_import},
        {"score", &AnalyzeJob::make_score},
        {"analyze", &AnalyzeJob::make_analyze},
    };
    // Pseudonymised authors (issue 7): right after import, so no later phase ever sees a real name.
    if (!options_.pseudonymise_salt.empty())
        phases_.insert(phases_.begin() + 1, {"pseudonymise", &AnalyzeJob::make_pseudonymise});
    // Comments relabelled by hand (issue 7): right after scoring, before anything derived from labels.
    analysis_->custom_words = options_.sentiment.custom_words;
    if (!options_.corrections.empty())
        phases_.insert(phases_.end() - 1, {"corrections", &AnalyzeJob::make_corrections});
}

AnalyzeJob::~AnalyzeJob() {
    current_.reset(); // a phase may use the pool: it goes first
}

std::unique_ptr<Job> AnalyzeJob::make_import(AnalyzeJob& self) {
    return make_import_job(*self.analysis_, std::move(self.source_), self.options_.import);
}

std::unique_ptr<Job> AnalyzeJob::make_score(AnalyzeJob& self) {
    return make_score_job(*self.analysis_, self.options_.sentiment, self.pool_.get());
}

std::unique_ptr<Job> AnalyzeJob::make_analyze(AnalyzeJob& self) {
    return make_analytics_job(*self.analysis_, self.options_.analytics);
}

std::unique_ptr<Job> AnalyzeJob::make_pseudonymise(AnalyzeJob& self) {
    return make_pseudonymise_job(*self.analysis_, self.options_.pseudonymise_salt);
}

std::unique_ptr<Job> AnalyzeJob::make_corrections(AnalyzeJob& self) {
    return make_corrections_job(*self.analysis_, std::move(self.options_.corrections),
                                /*columns_fresh=*/true);
}

StepResult AnalyzeJob::step(double budget_ms) {
    const double start = clock_ms();
    while (phase_ < phases_.size()) {
        const Phase& phase = phases_[phase_];
        if (!current_) current_ = phase.make(*this);
        const double t0 = clock_ms();
        const double left = budget_ms - (t0 - start);
        const StepResult r = current_ ? current_->step(left > 0.5 ? left : 0.5) : StepResult::done;
        analysis_->timings_ms[phase.name] += clock_ms() - t0;
        if (r == StepResult::failed) {
            failure_ = &current_->error();
            return StepResult::failed;
        }
        if (r == StepResult::more) return StepResult::more;
        current_.reset();
        ++phase_;
        if (clock_ms() - start >= budget_ms)
            return phase_ < phases_.size() ? StepResult::more : StepResult::done;
    }
    return StepResult::done;
}

Progress AnalyzeJob::progress() const {
    if (current_) return current_->progress();
    if (phase_ < phases_.size()) return {phases_[phase_].name, 0, 0};
    return {"done", 1, 1};
}

const Error& AnalyzeJob::error() const {
    return failure_ ? *failure_ : error_;
}

} // namespace sv
