// situation_from: the Analysis (comments, sentiment, analytics) and the team's inputs mapped into the
// Situation; parts that did not run leave their figures unknown with a reason. Also the inputs' JSON.
#include "core/brief/brief.hpp"
#include "core/guideline/guideline.hpp"
#include "core/guideline/guideline_report.hpp"
#include "core/guideline/situation_from.hpp"

#include <catch2/catch.hpp>

namespace {

constexpr int64_t kT0 = 1741953600; // 2025-03-14 12:00 UTC

// Adds a comment by `author` at kT0 + minutes with a compound score; constructive only for negatives.
void add(sv::Analysis& a, const char* author, int minutes, float compound, bool constructive = false,
         const char* text = "text") {
    auto& c = a.comments;
    const size_t row = c.append_row();
    c.author[row] = c.add_author(author, std::string_view(author) == "anna" ? 184000 : -1);
    c.created_at[row] = kT0 + minutes * 60;
    c.text[row] = c.strings.append(text);
    a.sentiment.compound.push_back(compound);
    a.sentiment.label.push_back(sv::label_for(compound));
    a.sentiment.emotionality.push_back(constructive ? 0.1f : 0.9f);
    a.sentiment.constructive.push_back(constructive ? 1 : 0);
    a.sentiment.language.push_back(sv::Lang::en);
}

// 3 authors: bo is critical (mean -0.5), cy is a fan (mean 0.3), anna mixed (mean -0.1: a critic by
// the <= -0.05 rule). 6 comments: 3 negative (1 constructive), 2 positive, 1 neutral.
sv::Analysis sample() {
    sv::Analysis a;
    add(a, "bo", 0, -0.6f, true, "The label is wrong, see the photo");
    add(a, "bo", 5, -0.4f);
    add(a, "cy", 6, 0.6f);
    add(a, "anna", 7, -0.5f, false, "<b>Shame</b> on you!!");
    add(a, "anna", 9, 0.3f);
    add(a, "cy", 20, 0.0f);
    return a;
}

} // namespace

TEST_CASE("situation_from: sentiment figures by the DESIGN.md definitions", "[guideline][situation_from]") {
    const sv::Analysis a = sample();
    sv::GuidelineInputs in;
    in.brand = "Fjällbryggan";
    in.language = sv::Lang::sv;
    const sv::Situation s = sv::situation_from(a, in);
    CHECK(s.comments == 6);
    CHECK(s.authors == 3);
    CHECK(s.now == kT0 + 20 * 60);
    CHECK(s.negative_share.value == Approx(3.0 / 6.0));
    CHECK(s.positive_share.value == Approx(2.0 / 6.0));
    CHECK(s.critics_per_100.value == Approx(200.0 / 3.0)); // bo and anna
    CHECK(s.fans.value == 1);                              // cy
    CHECK(s.constructive_share.value == Approx(1.0 / 3.0));
    CHECK(s.emotional_share.value == Approx(2.0 / 3.0));
    CHECK(s.language == sv::Lang::sv);
    CHECK(s.brand == "Fjällbryggan");
    // Analytics did not run: unknown with the reason, and the chart drawn from the comment times.
    CHECK(s.stage == sv::Stage::unknown);
    CHECK(s.stage_missing_reason == "crisis analytics did not run");
    CHECK_FALSE(s.n_star.known);
    CHECK(s.n_star.missing_reason == "crisis analytics did not run");
    REQUIRE_FALSE(s.timeline.empty());
    int64_t total = 0;
    for (const auto& b : s.timeline) total += b.negative + b.neutral + b.positive;
    CHECK(total == 6);
    CHECK(s.timeline_labelled);
}

TEST_CASE("situation_from: analytics results and the team's choices", "[guideline][situation_from]") {
    sv::Analysis a = sample();
    auto& r = a.analytics;
    r.present = true;
    r.has_times = true;
    r.timeline.start = kT0;
    r.timeline.bucket_seconds = 300;
    r.timeline.count = {2, 3, 0, 0, 1};
    r.timeline.negative = {1, 2, 0, 0, 0};
    r.timeline.neutral = {0, 0, 0, 0, 1};
    r.timeline.positive = {1, 1, 0, 0, 0};
    r.crisis.has_onset = true;
    r.crisis.onset_bucket = 1;
    r.crisis.peak_bucket = 1;
    r.crisis.stage = sv::CrisisStage::declining;
    r.crisis.severity = 42;
    r.crisis.sentiment_available = true;
    r.hawkes.available = true;
    r.hawkes.branching_ratio = 0.7;
    r.hawkes.ci_low = 0.5;
    r.hawkes.ci_high = 0.9;
    r.hawkes.forecast_available = true;
    r.hawkes.forecast_total = 9.5;
    r.people.outsider_available = true;
    r.people.outsider_share = 0.25;
    sv::Multiplier m;
    m.author = a.comments.authors.size() - 1; // anna, interned last
    m.followers = 184000;
    m.reason = "4 replies in 1 h after";
    r.people.multipliers.push_back(m);
    r.themes_constructive.available = true;
    r.themes_constructive.terms.push_back({"label", 3.1, 2, 0, {}});
    r.origin.guess = sv::OriginType::external_event;
    r.origin.candidates.push_back({3, "first comment of the onset window"});

    sv::GuidelineInputs in;
    sv::Situation s = sv::situation_from(a, in);
    CHECK(s.stage == sv::Stage::declining);
    CHECK(s.severity.value == 42);
    CHECK(s.onset == kT0 + 300);
    CHECK(s.peak == kT0 + 300);
    CHECK(s.comments_since_onset == 4);
    CHECK(s.n_star.value == 0.7);
    CHECK(s.n_star_hi.value == 0.9);
    CHECK(s.forecast_final_size.value == 9.5);
    CHECK(s.outsider_share.value == 0.25);
    REQUIRE(s.multipliers.size() == 1);
    CHECK(s.multipliers[0].name == "anna");
    CHECK(s.multipliers[0].followers == 184000);
    CHECK(s.constructive_themes == std::vector<std::string>{"label"});
    REQUIRE(s.triggers.size() == 1);
    CHECK(s.triggers[0].author == "anna");
    CHECK(s.triggers[0].text == "<b>Shame</b> on you!!");
    CHECK(s.origin == sv::OriginType::external_event);
    CHECK_FALSE(s.origin_user_chosen);
    CHECK(s.timeline.size() == 5);

    // The team's choice wins over the guess.
    in.origin_set = true;
    in.origin = sv::OriginType::internal_leak;
    in.utc_offset_set = true;
    in.utc_offset_minutes = 120;
    s = sv::situation_from(a, in);
    CHECK(s.origin == sv::OriginType::internal_leak);
    CHECK(s.origin_user_chosen);
    CHECK(s.local_hour().value == 14);

    // The guideline and brief run on it: declining after a leak.
    const auto g = sv::make_guideline(s);
    REQUIRE_FALSE(g.items.empty());
    bool follow_up = false, leak = false;
    for (const auto& item : g.items) {
        follow_up |= item.rule_id == "declining_follow_up";
        leak |= item.kind == "state_confirmed";
    }
    CHECK(follow_up);
    CHECK(leak);
    const std::string html = sv::brief_html(s, g);
    CHECK(html.find("&lt;b&gt;Shame&lt;/b&gt; on you!!") != std::string::npos);
}

TEST_CASE("guideline inputs: JSON round trip and errors", "[guideline][inputs]") {
    sv::GuidelineInputs in;
    in.brand = "Nordbank \"AB\"";
    in.mission = "Banking that is fair";
    in.responder = "Maja";
    in.channel = "LinkedIn";
    in.origin_set = true;
    in.origin = sv::OriginType::own_post;
    in.language = sv::Lang::de;
    in.utc_offset_set = true;
    in.utc_offset_minutes = -330;
    const auto back = sv::guideline_inputs_from_json(sv::guideline_inputs_to_json(in));
    REQUIRE(back.ok());
    CHECK(back.value().brand == in.brand);
    CHECK(back.value().mission == in.mission);
    CHECK(back.value().origin_set);
    CHECK(back.value().origin == sv::OriginType::own_post);
    CHECK(back.value().language == sv::Lang::de);
    CHECK(back.value().utc_offset_minutes == -330);

    CHECK(sv::guideline_inputs_from_json("{}").ok());
    auto r = sv::guideline_inputs_from_json(R"({"origin":"meteor"})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("unknown origin type 'meteor'") != std::string::npos);
    r = sv::guideline_inputs_from_json(R"({"brand":7})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == "bad_guideline_inputs");
    CHECK_FALSE(sv::guideline_inputs_from_json("[").ok());
}

// app8: the guideline language follows the UI language until the team picks one.
TEST_CASE("guideline inputs: whether the language was chosen", "[guideline][inputs]") {
    sv::GuidelineInputs in;
    in.language = sv::Lang::sv;
    auto back = sv::guideline_inputs_from_json(sv::guideline_inputs_to_json(in));
    REQUIRE(back.ok());
    CHECK_FALSE(back.value().language_chosen); // follows the UI
    CHECK(back.value().language == sv::Lang::sv);
    in.language_chosen = true;
    back = sv::guideline_inputs_from_json(sv::guideline_inputs_to_json(in));
    REQUIRE(back.ok());
    CHECK(back.value().language_chosen);
    // An older case names a language without the flag: kept as the team's choice.
    back = sv::guideline_inputs_from_json(R"({"language":"de"})");
    REQUIRE(back.ok());
    CHECK(back.value().language_chosen);
    CHECK(back.value().language == sv::Lang::de);
    back = sv::guideline_inputs_from_json("{}");
    REQUIRE(back.ok());
    CHECK_FALSE(back.value().language_chosen);
    back = sv::guideline_inputs_from_json(R"({"language_chosen":"yes"})");
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.find("'language_chosen' must be true or false") != std::string::npos);
}

TEST_CASE("UTC offsets", "[guideline][inputs]") {
    int32_t m = 0;
    CHECK(sv::parse_utc_offset("+02:00", m));
    CHECK(m == 120);
    CHECK(sv::parse_utc_offset("-0530", m));
    CHECK(m == -330);
    CHECK(sv::parse_utc_offset("UTC+1", m));
    CHECK(m == 60);
    CHECK(sv::parse_utc_offset("0", m));
    CHECK(m == 0);
    CHECK_FALSE(sv::parse_utc_offset("+15:00", m));
    CHECK_FALSE(sv::parse_utc_offset("+02:7", m));
    CHECK_FALSE(sv::parse_utc_offset("Europe/Stockholm", m));
    CHECK_FALSE(sv::parse_utc_offset("", m));
}

TEST_CASE("the analyze report carries the guideline with its cited facts", "[guideline][report]") {
    sv::Analysis a = sample();
    const sv::Json j = sv::analyze_report(a);
    REQUIRE(j.contains("guideline"));
    CHECK(j["guideline"]["language"] == "en");
    const auto& items = j["guideline"]["items"];
    REQUIRE(items.is_array());
    REQUIRE_FALSE(items.empty());
    // Without analytics the stage is not measured: keep monitoring, citing the comment and people counts.
    bool monitor = false;
    for (const auto& item : items)
        if (item["kind"] == "monitor") {
            monitor = true;
            CHECK(item["because"].get<std::string>().find("6 comments from 3 people") != std::string::npos);
        }
    CHECK(monitor);
    for (const auto& item : items) {
        CHECK(item.contains("action"));
        CHECK(item.contains("by"));
        REQUIRE_FALSE(item["cites"].empty());
    }

    // Invalid UTF-8 in user text does not break the JSON.
    sv::GuidelineInputs in;
    in.mission = std::string("caf\xC3") + "\xFF";
    a.analytics.present = true;
    a.analytics.has_times = true;
    a.analytics.crisis.stage = sv::CrisisStage::emerging;
    a.analytics.timeline.start = kT0;
    a.analytics.timeline.bucket_seconds = 300;
    a.analytics.timeline.count = {6};
    a.analytics.crisis.has_onset = true;
    sv::Json out = sv::Json::object();
    sv::append_guideline_report(a, in, out);
    const std::string dumped = out.dump();
    CHECK(dumped.find("caf\xEF\xBF\xBD\xEF\xBF\xBD") != std::string::npos);
}
