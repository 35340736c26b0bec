// timeline.hpp — the crisis timeline: buckets, robust baseline, onset, peak, stage, severity, pyramid.
//
// The rules (the contract the tests check; ../shared/DESIGN.md "Metric definitions"):
//
// Bucket size. The smallest of 1 min, 5 min, 15 min, 1 h, 6 h, 1 d for which the file's time span needs at
//   most 300 buckets (so a span of more than a few hours gets about 50-300 buckets); 1 d when even that
//   needs more. When most timed comments have day precision the size is at least 1 d. Buckets are aligned
//   to multiples of the size in UTC. Comments without a timestamp are counted in `untimed`, not bucketed.
// Sentiment. Without sentiment columns every comment counts as neutral with compound 0
//   (`CrisisState::sentiment_available = false` says so).
// Per bucket. count, positive/neutral/negative, mean compound, distinct authors, newcomers (distinct
//   authors whose first comment in the file falls in the bucket), reach (cumulative followers of the
//   distinct authors seen up to the bucket's end; unknown followers count 0) and cumulative shares.
// Baseline. For bucket b: the median m and MAD of the volume of the (up to) 24 buckets before b; robust
//   scale s = max(1.4826 * MAD, sqrt(mean + 1)) with the mean of the same buckets — the floor is the Poisson
//   noise of a count (+1 for the skew of small counts), so a flat or sparse history (MAD 0, median below the
//   mean) does not make every wobble a surge. z = (x - m) / s. The same for the negative count.
//   At least 6 earlier buckets are needed; before that z is 0.
// Onset. The first bucket b (with >= 6 earlier buckets) where the volume, or the negative count, is
//   >= 3 robust z above b's baseline AND at least 3 comments above it, in b and in b + 1 (both measured
//   against b's baseline, so the surge does not raise its own bar). After the onset the baseline is frozen
//   at the onset's values. When no bucket qualifies but the busiest bucket lies within the first 6 (the
//   file starts with the surge, there is no calm history to compare with) and holds >= 3x the median
//   bucket + 3, the onset is the first bucket ("file starts with the surge").
// Peak. The bucket with the largest volume at or after the onset (the whole file when there is none).
// Stage, judged at the last bucket of the file ("now"); the first rule that applies:
//   calm        no onset;
//   resolved    the last 3 buckets are all within baseline + 2 s of the onset's baseline (the excess is
//   gone); emerging    the onset is one of the last 3 buckets; escalating  the peak is one of the last 3
//   buckets and the last bucket is above the one before it; peak        the peak is one of the last 3
//   buckets; declining   otherwise (past the peak, not yet back to the baseline).
// Severity 0..100 = 100 * (0.35 surge + 0.25 negativity + 0.20 reach + 0.20 self), each term in [0, 1]:
//   surge      = clamp(log10((peak + 1) / (baseline + 1)) / 2)     (a peak 100x the baseline gives 1)
//   negativity = negative comments / comments from the onset on    (0 without sentiment)
//   reach      = clamp(log10(1 + followers of the distinct authors from the onset on) / 7)  (10 M gives 1)
//   self       = clamp(n*) of the self-driving gauge               (0 when it could not be fitted)
//   Without an onset the window is the whole file, the baseline is the median bucket and the result is
//   capped at 20 (a calm file is never severe).
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/sentiment/sentiment_columns.hpp"
#include "core/store/comment_store.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sv {

inline constexpr size_t kBaselineWindow = 24;    // earlier buckets in the rolling baseline
inline constexpr size_t kBaselineMinHistory = 6; // earlier buckets needed before a z is computed
inline constexpr float kOnsetZ = 3.0f;           // robust z that marks a surge
inline constexpr float kOnsetMinExcess = 3.0f;   // ... and at least this many comments above the baseline

// Index structures shared by the analytics steps (built once by build_timeline).
struct TimelineIndex {
    std::vector<uint32_t> bucket_of_row;  // per comment, kNoBucket when untimed
    std::vector<uint32_t> bucket_offset;  // CSR: rows of bucket b are rows_by_bucket[off[b]..off[b+1])
    std::vector<uint32_t> rows_by_bucket; // timed rows grouped by bucket (stable: file order inside)
    std::vector<uint32_t> first_bucket_of_author; // per author, kNoBucket when never timed
    static constexpr uint32_t kNoBucket = 0xffffffffu;
};

// The automatic bucket size for comments spanning [t_min, t_max] (see the rule above).
int64_t choose_bucket_seconds(int64_t t_min, int64_t t_max, bool day_precision);

// Fills the per-bucket columns (not the baseline) and the index. bucket_seconds = 0: automatic.
// Returns false when no comment has a timestamp.
bool build_timeline(const CommentStore& c, const SentimentColumns& s, int64_t bucket_seconds, Timeline& out,
                    TimelineIndex& index);

// Rolling robust baseline of a count series: median, scale, z (arrays of n). See the rule above.
void robust_baseline(const uint32_t* x, size_t n, float* median, float* scale, float* z);

struct OnsetResult {
    bool found = false;
    size_t bucket = 0;
    const char* rule = ""; // "volume", "negative", "file starts with the surge"
};
// Onset on a volume series and (optional, may be null) a negative-count series of n buckets.
OnsetResult detect_onset(const uint32_t* volume, const uint32_t* negative, size_t n);

// Baseline, onset, peak and outsider shares on a built timeline (stage and severity come later, once the
// self-driving gauge is known).
void assess_timeline(Timeline& t, CrisisState& crisis, const TimelineIndex& index, const CommentStore& c);

// Stage and severity (rules above). branching_ratio < 0: the gauge is not available.
void assess_stage_and_severity(const Timeline& t, CrisisState& crisis, const CommentStore& c,
                               const TimelineIndex& index, double branching_ratio);

// The minute / hour / day pyramid (availability rules in analytics_result.hpp).
void build_pyramid(const CommentStore& c, const SentimentColumns& s, TimePyramid& out);

// Floor division for (possibly negative) timestamps.
inline int64_t floor_div(int64_t a, int64_t b) {
    const int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace sv
