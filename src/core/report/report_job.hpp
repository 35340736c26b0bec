// report_job.hpp — the analyze report (analyze_report.hpp) built in slices (frames, issue 9): the app's
// summary() of a million comments took 40-120 ms in one piece (194 ms at 3M), the longest frame at the end
// of a load. Each step appends one module's part (as analyze_report() does, in its order), the passes over
// the comments of the sentiment part and of the guideline run in slices (SituationCountJob, or the counts the
// view preparation made), then the parts are rounded and written out one top-level key per step. The text
// equals analyze_report(analysis).dump() byte for byte (a unit test checks).
#pragma once
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"
#include "core/report/analyze_report.hpp"

#include <memory>
#include <string>

namespace sv {

class ReportJob final : public Job {
public:
    // `counts`: SituationCounts already made for `analysis` (done), or nullptr: the job counts them itself.
    // `analysis` (and `counts`) must not change while the job runs.
    explicit ReportJob(const Analysis& analysis, const SituationCounts* counts = nullptr);
    StepResult step(double budget_ms) override;
    Progress progress() const override {
        return {"summary", static_cast<uint64_t>(stage_), static_cast<uint64_t>(kStages)};
    }
    std::string take() { return std::move(text_); } // the report as JSON text, once done

private:
    static constexpr int kStages = 9;   // stage_ == kStages: done
    bool run_stage(double deadline_ms); // one stage (or part of it); true when the stage is done

    const Analysis& a_;
    const SituationCounts* counts_;                      // given, or count_'s
    std::unique_ptr<SituationCountJob> count_;           // when no counts were given
    std::unique_ptr<SentimentReportCountJob> sentiment_; // the sentiment part's counts
    Json j_ = Json::object();
    size_t key_ = 0;   // stage "write": the next top-level key to write
    std::string text_; // the JSON text written so far
    int stage_ = 0;
};

} // namespace sv
