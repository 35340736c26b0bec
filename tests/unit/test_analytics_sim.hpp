// test_analytics_sim.hpp — seeded random numbers for the analytics tests (our own generator and samplers,
// so native and WASM runs draw the same numbers).
#pragma once
#include <cmath>
#include <cstdint>

namespace svtest {

struct Rng {
    uint64_t state;
    explicit Rng(uint64_t seed) : state(seed) { state = next(); } // decorrelates neighbouring seeds
    uint64_t next() {                                             // splitmix64
        uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }
    double exponential(double rate) { return -std::log(uniform()) / rate; }
    uint32_t poisson(double lambda) {
        if (lambda > 60) { // normal approximation, rounded
            const double u1 = uniform(), u2 = uniform();
            const double z = std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
            const double v = std::round(lambda + std::sqrt(lambda) * z);
            return v < 0 ? 0u : static_cast<uint32_t>(v);
        }
        const double limit = std::exp(-lambda);
        uint32_t k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    uint32_t below(uint32_t n) { return static_cast<uint32_t>(uniform() * n); }
};

} // namespace svtest
