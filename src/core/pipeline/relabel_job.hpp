// relabel_job.hpp — everything that depends on the labels, run again after the user changed them (issue 7):
// comments relabelled by hand, or a custom lexicon that needs the comments scored again.
//
//   phase "score"        (only with `rescore`) language, sentiment and emotionality with the custom words
//   phase "corrections"  the relabelled comments as an overlay on the sentiment columns (taken back first)
//   phase "analyze"      the crisis analytics (timeline areas, critics, themes, guideline facts read them)
// Every phase works in slices. The import and the comments are untouched. The analysis must not be read by
// anyone else while the job runs (the app hands it over and shows the progress).
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"
#include "core/sentiment/corrections.hpp"
#include "core/sentiment/scorer.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace sv {

struct RelabelPlan {
    bool rescore = false;                     // score every comment again with `sentiment` first
    SentimentOptions sentiment;               // custom words for the re-score
    std::vector<LabelCorrection> corrections; // the whole list of relabelled comments (replaces the old)
    AnalyticsOptions analytics;
};

class RelabelJob final : public Job {
public:
    RelabelJob(Analysis& analysis, RelabelPlan plan);
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    const Error& error() const override;

    size_t phase_index() const { return phase_; }
    size_t phase_count() const { return phases_.size(); }
    // After done: comments whose label differs from before the job (re-score and corrections together).
    uint64_t labels_changed() const { return changed_; }

private:
    std::unique_ptr<Job> make_phase(size_t k);
    Analysis& a_;
    RelabelPlan plan_;
    std::vector<const char*> phases_;
    size_t phase_ = 0;
    std::unique_ptr<Job> current_;
    std::vector<SentimentLabel> before_; // labels before the job
    uint64_t changed_ = 0;
    const Error* failure_ = nullptr;
};

} // namespace sv
