#include "core/report/report_job.hpp"

#include "core/base/version.hpp"
#include "core/guideline/guideline_report.hpp"

#include <cmath>
#include <cstddef>

namespace sv {

ReportJob::ReportJob(const Analysis& analysis, const SituationCounts* counts)
    : a_(analysis), counts_(counts && counts->done ? counts : nullptr) {}

// The stages follow analyze_report(): the header and the import, sentiment, corrections, analytics, the
// comment counts of the guideline (sliced), the guideline, the timings, then the text one key at a time.
bool ReportJob::run_stage(double deadline_ms) {
    switch (stage_) {
    case 0:
        j_["stormvakt_version"] = kVersion;
        j_["source"] = a_.source_name;
        j_["source_bytes"] = a_.source_bytes;
        append_import_report(a_, j_);
        return true;
    case 1: // the sentiment part's passes over the comments, in slices
        if (!sentiment_) sentiment_ = std::make_unique<SentimentReportCountJob>(a_);
        return sentiment_->step(deadline_ms - clock_ms()) != StepResult::more;
    case 2:
        append_sentiment_report(a_, sentiment_->counts(), j_);
        sentiment_.reset();
        return true;
    case 3:
        append_corrections_report(a_, j_);
        return true;
    case 4:
        append_analytics_report(a_, j_);
        return true;
    case 5:
        if (counts_) return true;
        if (!count_) count_ = std::make_unique<SituationCountJob>(a_);
        if (count_->step(deadline_ms - clock_ms()) == StepResult::more) return false;
        counts_ = &count_->counts();
        return true;
    case 6:
        append_guideline_report(a_, GuidelineInputs{}, *counts_, j_);
        count_.reset();
        counts_ = nullptr;
        return true;
    case 7: {
        Json timings = Json::object();
        for (const auto& [phase, ms] : a_.timings_ms) timings[phase] = std::round(ms * 100.0) / 100.0;
        j_["timings_ms"] = timings;
        return true;
    }
    case 8: { // the text: `{"key":value,...}` as dump() writes it, each value rounded as analyze_report()
              // does
        auto& items = j_.get_ref<Json::object_t&>();
        while (key_ < items.size()) {
            auto& [key, value] = *(items.begin() + static_cast<std::ptrdiff_t>(key_));
            round_report_floats(value);
            text_ += key_ == 0 ? "{" : ",";
            text_ += Json(key).dump();
            text_ += ':';
            text_ += value.dump();
            value = nullptr; // written: its memory goes now
            if (++key_ < items.size() && clock_ms() >= deadline_ms) return false;
        }
        text_ += items.empty() ? "{}" : "}";
        j_ = Json();
        return true;
    }
    default:
        return true;
    }
}

StepResult ReportJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    while (stage_ < kStages) {
        if (!run_stage(deadline)) return StepResult::more;
        ++stage_;
        if (stage_ < kStages && clock_ms() >= deadline) return StepResult::more;
    }
    return StepResult::done;
}

} // namespace sv
