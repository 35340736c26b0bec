// Analytics of a time window (the range a user brushes in the app): a window holding every comment gives
// the file's figures exactly; a sub-window gives the figures of the comments in it (checked against the
// same analytics run on a file holding only those comments, or counted directly).
#include "core/analytics/timeline.hpp"
#include "core/analytics/window_figures.hpp"
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/sample/sample_crisis.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace sv;

namespace {

const Analysis& sample_analysis() {
    static std::unique_ptr<AnalyzeJob> job;
    if (!job) {
        const std::string csv = generate_sample_crisis_csv();
        job = std::make_unique<AnalyzeJob>(std::vector<char>(csv.begin(), csv.end()), "sample-crisis.csv",
                                           AnalyzeOptions{});
        REQUIRE(run_to_end(*job) == StepResult::done);
    }
    return job->analysis();
}

TimeWindow whole_range(const CommentStore& c) {
    TimeWindow w{INT64_MAX, INT64_MIN};
    for (int64_t t : c.created_at) {
        REQUIRE(t != kNoTime);
        w.from = std::min(w.from, t);
        w.to = std::max(w.to, t + 1);
    }
    return w;
}

// The comments of `a` in `w` as a file of their own (text, time, author, followers, likes, shares and
// sentiment; replies are not linked).
void cut_to_window(const Analysis& a, const TimeWindow& w, CommentStore& out, SentimentColumns& s) {
    const CommentStore& c = a.comments;
    for (size_t i = 0; i < c.size(); ++i) {
        if (!w.contains(c.created_at[i])) continue;
        const size_t r = out.append_row();
        out.created_at[r] = c.created_at[i];
        out.precision[r] = c.precision[i];
        out.text[r] = out.strings.append(c.text_of(i));
        out.author[r] = out.add_author(c.author_of(i), c.followers_of_author(c.author[i]));
        out.likes[r] = c.likes[i];
        out.shares[r] = c.shares[i];
        s.language.push_back(a.sentiment.language[i]);
        s.compound.push_back(a.sentiment.compound[i]);
        s.label.push_back(a.sentiment.label[i]);
        s.emotionality.push_back(a.sentiment.emotionality[i]);
        s.constructive.push_back(a.sentiment.constructive[i]);
    }
}

void check_same_themes(const ThemeSet& x, const ThemeSet& y, const CommentStore& cx, const CommentStore& cy) {
    CHECK(x.available == y.available);
    CHECK(x.comments_in == y.comments_in);
    CHECK(x.comments_out == y.comments_out);
    REQUIRE(x.terms.size() == y.terms.size());
    for (size_t k = 0; k < x.terms.size(); ++k) {
        CHECK(x.terms[k].term == y.terms[k].term);
        CHECK(x.terms[k].z == Approx(y.terms[k].z).epsilon(1e-12));
        CHECK(x.terms[k].count_in == y.terms[k].count_in);
        CHECK(x.terms[k].count_out == y.terms[k].count_out);
        REQUIRE(x.terms[k].examples.size() == y.terms[k].examples.size());
        for (size_t e = 0; e < x.terms[k].examples.size(); ++e)
            CHECK(cx.text_of(size_t(x.terms[k].examples[e])) == cy.text_of(size_t(y.terms[k].examples[e])));
    }
}

} // namespace

TEST_CASE("window: a window holding every comment gives the file's figures", "[analytics][window]") {
    const Analysis& a = sample_analysis();
    const AnalyticsResult& r = a.analytics;
    REQUIRE(r.present);
    REQUIRE(r.crisis.has_onset);
    const WindowFigures w = compute_window_figures(a, whole_range(a.comments));
    REQUIRE(w.done);
    CHECK(w.comments == a.comments.size());

    // Criticism: the same as the situation the guideline reads.
    const Situation sit = situation_from(a, GuidelineInputs{});
    REQUIRE(sit.critics_per_100.known);
    CHECK(w.critics_per_100 == Approx(sit.critics_per_100.value).epsilon(1e-12));
    CHECK(w.negative_share == Approx(sit.negative_share.value).epsilon(1e-12));
    CHECK(w.emotional_share == Approx(sit.emotional_share.value).epsilon(1e-12));
    CHECK(w.constructive_share == Approx(sit.constructive_share.value).epsilon(1e-12));

    // People (all but the multipliers).
    const PeopleStats& p = r.people;
    CHECK(w.people.authors == p.authors);
    CHECK(w.people.critics == p.critics);
    CHECK(w.people.reach_total == p.reach_total);
    CHECK(w.people.shares_total == p.shares_total);
    CHECK(w.people.newcomer_authors == p.newcomer_authors);
    REQUIRE(p.outsider_available);
    CHECK(w.people.outsider_available);
    CHECK(w.people.outsider_share == p.outsider_share);
    REQUIRE(w.people.fans.size() == p.fans.size());
    REQUIRE(!p.fans.empty());
    for (size_t k = 0; k < p.fans.size(); ++k) {
        CHECK(w.people.fans[k].author == p.fans[k].author);
        CHECK(w.people.fans[k].comments == p.fans[k].comments);
        CHECK(w.people.fans[k].mean_compound == p.fans[k].mean_compound);
        CHECK(w.people.fans[k].likes == p.fans[k].likes);
        CHECK(w.people.fans[k].replies == p.fans[k].replies);
    }

    // Themes.
    REQUIRE(!r.themes_negative.terms.empty());
    check_same_themes(w.themes_negative, r.themes_negative, a.comments, a.comments);
    check_same_themes(w.themes_constructive, r.themes_constructive, a.comments, a.comments);

    // The self-driving gauge.
    REQUIRE(r.hawkes.available);
    REQUIRE(w.hawkes.available);
    CHECK(w.hawkes.events == r.hawkes.events);
    CHECK(w.hawkes.branching_ratio == r.hawkes.branching_ratio);
    CHECK(w.hawkes.ci_low == r.hawkes.ci_low);
    CHECK(w.hawkes.ci_high == r.hawkes.ci_high);
    CHECK(w.hawkes.mu == r.hawkes.mu);
    CHECK(w.hawkes.forecast_total == r.hawkes.forecast_total);
}

TEST_CASE("window: a sub-window gives the figures of the comments in it", "[analytics][window]") {
    const Analysis& a = sample_analysis();
    const CommentStore& c = a.comments;
    const AnalyticsResult& r = a.analytics;
    REQUIRE(r.crisis.has_onset);
    const int64_t onset = r.timeline.bucket_start(r.crisis.onset_bucket);
    // From two hours after the onset, for a day.
    const TimeWindow win{onset + 7200, onset + 7200 + 86400};
    const WindowFigures w = compute_window_figures(a, win);

    // Counted directly.
    uint64_t comments = 0, negative = 0, criticism = 0, constructive = 0;
    std::map<uint32_t, std::pair<double, uint32_t>> by_author; // compound sum, comments
    for (size_t i = 0; i < c.size(); ++i) {
        if (!win.contains(c.created_at[i])) continue;
        ++comments;
        const bool neg = a.sentiment.label[i] == SentimentLabel::negative;
        negative += neg;
        constructive += a.sentiment.constructive[i] != 0;
        criticism += neg || a.sentiment.constructive[i];
        by_author[c.author[i]].first += a.sentiment.compound[i];
        ++by_author[c.author[i]].second;
    }
    REQUIRE(comments > 100);
    REQUIRE(comments < c.size());
    CHECK(w.comments == comments);
    CHECK(w.negative == negative);
    CHECK(w.constructive == constructive);
    CHECK(w.criticism == criticism);
    size_t critics = 0;
    for (const auto& [author, sum] : by_author) critics += sum.first / sum.second <= kNegativeThreshold;
    CHECK(w.people.authors == by_author.size());
    CHECK(w.people.critics == critics);
    CHECK(w.critics_per_100 == Approx(100.0 * double(critics) / double(by_author.size())));
    REQUIRE(!w.people.fans.empty());
    for (const Fan& f : w.people.fans) {
        const auto& [sum, n] = by_author.at(f.author);
        CHECK(f.comments == n);
        CHECK(f.mean_compound == Approx(sum / n));
    }
    // Outsiders: newcomers (first seen in the file at or after the onset) among the window's comments.
    std::map<uint32_t, int64_t> first;
    for (size_t i = 0; i < c.size(); ++i) {
        auto it = first.find(c.author[i]);
        if (it == first.end() || c.created_at[i] < it->second) first[c.author[i]] = c.created_at[i];
    }
    uint64_t by_newcomers = 0;
    for (size_t i = 0; i < c.size(); ++i)
        if (win.contains(c.created_at[i])) by_newcomers += first[c.author[i]] >= onset;
    REQUIRE(w.people.outsider_available);
    CHECK(w.people.outsider_share == Approx(double(by_newcomers) / double(comments)));

    // Themes and the gauge: as for a file holding only the window's comments.
    CommentStore cut;
    SentimentColumns cut_s;
    cut_to_window(a, win, cut, cut_s);
    ThemeSet neg, con;
    compute_themes(cut, cut_s, neg, con);
    REQUIRE(!neg.terms.empty());
    check_same_themes(w.themes_negative, neg, c, cut);
    check_same_themes(w.themes_constructive, con, c, cut);

    Timeline t;
    TimelineIndex idx;
    REQUIRE(build_timeline(cut, cut_s, 0, t, idx));
    HawkesGauge g;
    compute_hawkes_gauge(cut, t, idx, CrisisState{}, AnalyticsOptions{}, g); // the cut starts after the onset
    REQUIRE(g.available);
    REQUIRE(w.hawkes.available);
    CHECK(w.hawkes.events == g.events);
    CHECK(w.hawkes.branching_ratio == Approx(g.branching_ratio).epsilon(1e-9));
    CHECK(w.hawkes.ci_high == Approx(g.ci_high).epsilon(1e-9));
    CHECK(w.hawkes.window_start == g.window_start);
}

TEST_CASE("window: too few comments for the gauge, a range before the onset", "[analytics][window]") {
    const Analysis& a = sample_analysis();
    const AnalyticsResult& r = a.analytics;
    const int64_t onset = r.timeline.bucket_start(r.crisis.onset_bucket);
    // Ten minutes before the onset: a few calm comments.
    const WindowFigures w = compute_window_figures(a, TimeWindow{onset - 600, onset});
    CHECK(w.comments < 50);
    CHECK_FALSE(w.hawkes.available);
    CHECK(w.hawkes.reason.find("selected range") != std::string::npos);
    CHECK_FALSE(w.people.outsider_available);
    CHECK(w.people.outsider_reason.find("before the onset") != std::string::npos);
    // An empty window: nothing, and no crash.
    const WindowFigures e = compute_window_figures(a, TimeWindow{0, 1});
    CHECK(e.comments == 0);
    CHECK(e.people.authors == 0);
    CHECK_FALSE(e.themes_negative.available);
    CHECK_FALSE(e.hawkes.available);
}

TEST_CASE("window: the job works in slices and gives the same figures", "[analytics][window]") {
    const Analysis& a = sample_analysis();
    const TimeWindow win = whole_range(a.comments);
    WindowFiguresJob job(a, win);
    int steps = 0;
    while (job.step(0.0) == StepResult::more) ++steps;
    CHECK(steps > 3);
    const WindowFigures once = compute_window_figures(a, win);
    CHECK(job.result().hawkes.branching_ratio == once.hawkes.branching_ratio);
    CHECK(job.result().people.critics == once.people.critics);
    CHECK(job.result().themes_negative.terms.size() == once.themes_negative.terms.size());
}
