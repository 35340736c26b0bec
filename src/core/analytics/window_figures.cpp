// window_figures.cpp — the figures of a time window, step by step (see window_figures.hpp).
#include "core/analytics/window_figures.hpp"

namespace sv {

WindowFiguresJob::WindowFiguresJob(const Analysis& a, const TimeWindow& window,
                                   const AnalyticsOptions& options)
    : a_(a), options_(options) {
    out_.window = window;
}

WindowFiguresJob::~WindowFiguresJob() = default;

StepResult WindowFiguresJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    const CommentStore& c = a_.comments;
    const SentimentColumns& s = a_.sentiment;
    const AnalyticsResult& r = a_.analytics;
    WindowFigures& out = out_;
    while (next_ < kSteps) {
        switch (next_) {
        case 0: { // the criticism counts
            out.sentiment = s.present() && s.size() == c.size();
            const bool flags = out.sentiment && s.constructive.size() == c.size();
            const bool done = loop_.run(c.size(), deadline, [&](size_t i) {
                if (!out.window.contains(c.created_at[i])) return;
                ++out.comments;
                if (!out.sentiment) return;
                const SentimentLabel l = s.label[i];
                const bool calm_critique = flags && s.constructive[i];
                out.negative += l == SentimentLabel::negative;
                out.positive += l == SentimentLabel::positive;
                out.constructive += calm_critique;
                out.criticism += l == SentimentLabel::negative || calm_critique;
            });
            if (!done) return StepResult::more;
            loop_ = {};
            if (out.comments) out.negative_share = double(out.negative) / double(out.comments);
            if (out.criticism) {
                out.constructive_share = double(out.constructive) / double(out.criticism);
                out.emotional_share = 1.0 - out.constructive_share;
            }
            break;
        }
        case 1:
            if (!people_)
                people_ = std::make_unique<WindowPeopleBuilder>(c, s, r.timeline, r.crisis, r.cascades,
                                                                out.window, out.people);
            if (!people_->step(deadline)) return StepResult::more;
            people_.reset();
            if (out.people.authors)
                out.critics_per_100 = 100.0 * double(out.people.critics) / double(out.people.authors);
            break;
        case 2:
            if (!themes_)
                themes_ = std::make_unique<ThemesBuilder>(c, s, out.window, out.themes_negative,
                                                          out.themes_constructive);
            if (!themes_->step(deadline)) return StepResult::more;
            themes_.reset();
            break;
        case 3:
            if (!r.has_times) {
                set_reason({r.no_times_reason.empty() ? Reason{ReasonCode::no_time} : r.no_times_why},
                           out.hawkes.why, out.hawkes.reason);
                break;
            }
            if (!hawkes_)
                hawkes_ = std::make_unique<HawkesGaugeBuilder>(c, r.timeline, r.crisis, options_, out.window,
                                                               out.hawkes);
            if (!hawkes_->step(deadline)) return StepResult::more;
            hawkes_.reset();
            break;
        default:
            break;
        }
        ++next_;
        if (next_ < kSteps && clock_ms() >= deadline) return StepResult::more;
    }
    out.done = true;
    return StepResult::done;
}

Progress WindowFiguresJob::progress() const {
    return {"window", next_, kSteps};
}

WindowFigures compute_window_figures(const Analysis& a, const TimeWindow& window,
                                     const AnalyticsOptions& options) {
    WindowFiguresJob job(a, window, options);
    run_to_end(job);
    return std::move(job.result());
}

} // namespace sv
