// test_hawkes_sim.hpp — a stationary Hawkes stream for the gauge tests: background 0.1/s, mean delay 1 s (a
// tenth of the background's mean gap, so the triggered comments are identifiable), about
// 0.1 × horizon events (N = mu T / (1 - n*), with T = horizon × (1 - n*)).
#pragma once
#include "core/analytics/hawkes.hpp"

#include <cstdint>
#include <vector>

namespace svtest {

inline std::vector<double> stationary_hawkes(double n_star, uint64_t seed, double horizon, double& T) {
    sv::HawkesSimulation sim;
    sim.mu_before = sim.mu_after = 0.1;
    sim.alpha = n_star;
    sim.beta = 1.0;
    sim.T = T = horizon * (1.0 - n_star);
    sim.seed = seed;
    return sv::simulate_hawkes(sim);
}

} // namespace svtest
