// Reason codes (core/base/reason.hpp): every code has an English sentence, and on real analyses the
// sentence a code gives is the one the core's `reason` text and the `stormvakt analyze` JSON carry, so the
// app (which translates the code) and the CLI cannot drift apart.
#include "core/analytics/analytics_job.hpp"
#include "core/analytics/hawkes.hpp"
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/analyze_report.hpp"
#include "core/sample/sample_crisis.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace sv;

namespace {

// Every string value in a JSON document.
void strings_of(const Json& j, std::set<std::string>& out) {
    if (j.is_string()) out.insert(j.get<std::string>());
    if (j.is_object() || j.is_array())
        for (const auto& v : j) strings_of(v, out);
}

struct Seen {
    std::set<ReasonCode> codes;
    void add(const Reason& r) {
        if (r.code != ReasonCode::none) codes.insert(r.code);
    }
};

// A coded text: its English sentence equals the text, and (when `json` is given) the JSON carries it.
void check(const std::string& text, const Reason& why, const std::set<std::string>* json, Seen& seen) {
    if (why.code == ReasonCode::none) return;
    INFO("code " << static_cast<int>(why.code) << ": " << text);
    CHECK(english(why) == text);
    if (json) CHECK(json->count(text) == 1);
    seen.add(why);
}
void check(const std::string& text, const std::vector<Reason>& why, const std::set<std::string>* json,
           Seen& seen) {
    if (why.empty()) return;
    INFO(text);
    CHECK(english(why) == text);
    if (json) CHECK(json->count(text) == 1);
    for (const Reason& r : why) seen.add(r);
}

// Every coded reason of an analysis against its text, the analyze JSON and the situation's figures.
void check_analysis(const Analysis& a, Seen& seen) {
    Json j = analyze_report(a);
    std::set<std::string> json;
    strings_of(j, json);
    const AnalyticsResult& r = a.analytics;
    check(r.no_times_reason, r.no_times_why, &json, seen);
    check(r.hawkes.reason, r.hawkes.why, &json, seen);
    check(r.people.fans_reason, r.people.fans_why, &json, seen);
    check(r.people.outsider_reason, r.people.outsider_why, &json, seen);
    check(r.themes_negative.reason, r.themes_negative.why, &json, seen);
    check(r.themes_constructive.reason, r.themes_constructive.why, &json, seen);
    check(r.origin.reason, r.origin.why, &json, seen);
    const Situation s = situation_from(a, GuidelineInputs{});
    for (const Figure* f : {&s.negative_share, &s.positive_share, &s.critics_per_100, &s.emotional_share,
                            &s.constructive_share, &s.fans, &s.severity, &s.n_star, &s.n_star_lo,
                            &s.n_star_hi, &s.forecast_final_size, &s.outsider_share})
        if (!f->known) check(f->missing_reason, f->why, nullptr, seen);
}

// Two calm days of top-level comments, then a surge whose comments read `wave_text`; with `tree` the surge
// replies under one post written at its start; with `sentiment` every comment is scored.
Analysis surge_case(const std::string& wave_text, bool tree, bool sentiment, TimePrecision precision) {
    Analysis a;
    CommentStore& c = a.comments;
    svtest::Rng rng(8);
    const int64_t t0 = 1700000000 / 3600 * 3600;
    auto add = [&](int64_t t, const std::string& author, const std::string& text, int32_t parent, float cpd) {
        const size_t r = c.append_row();
        c.id[r] = c.strings.append(std::to_string(r + 1));
        c.created_at[r] = t;
        c.precision[r] = precision;
        c.author[r] = c.add_author(author, 10);
        c.parent[r] = parent;
        c.text[r] = c.strings.append(text);
        if (sentiment) {
            a.sentiment.compound.push_back(cpd);
            a.sentiment.label.push_back(label_for(cpd));
            a.sentiment.language.push_back(Lang::en);
            a.sentiment.constructive.push_back(false);
            a.sentiment.emotionality.push_back(0.5f);
        }
        return static_cast<int32_t>(r);
    };
    for (int h = 0; h < 48; ++h)
        for (int i = 0; i < 5; ++i)
            add(t0 + h * 3600 + i * 600, "regular" + std::to_string(rng.below(30)), "ok", kNoParent, 0.5f);
    const int32_t post = add(t0 + 48 * 3600, "brand", "our new product", kNoParent, 0.5f);
    for (int h = 48; h < 54; ++h)
        for (int i = 0; i < 200; ++i)
            add(t0 + h * 3600 + i * 17 + 1, "new" + std::to_string(rng.below(900)), wave_text,
                tree ? post : kNoParent, -0.6f);
    return a;
}

} // namespace

TEST_CASE("reason codes: every code has an English sentence", "[codes]") {
    std::set<std::string> sentences;
    for (uint16_t k = 1; k < static_cast<uint16_t>(ReasonCode::count); ++k) {
        Reason r{static_cast<ReasonCode>(k), {12, 34, 56}, "thread"};
        const std::string e = english(r);
        INFO("code " << k);
        CHECK(!e.empty());
        CHECK(sentences.insert(e).second); // no two codes say the same
    }
    CHECK(english(Reason{}).empty());
    CHECK(english(std::vector<Reason>{{ReasonCode::fit_onset}, {ReasonCode::fit_self_driving}}) ==
          "fitted from the onset to the last comment; self-driving: no finite forecast");
}

TEST_CASE("reason codes: the English of each code is the text the core writes and the JSON carries",
          "[codes]") {
    Seen seen;
    for (const char* text :
         {"the leaked internal memo says they knew", "did you see the news article https://example.org/story",
          "this is unacceptable", "hmm"})
        for (bool tree : {false, true})
            for (bool sentiment : {false, true}) {
                Analysis a = surge_case(text, tree, sentiment, TimePrecision::second);
                run_analytics(a);
                check_analysis(a, seen);
            }
    { // coarse times
        Analysis a = surge_case("this is unacceptable", true, true, TimePrecision::minute);
        run_analytics(a);
        check_analysis(a, seen);
    }
    { // relative times, and a user's origin
        Analysis a = surge_case("this is unacceptable", true, true, TimePrecision::relative);
        AnalyticsOptions o;
        o.origin_overridden = true;
        o.origin = OriginType::internal_leak;
        run_analytics(a, o);
        check_analysis(a, seen);
    }
    { // a calm file: no onset
        Analysis a;
        for (int i = 0; i < 300; ++i) {
            const size_t r = a.comments.append_row();
            a.comments.created_at[r] = 1700000000 + i * 600;
            a.comments.precision[r] = TimePrecision::second;
            std::string name = "author"; // (not "a" + to_string: GCC 12 warns falsely, -Wrestrict)
            name += std::to_string(i % 40);
            a.comments.author[r] = a.comments.add_author(name, 5);
        }
        run_analytics(a);
        check_analysis(a, seen);
    }
    { // too few comments, none timed, none at all
        Analysis few;
        for (int i = 0; i < 20; ++i) {
            const size_t r = few.comments.append_row();
            few.comments.created_at[r] = 1700000000 + i * 30;
            few.comments.precision[r] = TimePrecision::second;
        }
        run_analytics(few);
        check_analysis(few, seen);
        Analysis untimed;
        for (int i = 0; i < 10; ++i) untimed.comments.append_row();
        run_analytics(untimed);
        check_analysis(untimed, seen);
        Analysis empty;
        run_analytics(empty);
        check_analysis(empty, seen);
    }
    { // the sample crisis, end to end
        const std::string csv = generate_sample_crisis_csv();
        AnalyzeJob job(std::vector<char>(csv.begin(), csv.end()), "sample-crisis.csv", AnalyzeOptions{});
        REQUIRE(run_to_end(job) == StepResult::done);
        check_analysis(job.analysis(), seen);
    }
    // The codes these cases reach (the others are set on the same lines, checked by review).
    for (ReasonCode c :
         {ReasonCode::origin_leak, ReasonCode::origin_news, ReasonCode::origin_spread,
          ReasonCode::origin_one_tree, ReasonCode::set_by_user, ReasonCode::no_onset_origin,
          ReasonCode::fit_onset, ReasonCode::fit_whole_file, ReasonCode::fit_coarse, ReasonCode::fit_relative,
          ReasonCode::fit_too_few, ReasonCode::no_usable_time, ReasonCode::no_comments,
          ReasonCode::no_sentiment_fans, ReasonCode::no_sentiment_themes, ReasonCode::no_onset_outsiders,
          ReasonCode::no_sentiment}) {
        INFO("code " << static_cast<int>(c) << " reached");
        CHECK(seen.codes.count(c) == 1);
    }
}
