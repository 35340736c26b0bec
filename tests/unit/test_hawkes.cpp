// The self-driving gauge: Hawkes fit on seeded Ogata-thinning simulations, intervals, forecasts, the gauge
// of a case (coarse times, relative times).
#include "core/analytics/hawkes.hpp"
#include "core/analytics/timeline.hpp"

#include "test_hawkes_sim.hpp"
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace sv;

namespace {

// About 8,000 events.
std::vector<double> stationary(double n_star, uint64_t seed, double& T) {
    return svtest::stationary_hawkes(n_star, seed, 80000.0, T);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

} // namespace

TEST_CASE("simulator: mean count matches mu T / (1 - n*)", "[analytics][hawkes]") {
    double total = 0, T = 0;
    for (uint64_t seed = 1; seed <= 10; ++seed) total += static_cast<double>(stationary(0.6, seed, T).size());
    const double expected = 0.1 * T / (1 - 0.6);
    CHECK(total / 10 == Approx(expected).epsilon(0.1));
}

TEST_CASE("Hawkes fit recovers n* within 0.05 and its 95% interval covers it", "[analytics][hawkes]") {
    for (double n_star : {0.3, 0.6, 0.9}) {
        int within = 0, covered = 0;
        std::vector<double> estimates;
        for (uint64_t seed = 1; seed <= 50; ++seed) {
            double T = 0;
            const auto t = stationary(n_star, seed * 1000 + static_cast<uint64_t>(n_star * 10), T);
            REQUIRE(t.size() >= 5000);
            const HawkesFit fit = fit_hawkes(t.data(), t.size(), T);
            REQUIRE(fit.ok);
            const double a = fit.params.alpha, sd = std::sqrt(fit.alpha_variance);
            estimates.push_back(a);
            within += std::fabs(a - n_star) <= 0.05;
            covered += a - 1.96 * sd <= n_star && n_star <= a + 1.96 * sd;
        }
        INFO("n* = " << n_star << ": within 0.05 in " << within << "/50, covered in " << covered
                     << "/50, median estimate " << median(estimates));
        CHECK(within == 50);
        CHECK(covered >= 45);
        CHECK(std::fabs(median(estimates) - n_star) <= 0.02);
    }
}

TEST_CASE("Hawkes fit recovers the kernel and the background", "[analytics][hawkes]") {
    double T = 0;
    const auto t = stationary(0.6, 77, T);
    const HawkesFit fit = fit_hawkes(t.data(), t.size(), T);
    REQUIRE(fit.ok);
    CHECK(fit.params.beta == Approx(1.0).epsilon(0.2));
    CHECK(fit.params.mu == Approx(0.1).epsilon(0.2));
}

TEST_CASE("n* = 1.2 is called self-driving", "[analytics][hawkes]") {
    for (uint64_t seed = 1; seed <= 10; ++seed) {
        HawkesSimulation sim;
        sim.mu_before = sim.mu_after = 0.1;
        sim.alpha = 1.2;
        sim.beta = 0.05;
        sim.T = 1e9;
        sim.max_events = 5000;
        sim.seed = seed;
        const auto t = simulate_hawkes(sim);
        REQUIRE(t.size() == 5000);
        const HawkesFit fit = fit_hawkes(t.data(), t.size(), t.back());
        REQUIRE(fit.ok);
        INFO("seed " << seed << ": n* = " << fit.params.alpha);
        CHECK(fit.params.alpha >= 1.0);
    }
}

TEST_CASE("forecast: interval contains the estimate and is unbounded when n* may reach 1",
          "[analytics][hawkes]") {
    const HawkesForecast f = hawkes_forecast(100.0, 0.5, 0.4, 0.6);
    CHECK(f.remaining == Approx(100.0));
    CHECK(f.low < f.remaining);
    CHECK(f.high > f.remaining);
    CHECK(f.low >= 0);
    const HawkesForecast open = hawkes_forecast(100.0, 0.9, 0.8, 1.05);
    CHECK(std::isinf(open.high));
}

namespace {
// A case whose comments follow a simulated Hawkes process, stored at the given precision.
CommentStore store_from_times(const std::vector<double>& t, TimePrecision precision) {
    CommentStore c;
    const int64_t t0 = 1700000000;
    const int64_t w = precision == TimePrecision::minute ? 60 : (precision == TimePrecision::day ? 86400 : 1);
    for (size_t i = 0; i < t.size(); ++i) {
        const size_t r = c.append_row();
        const int64_t s = t0 + static_cast<int64_t>(std::floor(t[i]));
        c.created_at[r] = s - ((s % w) + w) % w;
        c.precision[r] = precision;
        std::string name = "author";
        name += std::to_string(i % 300);
        c.author[r] = c.add_author(name);
    }
    return c;
}

HawkesGauge gauge_of(const CommentStore& c) {
    Timeline tl;
    TimelineIndex idx;
    CrisisState crisis;
    REQUIRE(build_timeline(c, SentimentColumns{}, 0, tl, idx));
    crisis.has_onset = false;
    HawkesGauge g;
    compute_hawkes_gauge(c, tl, idx, crisis, AnalyticsOptions{}, g);
    return g;
}
} // namespace

TEST_CASE("gauge of a case: second, minute and relative precision", "[analytics][hawkes]") {
    HawkesSimulation sim;
    sim.mu_before = sim.mu_after = 0.01;
    sim.alpha = 0.6;
    sim.beta = 1.0 / 120.0; // mean delay 2 minutes
    sim.T = 6000.0 / 0.01 * 0.4;
    sim.seed = 99;
    const auto t = simulate_hawkes(sim);
    REQUIRE(t.size() > 4000);

    const HawkesGauge sec = gauge_of(store_from_times(t, TimePrecision::second));
    REQUIRE(sec.available);
    CHECK(sec.branching_ratio == Approx(0.6).margin(0.07));
    CHECK(sec.ci_low < sec.branching_ratio);
    CHECK(sec.ci_high > sec.branching_ratio);
    CHECK_FALSE(sec.self_driving);
    REQUIRE(sec.forecast_available);
    CHECK(sec.forecast_total >= static_cast<double>(t.size()));
    CHECK(sec.forecast_low <= sec.forecast_total);
    CHECK(sec.forecast_high >= sec.forecast_total);

    const HawkesGauge min = gauge_of(store_from_times(t, TimePrecision::minute));
    REQUIRE(min.available);
    CHECK(min.branching_ratio == Approx(0.6).margin(0.08));
    CHECK(min.reason.find("coarse") != std::string::npos);
    CHECK(min.jitter_draws == 3);
    CHECK(min.ci_low <= 0.6);
    CHECK(min.ci_high >= 0.6);

    const HawkesGauge rel = gauge_of(store_from_times(t, TimePrecision::relative));
    CHECK_FALSE(rel.available);
    CHECK(rel.reason.find("relative") != std::string::npos);
}

TEST_CASE("gauge refuses a window with too few comments", "[analytics][hawkes]") {
    std::vector<double> t;
    for (int i = 0; i < 20; ++i) t.push_back(i * 30.0);
    const HawkesGauge g = gauge_of(store_from_times(t, TimePrecision::second));
    CHECK_FALSE(g.available);
    CHECK(g.reason.find("at least 50") != std::string::npos);
}

// Bursts: a pulse of outside comments, then only comments that follow comments (no more background). The
// final size forecast from the first quarter of the burst's duration, over 50 seeds.
TEST_CASE("burst forecast from the first quarter: median relative error <= 15%", "[analytics][hawkes]") {
    struct Burst {
        double n_star, pulse_comments, pulse_seconds, mean_delay;
    };
    for (const Burst b : {Burst{0.7, 300, 600, 1800}, Burst{0.5, 300, 600, 1800}, Burst{0.85, 500, 60, 600},
                          Burst{0.3, 1000, 300, 300}}) {
        std::vector<double> errors;
        int pulses = 0;
        for (uint64_t seed = 1; seed <= 50; ++seed) {
            HawkesSimulation sim;
            sim.mu_before = b.pulse_comments / b.pulse_seconds;
            sim.mu_after = 0;
            sim.switch_time = b.pulse_seconds;
            sim.alpha = b.n_star;
            sim.beta = 1.0 / b.mean_delay;
            sim.T = 1e9; // until the excitation dies out
            sim.seed = seed;
            const std::vector<double> t = simulate_hawkes(sim);
            const double cut = t.back() / 4;
            const size_t n = static_cast<size_t>(std::lower_bound(t.begin(), t.end(), cut) - t.begin());
            const double end = profile_background_end(t.data(), n, cut);
            pulses += std::isfinite(end);
            const HawkesFit fit = fit_hawkes(t.data(), n, cut, nullptr, end);
            REQUIRE(fit.ok);
            const double residual = hawkes_residual_offspring(fit.params, t.data(), n, cut);
            const HawkesForecast f = hawkes_forecast(fit.params.alpha > 0 ? residual / fit.params.alpha : 0.0,
                                                     fit.params.alpha, fit.params.alpha, fit.params.alpha);
            const double total = static_cast<double>(n) + f.remaining;
            errors.push_back(std::fabs(total - static_cast<double>(t.size())) /
                             static_cast<double>(t.size()));
        }
        std::sort(errors.begin(), errors.end());
        const double median = (errors[24] + errors[25]) / 2;
        INFO("n* " << b.n_star << ", pulse " << b.pulse_comments << " in " << b.pulse_seconds << " s, delay "
                   << b.mean_delay << " s: median error " << median << ", pulse found in " << pulses
                   << "/50");
        CHECK(median <= 0.15);
        CHECK(pulses >= 45);
    }
}

TEST_CASE("a stationary stream keeps the constant background", "[analytics][hawkes]") {
    int pulses = 0;
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        HawkesSimulation sim;
        sim.mu_before = sim.mu_after = 0.5;
        sim.alpha = 0.6;
        sim.beta = 1.0 / 30;
        sim.T = 8000;
        sim.seed = seed;
        const std::vector<double> t = simulate_hawkes(sim);
        pulses += std::isfinite(profile_background_end(t.data(), t.size(), sim.T));
    }
    CHECK(pulses <= 2);
}
