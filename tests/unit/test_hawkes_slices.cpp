// The Hawkes fits in passes (polish, issue 6: a brushed range's gauge must not hold a frame): a fit stepped
// one pass at a time gives exactly the fit made in one go, and each step() with its deadline already past
// does a single pass over the times.
#include "core/analytics/hawkes.hpp"

#include "test_hawkes_sim.hpp"
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

using namespace sv;

namespace {

// About 3,000 events.
std::vector<double> simulated(double n_star, uint64_t seed, double& T) {
    return svtest::stationary_hawkes(n_star, seed, 30000.0, T);
}

constexpr double kPast = -std::numeric_limits<double>::infinity(); // a deadline already past: one pass

} // namespace

TEST_CASE("HawkesFitRun: one pass per step, the same fit as in one go", "[analytics][hawkes][slices]") {
    for (double n_star : {0.3, 0.8}) {
        double T = 0;
        const std::vector<double> t = simulated(n_star, 7, T);
        REQUIRE(t.size() > 1000);
        const HawkesFit whole = fit_hawkes(t.data(), t.size(), T);
        REQUIRE(whole.ok);
        HawkesFitRun run(t.data(), t.size(), T, nullptr, INFINITY);
        int steps = 1;
        while (!run.step(kPast)) ++steps;
        const HawkesFit& sliced = run.result();
        CHECK(sliced.ok);
        CHECK(sliced.params.mu == whole.params.mu);
        CHECK(sliced.params.alpha == whole.params.alpha);
        CHECK(sliced.params.beta == whole.params.beta);
        CHECK(sliced.log_likelihood == whole.log_likelihood);
        CHECK(sliced.alpha_variance == whole.alpha_variance);
        CHECK(sliced.iterations == whole.iterations);
        // Every iteration (EM or Newton) is at least one pass, and the first evaluation for Newton one more.
        CHECK(steps >= whole.iterations + 1);
        CHECK(whole.iterations > 24); // the three starts' 8 EM steps each, then more
        // From a nearby start (another jitter draw): Newton only, still in passes, still the same answer.
        const HawkesFit again = fit_hawkes(t.data(), t.size(), T, &whole.params, INFINITY);
        HawkesFitRun from(t.data(), t.size(), T, &whole.params, INFINITY);
        int newton_steps = 1;
        while (!from.step(kPast)) ++newton_steps;
        CHECK(from.result().params.alpha == again.params.alpha);
        CHECK(from.result().log_likelihood == again.log_likelihood);
        CHECK(newton_steps >= 2); // the evaluation at the start, then at least one line-search try
    }
}

TEST_CASE("HawkesFitRun: too few events or no span is no fit, at once", "[analytics][hawkes][slices]") {
    const double t[1] = {0.0};
    HawkesFitRun run(t, 1, 10.0, nullptr, INFINITY);
    CHECK(run.step(kPast));
    CHECK_FALSE(run.result().ok);
}

TEST_CASE("EmLikelihoodRun: 44 passes (3 starts of 8 EM steps, then 20)", "[analytics][hawkes][slices]") {
    double T = 0;
    const std::vector<double> t = simulated(0.5, 11, T);
    for (double end : {static_cast<double>(INFINITY), T / 3}) {
        EmLikelihoodRun run(t.data(), t.size(), T, end);
        int steps = 1;
        while (!run.step(kPast)) ++steps;
        CHECK(steps == 44);
        EmLikelihoodRun once(t.data(), t.size(), T, end);
        CHECK(once.step(std::numeric_limits<double>::infinity()));
        CHECK(run.result() == once.result());
        CHECK(std::isfinite(run.result()));
    }
}
