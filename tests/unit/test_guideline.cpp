// The first response guideline: generated situations give the expected kinds of action, with the right
// facts, in English, Swedish and German; every "because" cites numbers that are in the Situation.
#include "core/guideline/guideline.hpp"
#include "core/guideline/guideline_facts.hpp"
#include "test_guideline_situations.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace {

using sv::Lang;

std::vector<std::string> kinds(const sv::Guideline& g) {
    std::vector<std::string> out;
    for (const auto& i : g.items) out.push_back(i.kind);
    return out;
}

bool has_kind(const sv::Guideline& g, const std::string& kind) {
    const auto k = kinds(g);
    return std::find(k.begin(), k.end(), kind) != k.end();
}

const sv::GuidelineItem& item_of(const sv::Guideline& g, const std::string& kind) {
    for (const auto& i : g.items)
        if (i.kind == kind) return i;
    FAIL("no item of kind " << kind);
    return g.items.front();
}

// The Situation's numbers by fact name, read straight from the struct (independent of guideline_facts.cpp).
std::map<std::string, double> numbers_of(const sv::Situation& s) {
    std::map<std::string, double> m;
    auto put = [&](const char* k, const sv::Figure& f) {
        if (f.known) m[k] = f.value;
    };
    put("severity", s.severity);
    put("n_star", s.n_star);
    put("n_star_lo", s.n_star_lo);
    put("n_star_hi", s.n_star_hi);
    put("forecast_final_size", s.forecast_final_size);
    put("negative_share", s.negative_share);
    put("positive_share", s.positive_share);
    put("critics_per_100", s.critics_per_100);
    put("emotional_share", s.emotional_share);
    put("constructive_share", s.constructive_share);
    put("outsider_share", s.outsider_share);
    put("fans", s.fans);
    m["comments"] = double(s.comments);
    m["authors"] = double(s.authors);
    m["multipliers"] = double(s.multipliers.size());
    m["triggers"] = double(s.triggers.size());
    if (!s.multipliers.empty() && s.multipliers[0].followers >= 0)
        m["top_multiplier_followers"] = double(s.multipliers[0].followers);
    const int64_t local = s.now + int64_t(s.utc_offset_minutes) * 60;
    m["local_time"] = double(((local / 60) % 1440 + 1440) % 1440);
    m["local_hour"] = double(((local / 3600) % 24 + 24) % 24);
    return m;
}

// Every item's because cites at least one number; each cited number is the Situation's own value and is
// shown in the text.
void check_citations(const sv::Situation& s, const sv::Guideline& g) {
    const auto numbers = numbers_of(s);
    REQUIRE_FALSE(g.items.empty());
    for (const auto& item : g.items) {
        INFO(item.rule_id << ": " << item.because);
        CHECK_FALSE(item.action.empty());
        CHECK_FALSE(item.by.empty());
        REQUIRE_FALSE(item.cited.empty());
        CHECK(item.because.find_first_of("0123456789") != std::string::npos);
        CHECK(item.because.find('{') == std::string::npos);
        CHECK(item.action.find('{') == std::string::npos);
        CHECK(item.by.find('{') == std::string::npos);
        for (const auto& c : item.cited) {
            INFO("cited " << c.fact << " = " << c.shown);
            REQUIRE(numbers.count(c.fact) == 1);
            CHECK(c.value == Approx(numbers.at(c.fact)));
            CHECK(item.because.find(c.shown) != std::string::npos);
        }
    }
}

const Lang kLangs[] = {Lang::en, Lang::sv, Lang::de};

} // namespace

TEST_CASE("the embedded rules parse and cover all three languages", "[guideline]") {
    REQUIRE(sv::builtin_guideline_rules_error() == nullptr);
    const auto& rules = sv::builtin_guideline_rules();
    CHECK(rules.rules.size() >= 15);
    for (const auto& r : rules.rules)
        for (const auto& t : r.text) {
            INFO(r.id);
            CHECK_FALSE(t.action.empty());
            CHECK_FALSE(t.because.empty());
        }
    CHECK(rules.label("stage", "declining", Lang::sv) == "avtagande");
    CHECK(rules.label("cluster", "preventable", Lang::de) == "vermeidbares Cluster");
}

TEST_CASE("calm: keep monitoring, thank the fans, no crisis response", "[guideline]") {
    for (Lang lang : kLangs) {
        auto s = svtest::calm_situation();
        s.language = lang;
        const auto g = sv::make_guideline(s);
        INFO("lang " << int(lang));
        CHECK(g.language == lang);
        CHECK(has_kind(g, "monitor"));
        CHECK(has_kind(g, "thank_fans"));
        CHECK_FALSE(has_kind(g, "acknowledge"));
        CHECK_FALSE(has_kind(g, "brief_multipliers"));
        CHECK_FALSE(has_kind(g, "deescalate"));
        const auto& monitor = item_of(g, "monitor");
        CHECK(monitor.rule_id == "calm_monitor_severity");
        CHECK(monitor.because.find("8") != std::string::npos); // severity 8 of 100
        CHECK(item_of(g, "thank_fans").because.find("140") != std::string::npos);
        check_citations(s, g);
    }
}

TEST_CASE("emerging own-post crisis with a multiplier", "[guideline]") {
    for (Lang lang : kLangs) {
        auto s = svtest::own_post_situation();
        s.language = lang;
        const auto g = sv::make_guideline(s);
        INFO("lang " << int(lang));
        // The most important first: acknowledge (self-driving), then the own-post correction.
        REQUIRE(g.items.size() >= 5);
        CHECK(g.items[0].rule_id == "acknowledge_self_driving");
        CHECK(g.items[1].kind == "correct_own_post");
        const auto& ack = item_of(g, "acknowledge");
        CHECK(ack.because.find("46") != std::string::npos);
        CHECK(ack.because.find(lang == Lang::en ? "1.18" : "1,18") != std::string::npos);
        CHECK(ack.action.find("Instagram") != std::string::npos);
        // Deadline: first hour after the onset 25 min ago -> 35 min left, 12:35 UTC = 13:35 local.
        CHECK(ack.deadline == s.onset + 3600);
        CHECK_FALSE(ack.overdue);
        CHECK(ack.by.find("13:35") != std::string::npos);
        CHECK(ack.by.find("35") != std::string::npos);
        const auto& post = item_of(g, "correct_own_post");
        CHECK(post.because.find(sv::builtin_guideline_rules().label("cluster", "preventable", lang)) !=
              std::string::npos);
        const auto& mult = item_of(g, "brief_multipliers");
        CHECK(mult.rule_id == "brief_multipliers");
        const char* followers = lang == Lang::en   ? "184,000"
                                : lang == Lang::de ? "184.000"
                                                   : "184\xC2\xA0"
                                                     "000";
        CHECK(mult.because.find(followers) != std::string::npos);
        CHECK(mult.because.find("Anna Berg") != std::string::npos);
        CHECK(mult.action.find("matkollen") != std::string::npos);
        const auto& substance = item_of(g, "answer_substance");
        CHECK(substance.because.find("41") != std::string::npos);
        CHECK(substance.action.find("allergen label") != std::string::npos);
        // 38 % emotional is below the de-escalation threshold; no night at 13:00 local.
        CHECK_FALSE(has_kind(g, "deescalate"));
        CHECK_FALSE(has_kind(g, "night_duty"));
        CHECK_FALSE(has_kind(g, "confirm_origin")); // the user chose the origin
        CHECK(g.items.size() <= 8);
        check_citations(s, g);
    }
}

TEST_CASE("self-driving outrage with many outsiders, at night", "[guideline]") {
    for (Lang lang : kLangs) {
        auto s = svtest::outrage_situation();
        s.language = lang;
        const auto g = sv::make_guideline(s);
        INFO("lang " << int(lang));
        CHECK(g.items[0].rule_id == "acknowledge_self_driving");
        CHECK(item_of(g, "acknowledge").overdue); // onset 3 h ago: the first hour is over
        CHECK(item_of(g, "deescalate").because.find("78") != std::string::npos);
        CHECK(item_of(g, "address_public").because.find("83") != std::string::npos);
        const auto& night = item_of(g, "night_duty");
        CHECK(night.because.find("23:40") != std::string::npos);
        CHECK(item_of(g, "show_stance")
                  .because.find(sv::builtin_guideline_rules().label("cluster", "victim", lang)) !=
              std::string::npos);
        CHECK(has_kind(g, "confirm_origin")); // the origin is only a guess
        // The multiplier's follower count is unknown: the count variant cites the number of accounts.
        CHECK(item_of(g, "brief_multipliers").rule_id == "brief_multipliers_count");
        CHECK_FALSE(has_kind(g, "monitor"));
        check_citations(s, g);
    }
}

TEST_CASE("declining crisis after a leak", "[guideline]") {
    for (Lang lang : kLangs) {
        auto s = svtest::declining_situation();
        s.language = lang;
        const auto g = sv::make_guideline(s);
        INFO("lang " << int(lang));
        CHECK_FALSE(has_kind(g, "acknowledge"));
        CHECK_FALSE(has_kind(g, "brief_multipliers"));
        const auto& follow = item_of(g, "follow_up");
        CHECK(follow.rule_id == "declining_follow_up");
        CHECK(follow.because.find(lang == Lang::en ? "0.62" : "0,62") != std::string::npos);
        CHECK(follow.because.find("5480") != std::string::npos);
        const auto& leak = item_of(g, "state_confirmed");
        CHECK(leak.overdue);                  // onset 20 h ago
        CHECK(has_kind(g, "focus_majority")); // 33 % negative comments vs 19 critics per 100
        CHECK(has_kind(g, "thank_fans"));
        check_citations(s, g);
    }
}

TEST_CASE("rules needing an unmeasured figure do not apply; numbers are never invented", "[guideline]") {
    auto s = svtest::own_post_situation();
    s.n_star = sv::Figure::missing("too few comments with exact times");
    s.critics_per_100 = sv::Figure::missing("sentiment not run");
    auto g = sv::make_guideline(s);
    CHECK(item_of(g, "acknowledge").rule_id == "acknowledge_rising");
    CHECK_FALSE(has_kind(g, "focus_majority"));
    check_citations(s, g);

    s.stage = sv::Stage::unknown;
    s.negative_share = sv::Figure::missing("sentiment not run");
    g = sv::make_guideline(s);
    const auto& monitor = item_of(g, "monitor");
    CHECK(monitor.rule_id == "stage_not_measured");
    CHECK(monitor.because.find("1840") != std::string::npos);
    CHECK(has_kind(g, "thank_fans")); // the fans are measured whatever the stage
    CHECK_FALSE(has_kind(g, "acknowledge"));
    check_citations(s, g);
}

TEST_CASE("the mission and the fans are recalled", "[guideline]") {
    auto s = svtest::own_post_situation();
    s.language = Lang::de;
    auto g = sv::make_guideline(s);
    CHECK(item_of(g, "mission").action.find(s.mission) != std::string::npos);
    s.mission.clear();
    g = sv::make_guideline(s);
    CHECK(item_of(g, "mission").rule_id == "mission_missing");
}

TEST_CASE("numbers are formatted per language", "[guideline]") {
    using sv::NumberStyle;
    CHECK(sv::format_number(0.456, NumberStyle::percent, Lang::en) == "46");
    CHECK(sv::format_number(1.234, NumberStyle::ratio, Lang::en) == "1.23");
    CHECK(sv::format_number(1.234, NumberStyle::ratio, Lang::sv) == "1,23");
    CHECK(sv::format_number(1234, NumberStyle::integer, Lang::de) == "1234");
    CHECK(sv::format_number(1234567, NumberStyle::integer, Lang::de) == "1.234.567");
    CHECK(sv::format_number(1234567, NumberStyle::integer, Lang::en) == "1,234,567");
    CHECK(sv::format_number(23 * 60 + 5, NumberStyle::clock, Lang::sv) == "23:05");
}

TEST_CASE("broken rule files are rejected with a specific message", "[guideline]") {
    auto bad = [](const std::string& rule) {
        const std::string texts = R"("en":{"action":"a","because":"{comments} c","by":"b"},)"
                                  R"("sv":{"action":"a","because":"{comments} c","by":"b"},)"
                                  R"("de":{"action":"a","because":"{comments} c","by":"b"})";
        std::string j = R"({"rules":[)" + rule + "]}";
        const auto p = j.find("TEXTS");
        if (p != std::string::npos) j.replace(p, 5, texts);
        return sv::parse_guideline_rules(j);
    };
    const std::string head = R"({"id":"x","kind":"k","group":"g","priority":1,"by":{"from":"ongoing"},)";
    auto ok = bad(head + R"("when":[{"fact":"stage","op":"==","value":"calm"}],TEXTS})");
    REQUIRE(ok.ok());
    CHECK(ok.value().rules.size() == 1);

    auto r = bad(head + R"("when":[{"fact":"stag","op":"==","value":"calm"}],TEXTS})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("unknown fact 'stag'") != std::string::npos);

    r = bad(head + R"("when":[{"fact":"severity","op":"in","value":[1]}],TEXTS})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("does not apply") != std::string::npos);

    r = bad(
        head +
        R"("when":[{"fact":"stage","op":"==","value":"calm"}],"en":{"action":"a","because":"b","by":"c"}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("must cite at least one measured number") != std::string::npos);

    r = bad(head + R"("when":[{"fact":"stage","op":"==","value":"calm"}],)"
                   R"("en":{"action":"a {nope}","because":"{comments}","by":"c"}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("unknown placeholder {nope}") != std::string::npos);

    r = sv::parse_guideline_rules("{not json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == "bad_guideline_rules");
}
