// test_guideline_situations.hpp — generated situations for the guideline and brief tests (our own numbers,
// no real data): calm; emerging own-post crisis with a multiplier; self-driving outrage with many
// outsiders; declining crisis.
#pragma once
#include "core/guideline/situation.hpp"

#include <algorithm>

namespace svtest {

// 2025-03-14 12:00:00 UTC
inline constexpr int64_t kNoon = 1741953600;

inline void add_timeline(sv::Situation& s, int buckets, int onset_bucket, int peak_bucket, bool declining) {
    s.bucket_seconds = 900;
    s.timeline_labelled = true;
    const int64_t start = s.now - int64_t(buckets) * s.bucket_seconds;
    for (int i = 0; i < buckets; ++i) {
        sv::TimelineBucket b;
        b.start = start + int64_t(i) * s.bucket_seconds;
        int level = 6;
        if (i >= onset_bucket) {
            const int up = (i <= peak_bucket ? (i - onset_bucket + 1) : (peak_bucket - onset_bucket + 1)) * 9;
            const int down = declining && i > peak_bucket ? (i - peak_bucket) * 6 : 0;
            level = 6 + std::max(0, up - down);
        }
        b.negative = i >= onset_bucket ? level * 2 / 3 : level / 6;
        b.positive = level / 4 + 2;
        b.neutral = level - b.negative / 2;
        s.timeline.push_back(b);
    }
}

inline sv::Situation calm_situation() {
    sv::Situation s;
    s.stage = sv::Stage::calm;
    s.severity = sv::Figure::of(8);
    s.now = kNoon;
    s.comments = 412;
    s.authors = 301;
    s.n_star = sv::Figure::of(0.35);
    s.negative_share = sv::Figure::of(0.09);
    s.positive_share = sv::Figure::of(0.55);
    s.critics_per_100 = sv::Figure::of(6);
    s.emotional_share = sv::Figure::of(0.3);
    s.constructive_share = sv::Figure::of(0.7);
    s.outsider_share = sv::Figure::missing("no onset");
    s.fans = sv::Figure::of(140);
    s.brand = "Fjällbryggan";
    add_timeline(s, 48, 1000, 1000, false);
    return s;
}

inline sv::Situation own_post_situation() {
    sv::Situation s;
    s.stage = sv::Stage::emerging;
    s.severity = sv::Figure::of(58);
    s.now = kNoon;
    s.onset = kNoon - 25 * 60;
    s.utc_offset_minutes = 60;
    s.utc_offset_given = true;
    s.comments = 1840;
    s.authors = 1210;
    s.comments_since_onset = 960;
    s.n_star = sv::Figure::of(1.18);
    s.n_star_lo = sv::Figure::of(1.02);
    s.n_star_hi = sv::Figure::of(1.35);
    s.negative_share = sv::Figure::of(0.46);
    s.positive_share = sv::Figure::of(0.21);
    s.critics_per_100 = sv::Figure::of(22);
    s.emotional_share = sv::Figure::of(0.38);
    s.constructive_share = sv::Figure::of(0.41);
    s.outsider_share = sv::Figure::of(0.35);
    s.fans = sv::Figure::of(95);
    s.multipliers = {{"Anna Berg", 184000, "312 replies in 2 h after her comment"},
                     {"matkollen", 41000, "180 shares"}};
    s.constructive_themes = {"allergen label", "refund"};
    s.negative_themes = {"tasteless", "apology"};
    s.triggers = {{"Fjällbryggan", "Our new ad <b>\"Winter is for the weak\"</b> & more", kNoon - 26 * 60,
                   "first comment of the onset window"}};
    s.origin = sv::OriginType::own_post;
    s.origin_user_chosen = true;
    s.brand = "Fjällbryggan";
    s.mission = "Good coffee that treats growers & guests fairly";
    s.responder = "Maja Lind";
    s.channel = "Instagram";
    s.onset = kNoon - 25 * 60;
    add_timeline(s, 32, 30, 31, false);
    return s;
}

inline sv::Situation outrage_situation() {
    sv::Situation s;
    s.stage = sv::Stage::escalating;
    s.severity = sv::Figure::of(81);
    s.now = kNoon + 10 * 3600 + 40 * 60; // 22:40 UTC, 23:40 local
    s.utc_offset_minutes = 60;
    s.utc_offset_given = true;
    s.onset = s.now - 3 * 3600;
    s.comments = 22400;
    s.authors = 15100;
    s.comments_since_onset = 20900;
    s.n_star = sv::Figure::of(1.42);
    s.n_star_lo = sv::Figure::of(1.21);
    s.n_star_hi = sv::Figure::of(1.66);
    s.negative_share = sv::Figure::of(0.71);
    s.positive_share = sv::Figure::of(0.08);
    s.critics_per_100 = sv::Figure::of(48);
    s.emotional_share = sv::Figure::of(0.78);
    s.constructive_share = sv::Figure::of(0.12);
    s.outsider_share = sv::Figure::of(0.83);
    s.fans = sv::Figure::of(30);
    s.multipliers = {{"@stormchaser", -1, "1,900 replies under their post"}};
    s.origin = sv::OriginType::external_event;
    s.origin_user_chosen = false;
    s.triggers = {{"@stormchaser", "Look what they did", s.onset, "root of the largest negative cascade"}};
    add_timeline(s, 40, 28, 39, false);
    return s;
}

inline sv::Situation declining_situation() {
    sv::Situation s;
    s.stage = sv::Stage::declining;
    s.severity = sv::Figure::of(34);
    s.now = kNoon;
    s.onset = kNoon - 20 * 3600;
    s.peak = kNoon - 14 * 3600;
    s.comments = 5200;
    s.authors = 3900;
    s.comments_since_onset = 4700;
    s.n_star = sv::Figure::of(0.62);
    s.n_star_lo = sv::Figure::of(0.51);
    s.n_star_hi = sv::Figure::of(0.74);
    s.forecast_final_size = sv::Figure::of(5480);
    s.negative_share = sv::Figure::of(0.33);
    s.positive_share = sv::Figure::of(0.30);
    s.critics_per_100 = sv::Figure::of(19);
    s.emotional_share = sv::Figure::of(0.44);
    s.constructive_share = sv::Figure::of(0.29);
    s.outsider_share = sv::Figure::of(0.4);
    s.fans = sv::Figure::of(610);
    s.origin = sv::OriginType::internal_leak;
    s.origin_user_chosen = true;
    s.brand = "Nordbank";
    add_timeline(s, 96, 10, 34, true);
    return s;
}

} // namespace svtest
