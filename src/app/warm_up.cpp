#include "app/warm_up.hpp"

#include "core/base/clock.hpp"
#include "core/report/report_job.hpp"
#include "core/synth/comment_corpus.hpp"

#include <vector>

namespace sv::app {

bool WarmUp::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    while (!done() && clock_ms() < deadline) {
        const double left = deadline - clock_ms();
        switch (stage_) {
        case 0: { // a small file like the ones people load (sv::generate_comment_csv, `stormvakt generate`)
            std::vector<char> csv;
            CorpusOptions options;
            options.rows = kRows;
            generate_comment_csv(
                options, [&](std::string_view part) { csv.insert(csv.end(), part.begin(), part.end()); });
            job_ = std::make_unique<AnalyzeJob>(std::move(csv), "warm-up.csv", AnalyzeOptions{});
            stage_ = 1;
            break;
        }
        case 1: {
            const StepResult r = job_->step(left);
            if (r == StepResult::more) break;
            if (r == StepResult::done) analysis_ = job_->take();
            job_.reset();
            if (!analysis_) { // (cannot happen with the generator's file: then there is nothing to warm)
                stage_ = 4;
                break;
            }
            prep_ = std::make_unique<CasePrepJob>(*analysis_);
            stage_ = 2;
            break;
        }
        case 2:
            if (prep_->step(left) == StepResult::more) break;
            prep_done_ = prep_->take();
            prep_.reset();
            report_ = std::make_unique<ReportJob>(*analysis_, &prep_done_.situation);
            stage_ = 3;
            break;
        case 3: // frames: the summary in slices, as the runner builds it
            if (report_->step(left) == StepResult::more) break;
            summary_bytes_ = report_->take().size();
            report_.reset();
            prep_done_ = CasePrep{};
            analysis_.reset();
            stage_ = 4;
            break;
        default:
            break;
        }
    }
    return !done();
}

} // namespace sv::app
