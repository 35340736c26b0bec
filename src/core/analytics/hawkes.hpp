// hawkes.hpp — the self-driving gauge: a univariate Hawkes process with an exponential kernel.
//
// Model. Intensity lambda(t) = mu + n* beta sum_{t_j < t} exp(-beta (t - t_j)): a constant background mu
//   and, for every comment, an exponentially decaying excitation whose integral is n* (the branching
//   ratio: the expected number of comments one comment triggers directly). n* < 1 dies out; n* >= 1 is
//   self-driving.
// Fit. Maximum likelihood on the comment times of the window [0, T]: expectation-maximisation (the
//   branching structure as latent variables) from three starting kernels (8 steps each; the most likely
//   goes on for up to 30 more), then Newton steps on the exact
//   log-likelihood with its analytic gradient and Hessian, halving a step until the likelihood improves.
//   Every pass is O(n) with the recursive exponential-kernel sums
//     A_i = sum_{j<i} e^{-beta(t_i-t_j)},  B_i = sum (t_i-t_j) e^{...},  C_i = sum (t_i-t_j)^2 e^{...}.
// Interval. 95% Wald interval n* +- 1.96 sd from the observed Fisher information (the inverse of minus
//   the Hessian of the log-likelihood at the maximum), clamped at 0 from below.
// Forecast (n* < 1). The events so far still owe R = n* sum_j exp(-beta (T - t_j)) direct offspring; each
//   starts a cascade of expected size 1 / (1 - n*), so remaining = R / (1 - n*) and the final size
//   N_inf = N_now + R / (1 - n*) (../shared/DESIGN.md). Future background comments are not forecast: the
//   figure is the size of the wave already under way. The interval evaluates the formula at the ends of
//   n*'s interval and widens it by 1.96 sd of the branching noise (a cascade of Poisson offspring has
//   variance n*/(1-n*)^3, so the remaining count has variance R/(1-n*)^3). When the upper end of n*'s
//   interval reaches 1 the forecast's upper end is unbounded (reported as infinity).
// Timestamps (the gauge from a CommentStore, compute_hawkes_gauge). Comment times are given to a
//   precision: the true time lies in [t, t + w) with w = 1 s (second), 60 s (minute) or 86400 s (day).
//   Ties and coarse times are handled by jitter: each time is drawn uniformly within its interval (seeded),
//   the model is fitted for 3 draws, and the draws are combined with Rubin's rules (n* = mean; variance =
//   mean within-draw variance + (1 + 1/3) between-draw variance), which widens the interval by the
//   uncertainty the coarse times add. When the fitted mean delay 1/beta is shorter than the precision the
//   result carries a warning. Relative times ("2 days ago") are refused: their error is unknown.
// Pulse. Outside attention often comes as a pulse (a news item, a post) and then stops, leaving only
//   comments that answer comments. A constant background then mistakes the pulse's crowding for fast
//   excitation (mean delays of seconds, n* and the forecast far too low). So the background may end at a
//   time c: lambda(t) = mu 1[t < c] + excitation. c is chosen by profile likelihood over 11 quantiles of
//   the window's times (EM fits); the pulse is used only when it beats the constant background by >= 3
//   log-likelihood units (one extra parameter; stationary streams keep the constant model), and the reason
//   says so. Validated on simulated bursts: the final size forecast from the first quarter of a burst's
//   duration has a median relative error <= 15% (tests/unit/test_hawkes.cpp).
// Window. From the onset bucket to the last comment (the whole file without an onset); at most the last
//   AnalyticsOptions::hawkes_max_events comments of it are fitted (the forecast counts all of the window).
//   With a TimeWindow (a range the user selected): the comments of that range from the onset on; when the
//   range ends before the onset, the comments of the range. The forecast is then the wave still owed at
//   the range's last comment. A TimeWindow holding every comment gives the gauge of the file.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/analytics/time_window.hpp"
#include "core/analytics/timeline.hpp"
#include "core/base/sliced.hpp"
#include "core/store/comment_store.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace sv {

struct HawkesParams {
    double mu = 0;    // background events per second
    double alpha = 0; // branching ratio n*
    double beta = 0;  // kernel decay per second (1 / mean delay)
    // The background stops here (seconds from the window start; a pulse of outside attention, then only
    // self-excited comments); INFINITY: constant to the end. Fixed during a fit (chosen by profile).
    double background_end = INFINITY;
};

struct HawkesFit {
    bool ok = false;
    HawkesParams params;
    double log_likelihood = 0;
    double alpha_variance = 0; // from the observed Fisher information
    int iterations = 0;        // EM + Newton iterations used
};

// Fits the model to sorted times t[0..n) in [0, T] (seconds from the window start). With `start`, Newton
// steps from there only (for data close to an already fitted set, e.g. another jitter draw). The
// background ends at `background_end` (INFINITY: constant; see HawkesParams).
HawkesFit fit_hawkes(const double* t, size_t n, double T, const HawkesParams* start = nullptr,
                     double background_end = INFINITY);

// fit_hawkes in resumable steps (the gauge's slices in a frame): step() does whole O(n) passes over the
// times until `deadline_ms` (clock_ms(); at least one pass) and returns true once the fit is done; result()
// is then what fit_hawkes returns for the same arguments (the same passes in the same order). `t` must stay
// valid and unchanged until then.
class HawkesFitRun {
public:
    HawkesFitRun(const double* t, size_t n, double T, const HawkesParams* start, double background_end);
    ~HawkesFitRun();
    bool step(double deadline_ms);
    const HawkesFit& result() const { return fit_; }
    struct State; // the optimiser's position between passes (hawkes.cpp)

private:
    std::unique_ptr<State> s_;
    HawkesFit fit_;
};

// The log-likelihood an EM-only fit reaches with the background ending at `end` (what the profile ranks the
// ends by), in resumable steps like HawkesFitRun: step() is true once result() is ready.
class EmLikelihoodRun {
public:
    EmLikelihoodRun(const double* t, size_t n, double T, double end);
    bool step(double deadline_ms);
    double result() const { return result_; }

private:
    const double* t_;
    size_t n_;
    double T_, end_;
    int start_ = 0, k_ = 0; // the start kernel (0..2) and its EM step; start_ 3: the 20 steps of the best
    HawkesParams q_, best_;
    double ll_ = 0, best_ll_ = 0, result_ = 0;
};

// The background's end by profile likelihood: EM fits with the background stopping at each of `grid`
// quantiles of the event times (and constant), the most likely end. Returns INFINITY when the constant
// background is within `min_gain` log-likelihood units of the best pulse (no evidence of a pulse).
double profile_background_end(const double* t, size_t n, double T, int grid = 12, double min_gain = 3.0);

// Expected direct offspring still owed at T by the events t[0..n): n* sum exp(-beta (T - t_j)).
double hawkes_residual_offspring(const HawkesParams& p, const double* t, size_t n, double T);

struct HawkesForecast {
    double remaining = 0, low = 0, high = 0; // expected comments still to come, 95% interval
};
// Forecast of the remaining comments (n* < 1 and ci_high may reach 1: then high = infinity).
HawkesForecast hawkes_forecast(double residual_per_alpha, double n_star, double ci_low, double ci_high);

// The gauge for a case (window, jitter, refusals: rules above).
void compute_hawkes_gauge(const CommentStore& c, const Timeline& t, const TimelineIndex& index,
                          const CrisisState& crisis, const AnalyticsOptions& options, HawkesGauge& out);
// The gauge of the comments in `window` (rules above); needs no TimelineIndex (two passes over the rows).
void compute_hawkes_gauge(const CommentStore& c, const Timeline& t, const CrisisState& crisis,
                          const AnalyticsOptions& options, const TimeWindow& window, HawkesGauge& out);

// compute_hawkes_gauge in slices, for the analytics job: the window, then each fit of the background
// profile and each jitter draw in a slice of its own. Every argument must outlive the builder.
class HawkesGaugeBuilder {
public:
    HawkesGaugeBuilder(const CommentStore& c, const Timeline& t, const TimelineIndex& index,
                       const CrisisState& crisis, const AnalyticsOptions& options, HawkesGauge& out);
    // The comments in `window` only: two sliced passes over the rows find them (no TimelineIndex).
    HawkesGaugeBuilder(const CommentStore& c, const Timeline& t, const CrisisState& crisis,
                       const AnalyticsOptions& options, const TimeWindow& window, HawkesGauge& out);
    bool step(double deadline_ms); // true when done (clock_ms() deadline)

private:
    static constexpr int kDraws = 3;
    static constexpr size_t kProfileGrid = 12;     // the background's end: 11 quantiles (and constant)
    static constexpr double kProfileMinGain = 3.0; // log-likelihood units a pulse must win by
    enum class Stage : uint8_t { scan, gather, prepare, profile, draws, done };
    bool prepare();
    bool scan_window(double deadline_ms);   // per-bucket counts of the window's rows (sliced)
    bool gather_window(double deadline_ms); // the window's rows to fit (sliced)
    bool check_relative(size_t relative);   // false (with the reason) when relative times dominate
    bool finish_prepare();                  // sort and trim rows_, set the times' origin
    void draw_times();
    void finish();
    const CommentStore& c_;
    const Timeline& tl_;
    const TimelineIndex* index_; // null with a TimeWindow
    const CrisisState& crisis_;
    const AnalyticsOptions& options_;
    HawkesGauge& out_;
    Stage stage_ = Stage::prepare;
    // With a TimeWindow: the window, its first bucket (the onset, or 0), per-bucket counts, the first bucket
    // gathered, and the row cursor of the passes.
    bool windowed_ = false;
    TimeWindow window_;
    size_t from_bucket_ = 0, first_bucket_ = 0;
    std::vector<uint32_t> bucket_count_;
    size_t relative_ = 0;
    SlicedLoop loop_;
    std::vector<uint32_t> rows_; // the window's rows in time order
    std::vector<double> t_;      // their times (one jitter draw), seconds from t0_
    int64_t t0_ = 0;
    double T_ = 0, max_width_ = 1;
    size_t window_count_ = 0, coarse_ = 0;
    uint64_t state_ = 0; // jitter random state
    size_t profile_next_ = 0;
    double profile_constant_ = 0, profile_best_ = 0, profile_end_ = INFINITY, background_end_ = INFINITY;
    std::unique_ptr<EmLikelihoodRun> profile_run_; // the profile's fit in progress (its passes in slices)
    std::unique_ptr<HawkesFitRun> fit_run_;        // the draw's fit in progress
    int draw_ = 0, fitted_ = 0;
    double alphas_[kDraws] = {}, vars_[kDraws] = {}, mus_ = 0, betas_ = 0, per_alpha_ = 0;
    HawkesParams first_params_;
};

// Ogata's thinning simulator (tests, evaluation): background mu_before on [0, switch_time) and mu_after
// from then on, kernel n* beta exp(-beta s). Stops at T, at max_events, or (mu_after == 0) once the
// excitation has died out. Returns sorted times.
struct HawkesSimulation {
    double mu_before = 0, mu_after = 0, switch_time = 0;
    double alpha = 0, beta = 1;
    double T = 0;
    size_t max_events = 1000000;
    uint64_t seed = 1;
};
std::vector<double> simulate_hawkes(const HawkesSimulation& sim);

} // namespace sv
