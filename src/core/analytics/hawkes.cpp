// hawkes.cpp — Hawkes fit (EM + Newton), forecast, the gauge of a case, and the thinning simulator.
//
// [SECTION] Likelihood, gradient, Hessian (O(n) recursions)
// [SECTION] Fit
// [SECTION] Forecast
// [SECTION] Gauge of a case
// [SECTION] Simulator
#include "core/analytics/hawkes.hpp"

#include "core/base/clock.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <limits>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Likelihood, gradient, Hessian (O(n) recursions)
// ---------------------------------------------------------------------------------------------------------

namespace {

struct Eval {
    double ll = 0;
    double g[3] = {0, 0, 0};                            // d ll / d(mu, alpha, beta)
    double h[3][3] = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}; // Hessian
    bool valid = false;
};

// Log-likelihood, and with `derivatives` its gradient and Hessian, at p.
Eval evaluate(const double* t, size_t n, double T, const HawkesParams& p, bool derivatives) {
    Eval e;
    const double mu = p.mu, a = p.alpha, b = p.beta;
    const double c_end = std::min(p.background_end, T); // the background acts on [0, c_end)
    double A = 0, B = 0, C = 0;
    double s_inv = 0, s_u = 0, s_v = 0;                                // sum 1/l, u/l, v/l
    double s_ii = 0, s_iu = 0, s_iv = 0, s_uu = 0, s_uv = 0, s_vv = 0; // sums of products / l^2
    double s_ab = 0, s_bb = 0;                                         // sum (A - bB)/l, sum a(-2B + bC)/l
    double ll = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            const double d = t[i] - t[i - 1];
            const double decay = std::exp(-b * d);
            const double a1 = A + 1.0;
            C = decay * (C + 2.0 * d * B + d * d * a1);
            B = decay * (B + d * a1);
            A = decay * a1;
        }
        const bool background = t[i] < c_end;
        const double lam = (background ? mu : 0.0) + a * b * A;
        if (!(lam > 0)) return e;
        ll += std::log(lam);
        if (!derivatives) continue;
        const double inv = 1.0 / lam, inv2 = inv * inv;
        const double u = b * A, v = a * (A - b * B);
        if (background) { // d lam / d mu = 1 only while the background acts
            s_inv += inv;
            s_ii += inv2;
            s_iu += u * inv2;
            s_iv += v * inv2;
        }
        s_u += u * inv;
        s_v += v * inv;
        s_uu += u * u * inv2;
        s_uv += u * v * inv2;
        s_vv += v * v * inv2;
        s_ab += (A - b * B) * inv;
        s_bb += a * (-2.0 * B + b * C) * inv;
    }
    double comp = 0, comp_d = 0, comp_d2 = 0; // sum (1 - E_j), sum (T - t_j) E_j, sum (T - t_j)^2 E_j
    for (size_t j = 0; j < n; ++j) {
        const double r = T - t[j];
        const double E = std::exp(-b * r);
        comp += 1.0 - E;
        comp_d += r * E;
        comp_d2 += r * r * E;
    }
    e.ll = ll - mu * c_end - a * comp;
    e.valid = std::isfinite(e.ll);
    if (!derivatives) return e;
    e.g[0] = s_inv - c_end;
    e.g[1] = s_u - comp;
    e.g[2] = s_v - a * comp_d;
    e.h[0][0] = -s_ii;
    e.h[0][1] = e.h[1][0] = -s_iu;
    e.h[0][2] = e.h[2][0] = -s_iv;
    e.h[1][1] = -s_uu;
    e.h[1][2] = e.h[2][1] = s_ab - s_uv - comp_d;
    e.h[2][2] = s_bb - s_vv + a * comp_d2;
    return e;
}

// Inverse of a 3x3 matrix; false when singular.
bool invert3(const double m[3][3], double out[3][3]) {
    const double c00 = m[1][1] * m[2][2] - m[1][2] * m[2][1];
    const double c01 = m[1][2] * m[2][0] - m[1][0] * m[2][2];
    const double c02 = m[1][0] * m[2][1] - m[1][1] * m[2][0];
    const double det = m[0][0] * c00 + m[0][1] * c01 + m[0][2] * c02;
    if (!(std::fabs(det) > 0) || !std::isfinite(det)) return false;
    const double inv = 1.0 / det;
    out[0][0] = c00 * inv;
    out[1][0] = c01 * inv;
    out[2][0] = c02 * inv;
    out[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) * inv;
    out[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) * inv;
    out[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) * inv;
    out[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) * inv;
    out[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) * inv;
    out[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) * inv;
    return true;
}

// One EM step; returns the new parameters and, in ll_at_p, the log-likelihood at p (same pass).
HawkesParams em_step(const double* t, size_t n, double T, const HawkesParams& p, double& ll_at_p) {
    double A = 0, B = 0, bg = 0, off = 0, delay = 0, ll = 0;
    const double c_end = std::min(p.background_end, T);
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            const double d = t[i] - t[i - 1];
            const double decay = std::exp(-p.beta * d);
            B = decay * (B + d * (A + 1.0));
            A = decay * (A + 1.0);
        }
        const double trig = p.alpha * p.beta * A;
        const double m = t[i] < c_end ? p.mu : 0.0;
        const double inv = 1.0 / (m + trig);
        ll -= std::log(inv);
        bg += m * inv;
        off += trig * inv;
        delay += p.alpha * p.beta * B * inv;
    }
    double comp = 0;
    for (size_t j = 0; j < n; ++j) comp += 1.0 - std::exp(-p.beta * (T - t[j]));
    ll_at_p = ll - p.mu * c_end - p.alpha * comp;
    HawkesParams q;
    q.background_end = p.background_end;
    q.mu = std::max(bg / c_end, 1e-12);
    q.alpha = comp > 0 ? off / comp : 0.0;
    q.beta = delay > 0 ? off / delay : p.beta;
    q.alpha = std::max(q.alpha, 1e-9);
    q.beta = std::max(q.beta, 1e-12);
    return q;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Fit
// ---------------------------------------------------------------------------------------------------------

// The optimiser between passes: three EM starts (8 steps each), EM until it settles (at most 30 steps), then
// Newton on (mu, alpha, beta) with a halving line search. Each pass over the times (an EM step or an
// evaluation) is one unit of HawkesFitRun::step(); the sequence is that of a fit in one go.
struct HawkesFitRun::State {
    enum class Phase : uint8_t { starts, em, newton_start, newton, done };
    const double* t;
    size_t n;
    double T, rate, background_end;
    Phase phase = Phase::starts;
    HawkesParams p, q;
    int iterations = 0;
    int start = 0, k = 0; // the start kernel (starts), the step of the phase
    double best_ll = -std::numeric_limits<double>::infinity(), ll = 0, prev = 0;
    Eval e; // Newton: the evaluation at p
    double dir_step[3] = {0, 0, 0};
    double f = 1.0; // Newton: the line search's factor
    int h = -1;     // Newton: the line search's try (-1: a new direction first)
};

HawkesFitRun::HawkesFitRun(const double* t, size_t n, double T, const HawkesParams* start,
                           double background_end)
    : s_(std::make_unique<State>()) {
    State& s = *s_;
    s.t = t;
    s.n = n;
    s.T = T;
    s.background_end = background_end;
    if (n < 2 || !(T > 0)) {
        s.phase = State::Phase::done;
        return;
    }
    s.rate = static_cast<double>(n) / T;
    if (start) {
        s.p = *start; // a nearby answer (another jitter draw): Newton alone
        s.p.background_end = background_end;
        s.phase = State::Phase::newton_start;
    }
}

HawkesFitRun::~HawkesFitRun() = default;

bool HawkesFitRun::step(double deadline_ms) {
    State& s = *s_;
    using Phase = State::Phase;
    const double* t = s.t;
    const size_t n = s.n;
    const double T = s.T;
    // The fit at p (with the observed information for alpha's variance).
    auto finish = [&] {
        double neg[3][3], cov[3][3];
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c) neg[r][c] = -s.e.h[r][c];
        fit_.ok = true;
        fit_.params = s.p;
        fit_.log_likelihood = s.e.ll;
        fit_.alpha_variance = invert3(neg, cov) && cov[1][1] > 0 ? cov[1][1] : 0.0;
        fit_.iterations = s.iterations;
        s.phase = Phase::done;
    };
    while (s.phase != Phase::done) {
        switch (s.phase) {
        case Phase::starts: {
            // Three starting kernels (a mean delay of one mean gap, of ten and of a hundred), 8 EM steps
            // each; the most likely one goes on with EM until it settles.
            static constexpr double kDivisors[3] = {1.0, 10.0, 100.0};
            if (s.k == 0)
                s.q = HawkesParams{0.5 * s.rate, 0.5, s.rate / kDivisors[s.start], s.background_end};
            s.q = em_step(t, n, T, s.q, s.ll);
            ++s.iterations;
            if (++s.k < 8) break;
            if (std::isfinite(s.ll) && s.ll > s.best_ll) s.best_ll = s.ll, s.p = s.q;
            s.k = 0;
            if (++s.start < 3) break;
            if (!std::isfinite(s.best_ll)) {
                s.phase = Phase::done; // no fit
                break;
            }
            s.prev = s.best_ll;
            s.phase = Phase::em;
            break;
        }
        case Phase::em: {
            const HawkesParams q = em_step(t, n, T, s.p, s.ll);
            if (!(s.ll >= s.prev) || s.ll - s.prev < 1e-7 * std::fabs(s.ll)) {
                s.phase = Phase::newton_start;
                break;
            }
            s.prev = s.ll;
            s.p = q;
            ++s.iterations;
            if (++s.k >= 30) s.phase = Phase::newton_start;
            break;
        }
        case Phase::newton_start:
            // Newton refinement on (mu, alpha, beta).
            s.e = evaluate(t, n, T, s.p, true);
            s.k = 0;
            s.h = -1;
            s.phase = s.e.valid ? Phase::newton : Phase::done;
            break;
        case Phase::newton: {
            if (s.h < 0) { // a new direction (no pass)
                double hi[3][3];
                double neg[3][3];
                for (int r = 0; r < 3; ++r)
                    for (int c = 0; c < 3; ++c) neg[r][c] = -s.e.h[r][c];
                if (!invert3(neg, hi)) {
                    finish();
                    break;
                }
                double* step = s.dir_step;
                const double* g = s.e.g;
                for (int r = 0; r < 3; ++r) step[r] = hi[r][0] * g[0] + hi[r][1] * g[1] + hi[r][2] * g[2];
                // A Newton step only where -H is positive definite along it; otherwise the gradient
                // direction.
                const double dir = step[0] * g[0] + step[1] * g[1] + step[2] * g[2];
                if (!(dir > 0)) {
                    const double scale[3] = {s.p.mu, s.p.alpha, s.p.beta};
                    for (int r = 0; r < 3; ++r) step[r] = g[r] * scale[r] * scale[r] * 1e-3;
                }
                s.f = 1.0;
                s.h = 0;
            }
            // The line search: the next try with valid parameters (one evaluation).
            bool improved = false, tried = false;
            for (; s.h < 40 && !tried; ++s.h, s.f *= 0.5) {
                HawkesParams q = s.p;
                q.mu += s.f * s.dir_step[0];
                q.alpha += s.f * s.dir_step[1];
                q.beta += s.f * s.dir_step[2];
                if (!(q.mu > 0 && q.alpha >= 0 && q.beta > 0)) continue;
                tried = true;
                const Eval eq = evaluate(t, n, T, q, true);
                if (eq.valid && eq.ll >= s.e.ll - 1e-12 * std::fabs(s.e.ll)) {
                    const double gain = eq.ll - s.e.ll;
                    s.p = q;
                    s.e = eq;
                    improved = gain > 1e-10 * std::fabs(eq.ll);
                    s.h = 40; // accepted: this iteration is over
                    break;
                }
            }
            if (s.h < 40) break; // more tries of this iteration
            if (!improved) {
                finish();
                break;
            }
            ++s.iterations;
            s.h = -1;
            if (++s.k >= 60) finish();
            break;
        }
        case Phase::done:
            break;
        }
        if (s.phase == Phase::done) break;
        if (clock_ms() >= deadline_ms) return false;
    }
    return true;
}

HawkesFit fit_hawkes(const double* t, size_t n, double T, const HawkesParams* start, double background_end) {
    HawkesFitRun run(t, n, T, start, background_end);
    while (!run.step(std::numeric_limits<double>::infinity())) {}
    return run.result();
}

double hawkes_residual_offspring(const HawkesParams& p, const double* t, size_t n, double T) {
    double s = 0;
    for (size_t j = 0; j < n; ++j) s += std::exp(-p.beta * (T - t[j]));
    return p.alpha * s;
}

namespace {

// The log-likelihood an EM-only fit reaches with the background ending at `end` (the same starts as
// fit_hawkes, fewer steps: enough to rank ends against each other).
double em_likelihood(const double* t, size_t n, double T, double end) {
    EmLikelihoodRun run(t, n, T, end);
    while (!run.step(std::numeric_limits<double>::infinity())) {}
    return run.result();
}

} // namespace

EmLikelihoodRun::EmLikelihoodRun(const double* t, size_t n, double T, double end)
    : t_(t), n_(n), T_(T), end_(end), best_ll_(-std::numeric_limits<double>::infinity()) {}

bool EmLikelihoodRun::step(double deadline_ms) {
    // Three starts of 8 EM steps, then 20 steps from the most likely; one pass per unit.
    static constexpr double kDivisors[3] = {1.0, 10.0, 100.0};
    const double rate = static_cast<double>(n_) / T_;
    for (;;) {
        if (start_ < 3) {
            if (k_ == 0) q_ = HawkesParams{0.5 * rate, 0.5, rate / kDivisors[start_], end_};
            q_ = em_step(t_, n_, T_, q_, ll_);
            if (++k_ == 8) {
                if (std::isfinite(ll_) && ll_ > best_ll_) best_ll_ = ll_, best_ = q_;
                k_ = 0;
                if (++start_ == 3) {
                    result_ = best_ll_;
                    if (!std::isfinite(best_ll_)) return true;
                }
            }
        } else {
            double at = 0;
            best_ = em_step(t_, n_, T_, best_, at);
            if (!std::isfinite(at)) return true;
            result_ = std::max(result_, at);
            if (++k_ == 20) return true;
        }
        if (clock_ms() >= deadline_ms) return false;
    }
}

double profile_background_end(const double* t, size_t n, double T, int grid, double min_gain) {
    if (n < 50 || grid < 2) return INFINITY;
    const double constant = em_likelihood(t, n, T, INFINITY);
    double best = -std::numeric_limits<double>::infinity(), best_end = INFINITY;
    for (int q = 1; q < grid; ++q) {
        const double end = t[n * static_cast<size_t>(q) / static_cast<size_t>(grid)];
        if (!(end > t[0])) continue;
        const double ll = em_likelihood(t, n, T, end);
        if (ll > best) best = ll, best_end = end;
    }
    return std::isfinite(constant) && best - constant < min_gain ? INFINITY : best_end;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Forecast
// ---------------------------------------------------------------------------------------------------------

HawkesForecast hawkes_forecast(double residual_per_alpha, double n_star, double ci_low, double ci_high) {
    HawkesForecast f;
    auto remaining = [&](double a) { return a < 1.0 ? a * residual_per_alpha / (1.0 - a) : INFINITY; };
    auto noise = [&](double a) {
        return a < 1.0 ? 1.96 * std::sqrt(a * residual_per_alpha / std::pow(1.0 - a, 3.0)) : INFINITY;
    };
    f.remaining = remaining(n_star);
    f.low = std::max(0.0, remaining(ci_low) - noise(ci_low));
    f.high = ci_high < 1.0 ? remaining(ci_high) + noise(ci_high) : INFINITY;
    return f;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Gauge of a case
// ---------------------------------------------------------------------------------------------------------

namespace {

double precision_width(TimePrecision p) {
    switch (p) {
    case TimePrecision::day:
        return 86400.0;
    case TimePrecision::minute:
        return 60.0;
    default:
        return 1.0;
    }
}

uint64_t next_random(uint64_t& state) { // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double uniform01(uint64_t& state) {
    return (static_cast<double>(next_random(state) >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

} // namespace

HawkesGaugeBuilder::HawkesGaugeBuilder(const CommentStore& c, const Timeline& t, const TimelineIndex& index,
                                       const CrisisState& crisis, const AnalyticsOptions& options,
                                       HawkesGauge& out)
    : c_(c), tl_(t), index_(&index), crisis_(crisis), options_(options), out_(out) {
    out_ = HawkesGauge{};
}

HawkesGaugeBuilder::HawkesGaugeBuilder(const CommentStore& c, const Timeline& t, const CrisisState& crisis,
                                       const AnalyticsOptions& options, const TimeWindow& window,
                                       HawkesGauge& out)
    : c_(c), tl_(t), index_(nullptr), crisis_(crisis), options_(options), out_(out) {
    out_ = HawkesGauge{};
    windowed_ = true;
    window_ = window;
    stage_ = Stage::scan;
    // From the onset on; a range that ends before the onset is fitted on its own comments.
    if (crisis.has_onset && crisis.onset_bucket < t.size() && window.to > t.bucket_start(crisis.onset_bucket))
        from_bucket_ = crisis.onset_bucket;
}

bool HawkesGaugeBuilder::check_relative(size_t relative) {
    if (relative * 2 <= window_count_) return true;
    set_reason({{ReasonCode::fit_relative, {double(relative), double(window_count_)}}}, out_.why,
               out_.reason);
    return false;
}

// Per-bucket counts of the window's timed rows from from_bucket_ on, then the first bucket to gather (the
// last buckets holding at most hawkes_max_events comments, as prepare() does with the index).
bool HawkesGaugeBuilder::scan_window(double deadline_ms) {
    const CommentStore& c = c_;
    const Timeline& tl = tl_;
    const size_t nb = tl.size();
    if (bucket_count_.size() != nb) bucket_count_.assign(nb, 0);
    const bool done = loop_.run(c.size(), deadline_ms, [&](size_t i) {
        const int64_t t = c.created_at[i];
        if (!window_.contains(t)) return;
        const int64_t b = floor_div(t - tl.start, tl.bucket_seconds);
        if (b < static_cast<int64_t>(from_bucket_) || b >= static_cast<int64_t>(nb)) return;
        ++bucket_count_[static_cast<size_t>(b)];
        ++window_count_;
        const TimePrecision p = c.precision[i];
        relative_ += p == TimePrecision::relative;
        coarse_ += p == TimePrecision::day || p == TimePrecision::minute;
    });
    if (!done) return false;
    loop_ = {};
    first_bucket_ = from_bucket_;
    const size_t max_events = std::max<size_t>(options_.hawkes_max_events, 50);
    if (window_count_ > max_events) {
        size_t last = nb - 1; // the last bucket holding a comment of the window
        while (last > from_bucket_ && bucket_count_[last] == 0) --last;
        size_t b = nb, suffix = 0;
        while (b > from_bucket_ && suffix + bucket_count_[b - 1] <= max_events) suffix += bucket_count_[--b];
        first_bucket_ = b <= last ? b : last;
    }
    return true;
}

bool HawkesGaugeBuilder::gather_window(double deadline_ms) {
    const CommentStore& c = c_;
    const Timeline& tl = tl_;
    const int64_t nb = static_cast<int64_t>(tl.size());
    const bool done = loop_.run(c.size(), deadline_ms, [&](size_t i) {
        const int64_t t = c.created_at[i];
        if (!window_.contains(t) || c.precision[i] == TimePrecision::relative) return;
        const int64_t b = floor_div(t - tl.start, tl.bucket_seconds);
        if (b >= static_cast<int64_t>(first_bucket_) && b < nb) rows_.push_back(static_cast<uint32_t>(i));
    });
    if (!done) return false;
    loop_ = {};
    bucket_count_ = {};
    return true;
}

// The window's rows and times; false when the model cannot be fitted (out_.reason says why).
bool HawkesGaugeBuilder::prepare() {
    const CommentStore& c = c_;
    const Timeline& tl = tl_;
    const TimelineIndex& index = *index_;
    const CrisisState& crisis = crisis_;
    const AnalyticsOptions& options = options_;
    HawkesGauge& out = out_;
    const size_t nb = tl.size();
    if (nb == 0) {
        set_reason({{ReasonCode::no_time}}, out.why, out.reason);
        return false;
    }
    const size_t from_bucket = crisis.has_onset ? crisis.onset_bucket : 0;
    const uint32_t begin = index.bucket_offset[from_bucket], end = index.bucket_offset[nb];
    window_count_ = end - begin;
    const size_t window_count = window_count_;
    size_t relative = 0, coarse = 0;
    for (uint32_t k = begin; k < end; ++k) {
        const TimePrecision p = c.precision[index.rows_by_bucket[k]];
        relative += p == TimePrecision::relative;
        coarse += p == TimePrecision::day || p == TimePrecision::minute;
    }
    coarse_ = coarse;
    if (!check_relative(relative)) return false;
    // The window's timed, non-relative rows; the last hawkes_max_events of them by bucket.
    uint32_t first = begin;
    const size_t max_events = std::max<size_t>(options.hawkes_max_events, 50);
    if (window_count > max_events) {
        size_t b = nb;
        while (b > from_bucket && end - index.bucket_offset[b - 1] <= max_events) --b;
        first = index.bucket_offset[b < nb ? b : nb - 1];
    }
    std::vector<uint32_t>& rows = rows_;
    rows.reserve(end - first);
    for (uint32_t k = first; k < end; ++k) {
        const uint32_t r = index.rows_by_bucket[k];
        if (c.precision[r] == TimePrecision::relative) continue;
        rows.push_back(r);
    }
    return finish_prepare();
}

// rows_ in time order, the last hawkes_max_events of them; the times' origin and span.
bool HawkesGaugeBuilder::finish_prepare() {
    const CommentStore& c = c_;
    HawkesGauge& out = out_;
    const size_t max_events = std::max<size_t>(options_.hawkes_max_events, 50);
    std::vector<uint32_t>& rows = rows_;
    std::sort(rows.begin(), rows.end(),
              [&](uint32_t x, uint32_t y) { return c.created_at[x] < c.created_at[y]; });
    if (rows.size() > max_events) rows.erase(rows.begin(), rows.end() - static_cast<ptrdiff_t>(max_events));
    if (rows.size() < 50) {
        set_reason({{ReasonCode::fit_too_few, {double(rows.size()), windowed_ ? 1.0 : 0.0}}}, out.why,
                   out.reason);
        return false;
    }
    t0_ = c.created_at[rows.front()];
    const int64_t t0 = t0_;
    double max_width = 1.0;
    for (uint32_t r : rows) max_width = std::max(max_width, precision_width(c.precision[r]));
    T_ = static_cast<double>(c.created_at[rows.back()] - t0) + max_width;
    const double T = T_;
    max_width_ = max_width;
    out.window_start = static_cast<double>(t0);
    out.window_end = static_cast<double>(t0) + T;
    out.events = rows.size();
    state_ = options_.seed;
    t_.resize(rows.size());
    return true;
}

// One jitter draw of the window's times into t_.
void HawkesGaugeBuilder::draw_times() {
    for (size_t i = 0; i < rows_.size(); ++i)
        t_[i] = static_cast<double>(c_.created_at[rows_[i]] - t0_) +
                uniform01(state_) * precision_width(c_.precision[rows_[i]]);
    std::sort(t_.begin(), t_.end());
}

bool HawkesGaugeBuilder::step(double deadline_ms) {
    for (;;) {
        switch (stage_) {
        case Stage::scan:
            if (tl_.size() == 0 || tl_.bucket_seconds <= 0) {
                set_reason({{ReasonCode::no_time}}, out_.why, out_.reason);
                stage_ = Stage::done;
                return true;
            }
            if (!scan_window(deadline_ms)) return false;
            if (!check_relative(relative_)) {
                stage_ = Stage::done;
                return true;
            }
            stage_ = Stage::gather;
            break;
        case Stage::gather:
            if (!gather_window(deadline_ms)) return false;
            if (!finish_prepare()) {
                stage_ = Stage::done;
                return true;
            }
            draw_times();
            stage_ = Stage::profile;
            break;
        case Stage::prepare:
            if (!prepare()) return true;
            draw_times();
            stage_ = Stage::profile;
            break;
        case Stage::profile: {
            // Did the outside attention stop (a pulse)? Decided once, on the first draw: the constant
            // background, then each end on the grid, one EM fit per slice.
            // (Each fit runs in passes over the times: a slice ends between them.)
            const size_t n = t_.size();
            if (profile_next_ == 0) {
                if (!profile_run_)
                    profile_run_ = std::make_unique<EmLikelihoodRun>(t_.data(), n, T_, INFINITY);
                if (!profile_run_->step(deadline_ms)) return false;
                profile_constant_ = profile_run_->result();
                profile_run_.reset();
                profile_best_ = -std::numeric_limits<double>::infinity();
            } else {
                const double end = t_[n * profile_next_ / kProfileGrid];
                if (end > t_[0]) {
                    if (!profile_run_)
                        profile_run_ = std::make_unique<EmLikelihoodRun>(t_.data(), n, T_, end);
                    if (!profile_run_->step(deadline_ms)) return false;
                    const double ll = profile_run_->result();
                    profile_run_.reset();
                    if (ll > profile_best_) profile_best_ = ll, profile_end_ = end;
                }
            }
            if (++profile_next_ < kProfileGrid) break;
            if (std::isfinite(profile_constant_) && profile_best_ - profile_constant_ < kProfileMinGain)
                profile_end_ = INFINITY;
            background_end_ = profile_end_;
            stage_ = Stage::draws;
            break;
        }
        case Stage::draws: {
            if (!fit_run_) {
                if (draw_ > 0) draw_times(); // the first draw's times are in t_ already
                // The first draw searches from scratch; the others start from its answer (their data differ
                // by jitter).
                fit_run_ = std::make_unique<HawkesFitRun>(
                    t_.data(), t_.size(), T_, fitted_ ? &first_params_ : nullptr, background_end_);
            }
            if (!fit_run_->step(deadline_ms)) return false;
            const HawkesFit fit = fit_run_->result();
            fit_run_.reset();
            if (fit.ok) {
                if (!fitted_) first_params_ = fit.params;
                alphas_[fitted_] = fit.params.alpha;
                vars_[fitted_] = fit.alpha_variance;
                mus_ += fit.params.mu;
                betas_ += fit.params.beta;
                per_alpha_ +=
                    fit.params.alpha > 0
                        ? hawkes_residual_offspring(fit.params, t_.data(), t_.size(), T_) / fit.params.alpha
                        : 0.0;
                ++fitted_;
            }
            if (++draw_ < kDraws) break;
            finish();
            stage_ = Stage::done;
            return true;
        }
        case Stage::done:
            return true;
        }
        if (clock_ms() >= deadline_ms) return false;
    }
}

void HawkesGaugeBuilder::finish() {
    HawkesGauge& out = out_;
    const CrisisState& crisis = crisis_;
    const int fitted = fitted_;
    const double* alphas = alphas_;
    const double* vars = vars_;
    const double mus = mus_, betas = betas_, per_alpha = per_alpha_;
    const size_t window_count = window_count_;
    const size_t coarse = coarse_;
    const double max_width = max_width_;
    const double background_end = background_end_;
    const std::vector<uint32_t>& rows = rows_;
    if (fitted == 0) {
        set_reason({{ReasonCode::no_convergence}}, out.why, out.reason);
        return;
    }
    double mean = 0, within = 0, between = 0;
    for (int d = 0; d < fitted; ++d) {
        mean += alphas[d] / fitted;
        within += vars[d] / fitted;
    }
    for (int d = 0; d < fitted; ++d) between += (alphas[d] - mean) * (alphas[d] - mean);
    between = fitted > 1 ? between / (fitted - 1) : 0.0;
    const double sd = std::sqrt(within + (1.0 + 1.0 / fitted) * between);
    out.available = true;
    out.jitter_draws = fitted;
    out.mu = mus / fitted;
    out.branching_ratio = mean;
    out.ci_low = std::max(0.0, mean - 1.96 * sd);
    out.ci_high = mean + 1.96 * sd;
    out.kernel_seconds = betas > 0 ? fitted / betas : 0.0;
    out.self_driving = mean >= 1.0;
    std::vector<Reason> why = {{windowed_
                                    ? (from_bucket_ > 0 ? ReasonCode::fit_range_onset : ReasonCode::fit_range)
                                : crisis.has_onset ? ReasonCode::fit_onset
                                                   : ReasonCode::fit_whole_file}};
    if (window_count > rows.size())
        why.push_back({ReasonCode::fit_last_events, {double(rows.size()), double(window_count)}});
    if (std::isfinite(background_end))
        why.push_back({ReasonCode::fit_background_end, {background_end / 60.0}});
    if (coarse) why.push_back({ReasonCode::fit_coarse, {double(coarse), double(fitted)}});
    if (out.kernel_seconds < max_width && max_width > 1.0)
        why.push_back({ReasonCode::fit_delay_warning, {out.kernel_seconds, max_width}});
    if (out.self_driving) {
        why.push_back({ReasonCode::fit_self_driving});
    } else {
        const HawkesForecast f = hawkes_forecast(per_alpha / fitted, mean, out.ci_low, out.ci_high);
        out.forecast_available = true;
        out.forecast_remaining = f.remaining;
        out.forecast_total = static_cast<double>(window_count) + f.remaining;
        out.forecast_low = static_cast<double>(window_count) + f.low;
        out.forecast_high = static_cast<double>(window_count) + f.high;
    }
    // The notes as codes; the English (the JSON's `reason`) joined from english() (reason.cpp).
    set_reason(std::move(why), out.why, out.reason);
}

void compute_hawkes_gauge(const CommentStore& c, const Timeline& tl, const TimelineIndex& index,
                          const CrisisState& crisis, const AnalyticsOptions& options, HawkesGauge& out) {
    HawkesGaugeBuilder builder(c, tl, index, crisis, options, out);
    while (!builder.step(1e300)) {}
}

void compute_hawkes_gauge(const CommentStore& c, const Timeline& tl, const CrisisState& crisis,
                          const AnalyticsOptions& options, const TimeWindow& window, HawkesGauge& out) {
    HawkesGaugeBuilder builder(c, tl, crisis, options, window, out);
    while (!builder.step(1e300)) {}
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Simulator
// ---------------------------------------------------------------------------------------------------------

std::vector<double> simulate_hawkes(const HawkesSimulation& sim) {
    std::vector<double> out;
    uint64_t state = sim.seed;
    state = next_random(state); // decorrelate neighbouring seeds
    const double jump = sim.alpha * sim.beta;
    const double mu_max = std::max(sim.mu_before, sim.mu_after);
    double t = 0, excitation = 0; // excitation = sum of the kernels at time t
    while (out.size() < sim.max_events) {
        const double mu_bound = t < sim.switch_time ? mu_max : sim.mu_after;
        const double bound = mu_bound + excitation;
        if (!(bound > 0)) break;
        if (sim.mu_after == 0 && t >= sim.switch_time && excitation < 1e-9 * std::max(sim.beta, 1e-300))
            break;
        const double w = -std::log(uniform01(state)) / bound;
        t += w;
        if (t > sim.T) break;
        excitation *= std::exp(-sim.beta * w);
        const double lam = (t < sim.switch_time ? sim.mu_before : sim.mu_after) + excitation;
        if (uniform01(state) * bound <= lam) {
            out.push_back(t);
            excitation += jump;
        }
    }
    return out;
}

} // namespace sv
