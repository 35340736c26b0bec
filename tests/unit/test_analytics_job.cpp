// The "analyze" phase end to end on a constructed case: the job in slices, the report keys, nulls with
// reasons.
#include "core/analytics/analytics_job.hpp"
#include "core/report/analyze_report.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

namespace {

// Three calm days of comments under a brand post, then a negative wave under one post by a big account.
Analysis crisis_case(bool with_sentiment) {
    Analysis a;
    CommentStore& c = a.comments;
    svtest::Rng rng(21);
    const int64_t t0 = 1700000000;
    auto add = [&](int64_t t, const std::string& author, int64_t followers, float compound, int32_t parent,
                   const std::string& text) {
        const size_t r = c.append_row();
        c.id[r] = c.strings.append(std::to_string(r + 1));
        c.created_at[r] = t;
        c.precision[r] = TimePrecision::second;
        c.author[r] = c.add_author(author, followers);
        c.parent[r] = parent;
        c.likes[r] = static_cast<int32_t>(rng.below(5));
        c.text[r] = c.strings.append(text);
        if (with_sentiment) {
            a.sentiment.compound.push_back(compound);
            a.sentiment.label.push_back(label_for(compound));
            a.sentiment.language.push_back(Lang::en);
            a.sentiment.constructive.push_back(text.find("please") != std::string::npos);
        }
        return static_cast<int32_t>(r);
    };
    for (int i = 0; i < 1500; ++i)
        add(t0 + static_cast<int64_t>(rng.uniform() * 3 * 86400), "regular" + std::to_string(rng.below(100)),
            200, 0.4f, kNoParent, "nice product thanks team");
    const int32_t post =
        add(t0 + 3 * 86400, "bigvoice", 900000, -0.7f, kNoParent, "their hidden fees are a scandal");
    std::vector<int32_t> tree = {post};
    int64_t t = t0 + 3 * 86400;
    for (int i = 0; i < 1500; ++i) {
        t += 1 + static_cast<int64_t>(rng.exponential(1.0 / 20.0));
        const bool constructive = i % 4 == 0;
        const int32_t r =
            add(t, "angry" + std::to_string(rng.below(800)), 50, -0.6f,
                tree[rng.below(static_cast<uint32_t>(tree.size()))],
                constructive ? "please publish the refund timeline" : "hidden fees scandal shame");
        tree.push_back(r);
    }
    return a;
}

} // namespace

TEST_CASE("analytics job runs in slices and reports progress", "[analytics][job]") {
    Analysis a = crisis_case(true);
    AnalyticsJob job(a, AnalyticsOptions{});
    int slices = 0;
    StepResult r = StepResult::more;
    while (r == StepResult::more) {
        r = job.step(0.0); // the smallest budget: one step per slice
        ++slices;
        CHECK(job.progress().done <= job.progress().total);
    }
    CHECK(r == StepResult::done);
    // Cascades, people and themes go on over several slices; the others take one each.
    CHECK(slices > static_cast<int>(AnalyticsJob::kSteps));
    CHECK(a.analytics.present);
    // Slicing changes nothing in the result.
    Analysis whole = crisis_case(true);
    run_analytics(whole);
    Json sliced_report, whole_report;
    append_analytics_report(a, sliced_report);
    append_analytics_report(whole, whole_report);
    CHECK(sliced_report.dump() == whole_report.dump());
}

TEST_CASE("analytics of a crisis case: onset, gauge, multipliers, themes, origin", "[analytics][job]") {
    Analysis a = crisis_case(true);
    run_analytics(a);
    const AnalyticsResult& r = a.analytics;
    REQUIRE(r.has_times);
    REQUIRE(r.crisis.has_onset);
    CHECK(r.timeline.bucket_start(r.crisis.onset_bucket) <= 1700000000 + 3 * 86400);
    CHECK(r.timeline.bucket_start(r.crisis.onset_bucket) >=
          1700000000 + 3 * 86400 - r.timeline.bucket_seconds);
    REQUIRE(r.hawkes.available);
    CHECK(r.cascades.largest_size == 1501);
    REQUIRE(!r.people.multipliers.empty());
    CHECK(a.comments.authors.name(r.people.multipliers[0].author) == "bigvoice");
    REQUIRE(r.themes_negative.available);
    REQUIRE(!r.themes_negative.terms.empty());
    REQUIRE(r.people.outsider_available);
    CHECK(r.people.outsider_share > 0.9); // the angry accounts are all new
    CHECK(r.origin.guess == OriginType::own_post);

    Json j = Json::object();
    append_analytics_report(a, j);
    for (const char* key :
         {"timeline", "crisis", "cascades", "multipliers", "fans", "outsider_share", "themes", "origin"})
        CHECK(j.contains(key));
    CHECK(j["timeline"]["buckets"].size() == r.timeline.size());
    for (const char* key :
         {"t", "count", "positive", "neutral", "negative", "mean_compound", "authors", "newcomers", "reach"})
        CHECK(j["timeline"]["buckets"][0].contains(key));
    for (const char* key : {"stage", "onset", "peak", "severity", "branching_ratio", "branching_ratio_ci",
                            "forecast_total", "forecast_total_ci"})
        CHECK(j["crisis"].contains(key));
    CHECK(j["cascades"]["largest_size"] == 1501);
    CHECK(j["multipliers"][0]["author"] == "bigvoice");
    CHECK(j["themes"]["negative"].is_array());
    CHECK(j["origin"]["guess"] == "own post");

    AnalyticsOptions user;
    user.origin_overridden = true;
    user.origin = OriginType::internal_leak;
    run_analytics(a, user);
    CHECK(a.analytics.origin.guess == OriginType::internal_leak);
    CHECK(a.analytics.origin.reason == "set by the user");
}

TEST_CASE("analytics without sentiment or times say why", "[analytics][job]") {
    Analysis a = crisis_case(false);
    run_analytics(a);
    Json j = Json::object();
    append_analytics_report(a, j);
    CHECK(j["fans"].is_null());
    CHECK(j.contains("fans_reason"));
    CHECK(j["themes"]["negative"].is_null());
    CHECK(j["crisis"]["sentiment_available"] == false);

    Analysis untimed;
    for (int i = 0; i < 10; ++i) untimed.comments.append_row();
    run_analytics(untimed);
    Json u = Json::object();
    append_analytics_report(untimed, u);
    CHECK(u["timeline"].is_null());
    CHECK(u["timeline_reason"] == "no comment has a usable timestamp");
    CHECK(u["crisis"].is_null());
}
