// The crisis timeline: bucket choice, per-bucket columns, onset on simulated series, stage, severity,
// pyramid.
#include "core/analytics/timeline.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace sv;
using svtest::Rng;

namespace {

// A store with counts[b] comments in hour b (spread over the hour), negative[b] of them negative.
struct Built {
    CommentStore c;
    SentimentColumns s;
};
Built store_from_counts(const std::vector<uint32_t>& counts, const std::vector<uint32_t>& negative,
                        int64_t start = 1700000000 / 3600 * 3600, int64_t bucket = 3600) {
    Built out;
    uint32_t author = 0;
    for (size_t b = 0; b < counts.size(); ++b) {
        for (uint32_t k = 0; k < counts[b]; ++k) {
            const size_t r = out.c.append_row();
            out.c.created_at[r] = start + static_cast<int64_t>(b) * bucket + (k * bucket) / (counts[b] + 1);
            out.c.precision[r] = TimePrecision::second;
            out.c.author[r] = out.c.add_author("user" + std::to_string(author++ % 50), 100);
            const bool neg = !negative.empty() && k < negative[b];
            out.s.compound.push_back(neg ? -0.6f : 0.3f);
            out.s.label.push_back(label_for(out.s.compound.back()));
        }
    }
    return out;
}

std::vector<uint32_t> poisson_series(Rng& rng, size_t n, double rate) {
    std::vector<uint32_t> v(n);
    for (auto& x : v) x = rng.poisson(rate);
    return v;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

TEST_CASE("bucket size gives about 50-300 buckets", "[analytics][timeline]") {
    const int64_t t0 = 1700000000;
    CHECK(choose_bucket_seconds(t0, t0 + 3 * 3600, false) == 60);          // 181 buckets of 1 min
    CHECK(choose_bucket_seconds(t0, t0 + 12 * 3600, false) == 300);        // 145 of 5 min
    CHECK(choose_bucket_seconds(t0, t0 + 2 * 86400, false) == 900);        // 193 of 15 min
    CHECK(choose_bucket_seconds(t0, t0 + 10 * 86400, false) == 3600);      // 241 of 1 h
    CHECK(choose_bucket_seconds(t0, t0 + 60 * 86400, false) == 21600);     // 241 of 6 h
    CHECK(choose_bucket_seconds(t0, t0 + 200 * 86400, false) == 86400);    // 201 of 1 d
    CHECK(choose_bucket_seconds(t0, t0 + 3 * 3600, true) == 86400);        // day precision: at least 1 d
    CHECK(choose_bucket_seconds(t0, t0 + 3000 * 86400LL, false) == 86400); // more than 300, still 1 d
}

TEST_CASE("timeline columns: counts by label, authors, newcomers, reach", "[analytics][timeline]") {
    CommentStore c;
    SentimentColumns s;
    const int64_t t0 = 1700000000 / 60 * 60;
    auto add = [&](int64_t t, const char* author, int64_t followers, float compound, int32_t shares) {
        const size_t r = c.append_row();
        c.created_at[r] = t;
        c.precision[r] = TimePrecision::second;
        c.author[r] = c.add_author(author, followers);
        c.shares[r] = shares;
        s.compound.push_back(compound);
    };
    add(t0 + 5, "anna", 1000, 0.5f, 2);
    add(t0 + 50, "anna", 1000, -0.5f, -1);
    add(t0 + 70, "björn", 10, 0.0f, 1);
    add(t0 + 130, "anna", 1000, -0.2f, -1);
    add(t0 + 140, "carl", -1, -0.9f, -1);
    const size_t untimed = c.append_row();
    c.author[untimed] = c.add_author("dora");
    s.compound.push_back(0.0f);

    Timeline t;
    TimelineIndex idx;
    REQUIRE(build_timeline(c, s, 0, t, idx));
    CHECK(t.bucket_seconds == 60);
    CHECK(t.start == t0);
    REQUIRE(t.size() == 3);
    CHECK(t.untimed == 1);
    CHECK(t.count == std::vector<uint32_t>{2, 1, 2});
    CHECK(t.positive == std::vector<uint32_t>{1, 0, 0});
    CHECK(t.negative == std::vector<uint32_t>{1, 0, 2});
    CHECK(t.neutral == std::vector<uint32_t>{0, 1, 0});
    CHECK(t.mean_compound[0] == Approx(0.0));
    CHECK(t.mean_compound[2] == Approx(-0.55));
    CHECK(t.authors == std::vector<uint32_t>{1, 1, 2});
    CHECK(t.newcomers == std::vector<uint32_t>{1, 1, 1});
    CHECK(t.reach == std::vector<double>{1000, 1010, 1010});
    CHECK(t.shares == std::vector<int64_t>{2, 3, 3});
    CHECK(idx.bucket_of_row[untimed] == TimelineIndex::kNoBucket);

    // Without sentiment every comment is neutral.
    REQUIRE(build_timeline(c, SentimentColumns{}, 0, t, idx));
    CHECK(t.neutral == std::vector<uint32_t>{2, 1, 2});
    CHECK(t.negative == std::vector<uint32_t>{0, 0, 0});
}

TEST_CASE("robust baseline: median, MAD scale with a Poisson floor", "[analytics][timeline]") {
    const std::vector<uint32_t> x = {10, 12, 8, 10, 11, 9, 10, 40};
    std::vector<float> m(x.size()), s(x.size()), z(x.size());
    robust_baseline(x.data(), x.size(), m.data(), s.data(), z.data());
    CHECK(z[5] == 0); // fewer than 6 earlier buckets
    CHECK(m[7] == Approx(10.0f));
    // MAD of {10,12,8,10,11,9,10} is 1 -> 1.4826 < sqrt(mean 10 + 1): the floor applies.
    CHECK(s[7] == Approx(std::sqrt(11.0f)));
    CHECK(z[7] == Approx(30.0f / std::sqrt(11.0f)));
}

TEST_CASE("onset on a planted burst: median delay <= 2 buckets", "[analytics][timeline]") {
    std::vector<double> delays;
    int missed = 0;
    for (uint64_t seed = 1; seed <= 100; ++seed) {
        Rng rng(seed);
        const double base = 5.0 + 40.0 * rng.uniform();
        const size_t n = 200;
        const size_t start = 40 + rng.below(110);
        std::vector<double> rate(n, base);
        // A ramp: the excess grows by 40% of the baseline per bucket for 12 buckets, then decays.
        for (size_t k = 0; start + k < n; ++k)
            rate[start + k] += k < 12 ? 0.4 * base * (k + 1) : 0.4 * base * 12 * std::pow(0.8, k - 11);
        std::vector<uint32_t> v(n);
        for (size_t b = 0; b < n; ++b) v[b] = rng.poisson(rate[b]);
        const OnsetResult r = detect_onset(v.data(), nullptr, n);
        if (!r.found || r.bucket + 1 < start) {
            ++missed; // not found, or a false alarm before the burst
            continue;
        }
        delays.push_back(static_cast<double>(r.bucket) - static_cast<double>(start));
    }
    INFO("missed or early: " << missed << ", median delay " << (delays.empty() ? -1.0 : median(delays)));
    CHECK(missed <= 5);
    REQUIRE(!delays.empty());
    CHECK(median(delays) <= 2.0);
    CHECK(median(delays) >= 0.0);
}

TEST_CASE("onset on the negative count when volume stays flat", "[analytics][timeline]") {
    int found_on_time = 0;
    for (uint64_t seed = 1; seed <= 50; ++seed) {
        Rng rng(seed * 7919);
        const size_t n = 150, start = 90;
        std::vector<uint32_t> vol(n), neg(n);
        for (size_t b = 0; b < n; ++b) {
            vol[b] = rng.poisson(30);
            const double share = b >= start ? 0.6 : 0.1;
            uint32_t k = 0;
            for (uint32_t i = 0; i < vol[b]; ++i) k += rng.uniform() < share;
            neg[b] = k;
        }
        const OnsetResult r = detect_onset(vol.data(), neg.data(), n);
        if (r.found && r.bucket >= start && r.bucket <= start + 2 && std::string(r.rule) == "negative")
            ++found_on_time;
    }
    CHECK(found_on_time >= 45);
}

TEST_CASE("calm Poisson series: false onset in <= 5% of seeds", "[analytics][timeline]") {
    for (double rate : {2.0, 20.0, 200.0}) {
        int false_onsets = 0;
        for (uint64_t seed = 1; seed <= 100; ++seed) {
            Rng rng(seed * 31 + static_cast<uint64_t>(rate));
            const auto vol = poisson_series(rng, 200, rate);
            std::vector<uint32_t> neg(vol.size());
            for (size_t b = 0; b < vol.size(); ++b) {
                uint32_t k = 0;
                for (uint32_t i = 0; i < vol[b]; ++i) k += rng.uniform() < 0.2;
                neg[b] = k;
            }
            false_onsets += detect_onset(vol.data(), neg.data(), vol.size()).found;
        }
        INFO("rate " << rate << ": " << false_onsets << " false onsets in 100 seeds");
        CHECK(false_onsets <= 5);
    }
}

TEST_CASE("stage follows the shape of the wave", "[analytics][timeline]") {
    auto stage_of = [](const std::vector<uint32_t>& counts, std::string* reason = nullptr,
                       double* severity = nullptr) {
        Built b = store_from_counts(counts, {});
        Timeline t;
        TimelineIndex idx;
        CrisisState crisis;
        REQUIRE(build_timeline(b.c, b.s, 3600, t, idx));
        assess_timeline(t, crisis, idx, b.c);
        assess_stage_and_severity(t, crisis, b.c, idx, -1);
        if (reason) *reason = crisis.stage_reason;
        if (severity) *severity = crisis.severity;
        return crisis.stage;
    };
    std::vector<uint32_t> calm(40, 10);
    for (size_t i = 0; i < calm.size(); ++i) calm[i] = 8 + static_cast<uint32_t>(i % 5);
    double calm_severity = 0;
    CHECK(stage_of(calm, nullptr, &calm_severity) == CrisisStage::calm);
    CHECK(calm_severity <= 20.0);

    auto wave = calm;
    for (uint32_t x : {40u, 60u}) wave.push_back(x);
    CHECK(stage_of(wave) == CrisisStage::emerging);
    for (uint32_t x : {90u, 120u, 160u}) wave.push_back(x);
    CHECK(stage_of(wave) == CrisisStage::escalating);
    wave.push_back(150);
    CHECK(stage_of(wave) == CrisisStage::peak);
    for (uint32_t x : {100u, 70u, 50u, 40u}) wave.push_back(x);
    CHECK(stage_of(wave) == CrisisStage::declining);
    for (uint32_t x : {11u, 9u, 10u}) wave.push_back(x);
    std::string reason;
    double severity = 0;
    CHECK(stage_of(wave, &reason, &severity) == CrisisStage::resolved);
    CHECK(reason.find("baseline") != std::string::npos);
    CHECK(severity > calm_severity);
}

TEST_CASE("a file that starts with the surge has its onset at the first bucket", "[analytics][timeline]") {
    std::vector<uint32_t> v = {50, 120, 90, 60, 40, 30, 20, 15, 10, 8, 7, 6, 5, 5, 4, 4, 3, 3, 3, 2};
    const OnsetResult r = detect_onset(v.data(), nullptr, v.size());
    REQUIRE(r.found);
    CHECK(r.bucket == 0);
    CHECK(std::string(r.rule) == "file starts with the surge");
}

TEST_CASE("pyramid sums match the comments at every level", "[analytics][timeline]") {
    Rng rng(5);
    std::vector<uint32_t> counts(72);
    for (auto& x : counts) x = rng.poisson(5);
    std::vector<uint32_t> neg(counts.size());
    for (size_t b = 0; b < counts.size(); ++b) neg[b] = counts[b] / 3;
    Built b = store_from_counts(counts, neg);
    TimePyramid p;
    build_pyramid(b.c, b.s, p);
    REQUIRE(p.minute.available());
    REQUIRE(p.hour.available());
    REQUIRE(p.day.available());
    auto total = [](const std::vector<uint32_t>& v) {
        uint64_t s = 0;
        for (uint32_t x : v) s += x;
        return s;
    };
    CHECK(total(p.minute.count) == b.c.size());
    CHECK(total(p.hour.count) == b.c.size());
    CHECK(total(p.day.count) == b.c.size());
    CHECK(total(p.hour.negative) == total(neg));
    REQUIRE(p.hour.count.size() == counts.size());
    CHECK(p.hour.count == counts);
}
