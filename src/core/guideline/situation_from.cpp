#include "core/guideline/situation_from.hpp"

#include "core/analytics/timeline.hpp"

#include <algorithm>

namespace sv {
namespace {

Stage stage_of(CrisisStage s) {
    switch (s) {
    case CrisisStage::calm:
        return Stage::calm;
    case CrisisStage::emerging:
        return Stage::emerging;
    case CrisisStage::escalating:
        return Stage::escalating;
    case CrisisStage::peak:
        return Stage::peak;
    case CrisisStage::declining:
        return Stage::declining;
    case CrisisStage::resolved:
        return Stage::resolved;
    }
    return Stage::unknown;
}

bool sentiment_usable(const Analysis& a) {
    const SentimentColumns& sc = a.sentiment;
    return sc.present() && sc.size() == a.comments.size() && !a.comments.empty();
}

// Sentiment figures per DESIGN.md, from the counts of one pass over the columns (SituationCountJob).
void fill_sentiment(const SituationCounts& k, Situation& s) {
    if (!k.sentiment) {
        for (Figure* f : {&s.negative_share, &s.positive_share, &s.critics_per_100, &s.emotional_share,
                          &s.constructive_share, &s.fans})
            *f = Figure::missing(Reason{ReasonCode::no_sentiment});
        return;
    }
    // Criticism: the negative comments and the calm ones that propose a change (sentiment marks those
    // constructive); the constructive share is of all criticism, the rest is emotional.
    const size_t negative = k.negative, positive = k.positive, constructive = k.constructive,
                 criticism = k.criticism, authors = k.scored_authors, critics = k.critics, fans = k.fans;
    const double n = double(k.comments);
    s.negative_share = Figure::of(double(negative) / n);
    s.positive_share = Figure::of(double(positive) / n);
    s.critics_per_100 = authors ? Figure::of(100.0 * double(critics) / double(authors))
                                : Figure::missing(Reason{ReasonCode::no_authors});
    s.fans = Figure::of(double(fans));
    if (criticism) {
        s.constructive_share = Figure::of(double(constructive) / double(criticism));
        s.emotional_share = Figure::of(1.0 - double(constructive) / double(criticism));
    } else {
        s.constructive_share = s.emotional_share = Figure::missing(Reason{ReasonCode::no_criticism});
    }
}

void fill_timeline_chart(const Timeline& t, bool labelled, Situation& s) {
    s.bucket_seconds = t.bucket_seconds;
    s.timeline_labelled = labelled;
    s.timeline.resize(t.size());
    for (size_t b = 0; b < t.size(); ++b) {
        TimelineBucket& out = s.timeline[b];
        out.start = t.bucket_start(b);
        out.negative = int32_t(b < t.negative.size() ? t.negative[b] : 0);
        out.positive = int32_t(b < t.positive.size() ? t.positive[b] : 0);
        out.neutral = int32_t(b < t.neutral.size() ? t.neutral[b] : t.count[b]);
        if (!labelled) out = {out.start, 0, int32_t(t.count[b]), 0};
    }
}

void fill_analytics(const Analysis& a, Situation& s) {
    const AnalyticsResult& r = a.analytics;
    const CommentStore& c = a.comments;
    if (!r.present) {
        s.stage_missing_reason = english(Reason{ReasonCode::no_analytics});
        for (Figure* f :
             {&s.severity, &s.n_star, &s.n_star_lo, &s.n_star_hi, &s.forecast_final_size, &s.outsider_share})
            *f = Figure::missing(Reason{ReasonCode::no_analytics});
        // The chart still shows the comment volume over time.
        Timeline t;
        TimelineIndex index;
        if (build_timeline(c, a.sentiment, 0, t, index)) fill_timeline_chart(t, a.sentiment.present(), s);
        return;
    }
    if (!r.has_times) {
        const Reason why = r.no_times_reason.empty() ? Reason{ReasonCode::no_usable_time} : r.no_times_why;
        s.stage_missing_reason = r.no_times_reason.empty() ? english(why) : r.no_times_reason;
        for (Figure* f : {&s.severity, &s.n_star, &s.n_star_lo, &s.n_star_hi, &s.forecast_final_size})
            *f = Figure::missing(s.stage_missing_reason), f->why = why;
    } else {
        const Timeline& t = r.timeline;
        s.stage = stage_of(r.crisis.stage);
        s.severity = Figure::of(r.crisis.severity);
        if (r.crisis.has_onset && r.crisis.onset_bucket < t.size()) {
            s.onset = t.bucket_start(r.crisis.onset_bucket);
            int64_t since = 0;
            for (size_t b = r.crisis.onset_bucket; b < t.size(); ++b) since += t.count[b];
            s.comments_since_onset = since;
        }
        if (r.crisis.peak_bucket < t.size()) s.peak = t.bucket_start(r.crisis.peak_bucket);
        fill_timeline_chart(t, r.crisis.sentiment_available, s);
        const HawkesGauge& h = r.hawkes;
        if (h.available) {
            s.n_star = Figure::of(h.branching_ratio);
            s.n_star_lo = Figure::of(h.ci_low);
            s.n_star_hi = Figure::of(h.ci_high);
            s.forecast_final_size = h.forecast_available ? Figure::of(h.forecast_total)
                                                         : Figure::missing(Reason{ReasonCode::no_forecast});
        } else {
            const std::string why =
                h.reason.empty() ? english(Reason{ReasonCode::gauge_not_fitted}) : h.reason;
            s.n_star = s.n_star_lo = s.n_star_hi = s.forecast_final_size = Figure::missing(why);
            if (h.reason.empty())
                s.n_star.why = {ReasonCode::gauge_not_fitted};
            else if (h.why.size() == 1)
                s.n_star.why = h.why[0];
            s.n_star_lo.why = s.n_star_hi.why = s.forecast_final_size.why = s.n_star.why;
        }
    }
    const PeopleStats& p = r.people;
    s.outsider_share =
        p.outsider_available
            ? Figure::of(p.outsider_share)
            : Figure::missing(p.outsider_reason.empty() ? english(Reason{ReasonCode::no_pre_onset_history})
                                                        : p.outsider_reason);
    if (!p.outsider_available)
        s.outsider_share.why =
            p.outsider_reason.empty() ? Reason{ReasonCode::no_pre_onset_history} : p.outsider_why;
    for (size_t i = 0; i < p.multipliers.size() && i < 5; ++i) {
        const auto& m = p.multipliers[i];
        s.multipliers.push_back({std::string(m.author < c.authors.size() ? c.authors.name(m.author) : ""),
                                 m.followers, m.reason});
    }
    for (const auto* set : {&r.themes_negative, &r.themes_constructive}) {
        if (!set->available) continue;
        auto& dst = set == &r.themes_negative ? s.negative_themes : s.constructive_themes;
        for (size_t i = 0; i < set->terms.size() && i < 6; ++i) dst.push_back(set->terms[i].term);
    }
    for (size_t i = 0; i < r.origin.candidates.size() && i < 3; ++i) {
        const auto& cand = r.origin.candidates[i];
        if (cand.row < 0 || size_t(cand.row) >= c.size()) continue;
        s.triggers.push_back({std::string(c.author_of(size_t(cand.row))),
                              std::string(c.text_of(size_t(cand.row))), c.created_at[size_t(cand.row)],
                              cand.why});
    }
    s.origin = r.origin.guess;
    s.origin_user_chosen = r.origin.overridden;
}

} // namespace

StepResult SituationCountJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    const CommentStore& c = a_.comments;
    const SentimentColumns& sc = a_.sentiment;
    const size_t n = c.size();
    for (;;) {
        switch (stage_) {
        case 0: // authors and the latest time; with sentiment, the counts and each author's sum
            if (loop_.next == 0) {
                c_ = SituationCounts{};
                c_.comments = int64_t(n);
                c_.sentiment = sentiment_usable(a_);
                seen_.assign(c.authors.size(), 0);
                if (c_.sentiment) {
                    sum_.assign(c.authors.size(), 0.0);
                    count_.assign(c.authors.size(), 0);
                }
            }
            if (!loop_.run(n, deadline, [&](size_t i) {
                    const uint32_t au = c.author[i];
                    if (au < seen_.size() && !seen_[au]) {
                        seen_[au] = 1;
                        ++c_.authors;
                    }
                    if (c.created_at[i] != kNoTime && (c_.now == kNoTime || c.created_at[i] > c_.now))
                        c_.now = c.created_at[i];
                    if (!c_.sentiment) return;
                    const SentimentLabel l = sc.label[i];
                    c_.negative += l == SentimentLabel::negative;
                    c_.positive += l == SentimentLabel::positive;
                    const bool calm_critique = i < sc.constructive.size() && sc.constructive[i];
                    c_.constructive += calm_critique;
                    c_.criticism += l == SentimentLabel::negative || calm_critique;
                    if (au < sum_.size()) {
                        sum_[au] += sc.compound[i];
                        ++count_[au];
                    }
                }))
                return StepResult::more;
            seen_ = {};
            loop_ = {};
            stage_ = 1;
            break;
        case 1: // critics and fans: authors by their mean compound
            if (!loop_.run(sum_.size(), deadline, [&](size_t au) {
                    if (!count_[au]) return;
                    ++c_.scored_authors;
                    const double mean = sum_[au] / count_[au];
                    c_.critics += mean <= kNegativeThreshold;
                    c_.fans += mean >= kPositiveThreshold;
                }))
                return StepResult::more;
            sum_ = {};
            count_ = {};
            loop_ = {};
            c_.done = true;
            stage_ = 2;
            return StepResult::done;
        default:
            return StepResult::done;
        }
        if (clock_ms() >= deadline) return StepResult::more;
    }
}

Situation situation_from(const Analysis& a, const GuidelineInputs& in) {
    SituationCountJob count(a);
    run_to_end(count);
    return situation_from(a, in, count.counts());
}

Situation situation_from(const Analysis& a, const GuidelineInputs& in, const SituationCounts& counts) {
    Situation s;
    s.comments = counts.comments;
    s.authors = counts.authors;
    s.now = counts.now;
    fill_sentiment(counts, s);
    fill_analytics(a, s);
    // The team's inputs.
    s.brand = in.brand;
    s.mission = in.mission;
    s.responder = in.responder;
    s.channel = in.channel;
    if (in.origin_set) {
        s.origin = in.origin;
        s.origin_user_chosen = true;
    }
    s.language = guideline_language(in.language);
    s.utc_offset_minutes = in.utc_offset_set ? in.utc_offset_minutes : 0;
    s.utc_offset_given = in.utc_offset_set;
    return s;
}

} // namespace sv
