// analytics_job.cpp — the "analyze" phase, step by step (see analytics_job.hpp).
#include "core/analytics/analytics_job.hpp"

#include "core/analytics/cascades.hpp"
#include "core/analytics/hawkes.hpp"
#include "core/analytics/origin.hpp"
#include "core/analytics/people.hpp"
#include "core/analytics/themes.hpp"

namespace sv {

AnalyticsJob::AnalyticsJob(Analysis& analysis, AnalyticsOptions options)
    : a_(analysis), options_(std::move(options)) {
    a_.analytics = AnalyticsResult{};
}

bool AnalyticsJob::run_step(size_t k, double deadline_ms) {
    AnalyticsResult& r = a_.analytics;
    const CommentStore& c = a_.comments;
    const SentimentColumns& s = a_.sentiment;
    switch (k) {
    case 0:
        r.has_times = build_timeline(c, s, options_.bucket_seconds, r.timeline, index_);
        r.crisis.sentiment_available = s.present() && s.size() == c.size();
        if (r.has_times)
            assess_timeline(r.timeline, r.crisis, index_, c);
        else
            set_reason({c.empty() ? ReasonCode::no_comments : ReasonCode::no_usable_time}, r.no_times_why,
                       r.no_times_reason);
        break;
    case 1:
        if (r.has_times) build_pyramid(c, s, r.pyramid);
        break;
    case 2:
        if (!cascades_) cascades_ = std::make_unique<CascadeBuilder>(c, s, r.cascades);
        if (!cascades_->step(deadline_ms)) return false;
        cascades_.reset();
        break;
    case 3:
        if (!r.has_times) {
            set_reason(std::vector<Reason>{r.no_times_why}, r.hawkes.why, r.hawkes.reason);
            break;
        }
        if (!hawkes_)
            hawkes_ =
                std::make_unique<HawkesGaugeBuilder>(c, r.timeline, index_, r.crisis, options_, r.hawkes);
        if (!hawkes_->step(deadline_ms)) return false;
        hawkes_.reset();
        break;
    case 4:
        if (r.has_times)
            assess_stage_and_severity(r.timeline, r.crisis, c, index_,
                                      r.hawkes.available ? r.hawkes.branching_ratio : -1.0);
        break;
    case 5:
        if (!people_) {
            if (!r.has_times) {
                // Without times: no timeline, but reply trees, engagement and sentiment still speak.
                no_timeline_ = Timeline{};
                index_ = TimelineIndex{};
                index_.bucket_offset.assign(1, 0);
                index_.first_bucket_of_author.assign(c.authors.size(), TimelineIndex::kNoBucket);
            }
            const Timeline& t = r.has_times ? r.timeline : no_timeline_;
            people_ = std::make_unique<PeopleBuilder>(c, s, t, index_, r.crisis, r.cascades, r.people);
        }
        if (!people_->step(deadline_ms)) return false;
        people_.reset();
        break;
    case 6:
        if (!themes_)
            themes_ = std::make_unique<ThemesBuilder>(c, s, r.themes_negative, r.themes_constructive);
        if (!themes_->step(deadline_ms)) return false;
        themes_.reset();
        break;
    case 7:
        if (r.has_times) {
            compute_origin(c, r.timeline, index_, r.crisis, r.cascades, r.people, options_, r.origin);
        } else {
            set_reason(r.no_times_why, r.origin.why, r.origin.reason);
            if (options_.origin_overridden) {
                r.origin.guess = options_.origin;
                r.origin.overridden = true;
                set_reason({ReasonCode::set_by_user}, r.origin.why, r.origin.reason);
            }
        }
        r.present = true;
        break;
    default:
        break;
    }
    return true;
}

StepResult AnalyticsJob::step(double budget_ms) {
    const double start = clock_ms();
    const double deadline = start + budget_ms;
    while (next_ < kSteps) {
        if (!run_step(next_, deadline)) break;
        ++next_;
        if (clock_ms() >= deadline) break;
    }
    return next_ < kSteps ? StepResult::more : StepResult::done;
}

Progress AnalyticsJob::progress() const {
    return {"analyze", next_, kSteps};
}

std::unique_ptr<Job> make_analytics_job(Analysis& analysis, const AnalyticsOptions& options) {
    return std::make_unique<AnalyticsJob>(analysis, options);
}

void run_analytics(Analysis& analysis, const AnalyticsOptions& options) {
    AnalyticsJob job(analysis, options);
    run_to_end(job);
}

} // namespace sv
