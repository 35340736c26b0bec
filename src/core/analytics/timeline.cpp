// timeline.cpp — buckets, baseline, onset, peak, stage, severity and the pyramid (rules in timeline.hpp).
//
// [SECTION] Buckets
// [SECTION] Baseline and onset
// [SECTION] Stage and severity
// [SECTION] Pyramid
#include "core/analytics/timeline.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Buckets
// ---------------------------------------------------------------------------------------------------------

namespace {
constexpr std::array<int64_t, 6> kBucketSizes = {60, 300, 900, 3600, 21600, 86400};
constexpr int64_t kMaxBuckets = 300;

float compound_at(const SentimentColumns& s, size_t row) {
    return row < s.compound.size() ? s.compound[row] : 0.0f;
}
} // namespace

int64_t choose_bucket_seconds(int64_t t_min, int64_t t_max, bool day_precision) {
    for (int64_t size : kBucketSizes) {
        if (day_precision && size < 86400) continue;
        const int64_t n = floor_div(t_max, size) - floor_div(t_min, size) + 1;
        if (n <= kMaxBuckets) return size;
    }
    return 86400;
}

bool build_timeline(const CommentStore& c, const SentimentColumns& s, int64_t bucket_seconds, Timeline& out,
                    TimelineIndex& index) {
    const size_t n = c.size();
    out = Timeline{};
    int64_t t_min = INT64_MAX, t_max = INT64_MIN;
    size_t timed = 0, day_precise = 0;
    for (size_t i = 0; i < n; ++i) {
        const int64_t t = c.created_at[i];
        if (t == kNoTime) continue;
        ++timed;
        t_min = std::min(t_min, t);
        t_max = std::max(t_max, t);
        if (c.precision[i] == TimePrecision::day) ++day_precise;
    }
    out.untimed = n - timed;
    if (timed == 0) return false;
    const int64_t size =
        bucket_seconds > 0 ? bucket_seconds : choose_bucket_seconds(t_min, t_max, day_precise * 2 > timed);
    out.bucket_seconds = size;
    const int64_t first = floor_div(t_min, size);
    out.start = first * size;
    const size_t buckets = static_cast<size_t>(floor_div(t_max, size) - first + 1);

    // Bucket of each row, then a counting sort of the rows by bucket.
    index.bucket_of_row.assign(n, TimelineIndex::kNoBucket);
    index.bucket_offset.assign(buckets + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const int64_t t = c.created_at[i];
        if (t == kNoTime) continue;
        const uint32_t b = static_cast<uint32_t>(floor_div(t, size) - first);
        index.bucket_of_row[i] = b;
        ++index.bucket_offset[b + 1];
    }
    for (size_t b = 0; b < buckets; ++b) index.bucket_offset[b + 1] += index.bucket_offset[b];
    index.rows_by_bucket.resize(timed);
    {
        std::vector<uint32_t> fill(index.bucket_offset.begin(), index.bucket_offset.end() - 1);
        for (size_t i = 0; i < n; ++i) {
            const uint32_t b = index.bucket_of_row[i];
            if (b != TimelineIndex::kNoBucket) index.rows_by_bucket[fill[b]++] = static_cast<uint32_t>(i);
        }
    }

    out.count.assign(buckets, 0);
    out.positive.assign(buckets, 0);
    out.neutral.assign(buckets, 0);
    out.negative.assign(buckets, 0);
    out.mean_compound.assign(buckets, 0.0f);
    out.authors.assign(buckets, 0);
    out.newcomers.assign(buckets, 0);
    out.reach.assign(buckets, 0.0);
    out.shares.assign(buckets, 0);
    out.outsider_share.assign(buckets, -1.0f);

    const size_t n_authors = c.authors.size();
    index.first_bucket_of_author.assign(n_authors, TimelineIndex::kNoBucket);
    std::vector<uint32_t> last_bucket(n_authors, TimelineIndex::kNoBucket);
    double reach = 0;
    int64_t shares = 0;
    for (size_t b = 0; b < buckets; ++b) {
        double sum = 0;
        uint32_t pos = 0, neg = 0, authors = 0, newcomers = 0;
        for (uint32_t k = index.bucket_offset[b]; k < index.bucket_offset[b + 1]; ++k) {
            const uint32_t row = index.rows_by_bucket[k];
            const float comp = compound_at(s, row);
            sum += comp;
            const SentimentLabel label = label_for(comp);
            pos += label == SentimentLabel::positive;
            neg += label == SentimentLabel::negative;
            if (c.shares[row] > 0) shares += c.shares[row];
            const uint32_t a = c.author[row];
            if (a >= n_authors) continue;
            if (last_bucket[a] != b) {
                last_bucket[a] = static_cast<uint32_t>(b);
                ++authors;
            }
            if (index.first_bucket_of_author[a] == TimelineIndex::kNoBucket) {
                index.first_bucket_of_author[a] = static_cast<uint32_t>(b);
                ++newcomers;
                const int64_t f = c.followers_of_author(a);
                if (f > 0) reach += static_cast<double>(f);
            }
        }
        const uint32_t cnt = index.bucket_offset[b + 1] - index.bucket_offset[b];
        out.count[b] = cnt;
        out.positive[b] = pos;
        out.negative[b] = neg;
        out.neutral[b] = cnt - pos - neg;
        out.mean_compound[b] = cnt ? static_cast<float>(sum / cnt) : 0.0f;
        out.authors[b] = authors;
        out.newcomers[b] = newcomers;
        out.reach[b] = reach;
        out.shares[b] = shares;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Baseline and onset
// ---------------------------------------------------------------------------------------------------------

namespace {

float median_of(float* v, size_t n) {
    std::sort(v, v + n);
    return (n % 2) ? v[n / 2] : 0.5f * (v[n / 2 - 1] + v[n / 2]);
}

// Median and robust scale of x[from..to).
void baseline_at(const uint32_t* x, size_t from, size_t to, float& median, float& scale) {
    std::array<float, kBaselineWindow> w{};
    const size_t m = to - from;
    for (size_t k = 0; k < m; ++k) w[k] = static_cast<float>(x[from + k]);
    median = median_of(w.data(), m);
    for (size_t k = 0; k < m; ++k) w[k] = std::fabs(static_cast<float>(x[from + k]) - median);
    const float mad = median_of(w.data(), m);
    float mean = 0;
    for (size_t k = 0; k < m; ++k) mean += static_cast<float>(x[from + k]);
    mean /= static_cast<float>(m);
    scale = std::max(1.4826f * mad, std::sqrt(mean + 1.0f));
}

bool surges(const uint32_t* x, size_t b, float median, float scale) {
    const float v = static_cast<float>(x[b]);
    return (v - median) / scale >= kOnsetZ && v - median >= kOnsetMinExcess;
}

} // namespace

void robust_baseline(const uint32_t* x, size_t n, float* median, float* scale, float* z) {
    for (size_t b = 0; b < n; ++b) {
        if (b < kBaselineMinHistory) {
            median[b] = 0;
            scale[b] = 1;
            z[b] = 0;
            continue;
        }
        const size_t from = b > kBaselineWindow ? b - kBaselineWindow : 0;
        baseline_at(x, from, b, median[b], scale[b]);
        z[b] = (static_cast<float>(x[b]) - median[b]) / scale[b];
    }
}

OnsetResult detect_onset(const uint32_t* volume, const uint32_t* negative, size_t n) {
    OnsetResult r;
    const uint32_t* series[2] = {volume, negative};
    const char* rules[2] = {"volume", "negative"};
    for (size_t b = kBaselineMinHistory; b + 1 < n; ++b) {
        const size_t from = b > kBaselineWindow ? b - kBaselineWindow : 0;
        for (int k = 0; k < 2; ++k) {
            if (!series[k]) continue;
            float m = 0, s = 1;
            baseline_at(series[k], from, b, m, s);
            if (surges(series[k], b, m, s) && surges(series[k], b + 1, m, s)) {
                r.found = true;
                r.bucket = b;
                r.rule = rules[k];
                return r;
            }
        }
    }
    // The file starts with the surge: no calm history to compare with.
    if (n == 0) return r;
    size_t peak = 0;
    for (size_t b = 1; b < n; ++b)
        if (volume[b] > volume[peak]) peak = b;
    std::vector<float> all(n);
    for (size_t b = 0; b < n; ++b) all[b] = static_cast<float>(volume[b]);
    const float med = median_of(all.data(), n);
    if (peak < kBaselineMinHistory && n > kBaselineMinHistory &&
        static_cast<float>(volume[peak]) >= 3.0f * med + 3.0f) {
        r.found = true;
        r.bucket = 0;
        while (r.bucket < peak && volume[r.bucket] == 0) ++r.bucket;
        r.rule = "file starts with the surge";
    }
    return r;
}

void assess_timeline(Timeline& t, CrisisState& crisis, const TimelineIndex& index, const CommentStore& c) {
    const size_t n = t.size();
    t.baseline.assign(n, 0);
    t.baseline_scale.assign(n, 1);
    t.volume_z.assign(n, 0);
    t.negative_z.assign(n, 0);
    std::vector<float> neg_median(n), neg_scale(n);
    robust_baseline(t.count.data(), n, t.baseline.data(), t.baseline_scale.data(), t.volume_z.data());
    robust_baseline(t.negative.data(), n, neg_median.data(), neg_scale.data(), t.negative_z.data());

    const OnsetResult onset = detect_onset(t.count.data(), t.negative.data(), n);
    crisis.has_onset = onset.found;
    crisis.onset_bucket = onset.bucket;
    crisis.onset_rule = onset.rule;
    size_t peak = onset.found ? onset.bucket : 0;
    for (size_t b = peak; b < n; ++b)
        if (t.count[b] > t.count[peak]) peak = b;
    crisis.peak_bucket = peak;
    if (!onset.found) return;

    // Freeze the baseline at the onset.
    const size_t o = onset.bucket;
    for (size_t b = o + 1; b < n; ++b) {
        t.baseline[b] = t.baseline[o];
        t.baseline_scale[b] = t.baseline_scale[o];
        t.volume_z[b] = (static_cast<float>(t.count[b]) - t.baseline[o]) / t.baseline_scale[o];
        t.negative_z[b] = (static_cast<float>(t.negative[b]) - neg_median[o]) / neg_scale[o];
    }
    // Outsider share per bucket: comments by authors first seen at or after the onset.
    for (size_t b = o; b < n; ++b) {
        uint32_t outsiders = 0;
        for (uint32_t k = index.bucket_offset[b]; k < index.bucket_offset[b + 1]; ++k) {
            const uint32_t a = c.author[index.rows_by_bucket[k]];
            if (a < index.first_bucket_of_author.size() && index.first_bucket_of_author[a] >= o) ++outsiders;
        }
        t.outsider_share[b] =
            t.count[b] ? static_cast<float>(outsiders) / static_cast<float>(t.count[b]) : 0.0f;
    }
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Stage and severity
// ---------------------------------------------------------------------------------------------------------

namespace {
double clamp01(double x) {
    return x < 0 ? 0 : (x > 1 ? 1 : x);
}
} // namespace

void assess_stage_and_severity(const Timeline& t, CrisisState& crisis, const CommentStore& c,
                               const TimelineIndex& index, double branching_ratio) {
    const size_t n = t.size();
    char buf[256];
    if (n == 0) return;
    const size_t last = n - 1;
    const size_t peak = crisis.peak_bucket;
    float base = 0, scale = 1;
    if (crisis.has_onset) {
        base = t.baseline[crisis.onset_bucket];
        scale = t.baseline_scale[crisis.onset_bucket];
        if (crisis.onset_rule == "file starts with the surge" || crisis.onset_bucket < kBaselineMinHistory) {
            // No history: the baseline is the median bucket of the file.
            std::vector<float> all(t.count.begin(), t.count.end());
            std::sort(all.begin(), all.end());
            base = all[n / 2];
            scale = std::sqrt(std::max(base, 1.0f));
        }
    }

    if (!crisis.has_onset) {
        crisis.stage = CrisisStage::calm;
        crisis.stage_reason = "no bucket rose 3 robust z above its rolling baseline for two buckets in a row";
    } else {
        const size_t o = crisis.onset_bucket;
        const float limit = base + 2.0f * scale;
        bool resolved = n >= o + 4;
        for (size_t b = n >= 3 ? n - 3 : 0; b < n && resolved; ++b)
            if (static_cast<float>(t.count[b]) > limit) resolved = false;
        const bool peak_recent = last - peak < 3;
        if (resolved) {
            crisis.stage = CrisisStage::resolved;
            std::snprintf(buf, sizeof buf, "the last 3 buckets are within the baseline (%.1f + 2 x %.1f)",
                          base, scale);
        } else if (last - o < 3) {
            crisis.stage = CrisisStage::emerging;
            std::snprintf(buf, sizeof buf, "the onset was %zu bucket(s) before the last one", last - o);
        } else if (peak_recent && last > 0 && t.count[last] > t.count[last - 1]) {
            crisis.stage = CrisisStage::escalating;
            std::snprintf(buf, sizeof buf,
                          "the peak is among the last 3 buckets and volume is still rising (%u -> %u)",
                          t.count[last - 1], t.count[last]);
        } else if (peak_recent) {
            crisis.stage = CrisisStage::peak;
            std::snprintf(buf, sizeof buf, "the peak (%u comments) is among the last 3 buckets",
                          t.count[peak]);
        } else {
            crisis.stage = CrisisStage::declining;
            std::snprintf(buf, sizeof buf, "past the peak (%u comments), now %u per bucket, baseline %.1f",
                          t.count[peak], t.count[last], base);
        }
        crisis.stage_reason = buf;
    }

    // Severity over the crisis window (whole file without an onset).
    const size_t from = crisis.has_onset ? crisis.onset_bucket : 0;
    if (!crisis.has_onset) {
        std::vector<float> all(t.count.begin(), t.count.end());
        std::sort(all.begin(), all.end());
        base = all[n / 2];
    }
    uint64_t comments = 0, negative = 0;
    for (size_t b = from; b < n; ++b) {
        comments += t.count[b];
        negative += t.negative[b];
    }
    double followers = 0;
    {
        std::vector<uint8_t> seen(c.authors.size(), 0);
        for (uint32_t k = index.bucket_offset[from]; k < index.bucket_offset[n]; ++k) {
            const uint32_t a = c.author[index.rows_by_bucket[k]];
            if (a >= seen.size() || seen[a]) continue;
            seen[a] = 1;
            const int64_t f = c.followers_of_author(a);
            if (f > 0) followers += static_cast<double>(f);
        }
    }
    const double surge = clamp01(std::log10((t.count[peak] + 1.0) / (base + 1.0)) / 2.0);
    const double negativity = comments ? static_cast<double>(negative) / static_cast<double>(comments) : 0.0;
    const double reach = clamp01(std::log10(1.0 + followers) / 7.0);
    const double self = branching_ratio >= 0 ? clamp01(branching_ratio) : 0.0;
    double sev = 100.0 * (0.35 * surge + 0.25 * negativity + 0.20 * reach + 0.20 * self);
    if (!crisis.has_onset) sev = std::min(sev, 20.0);
    crisis.severity = std::round(sev * 10.0) / 10.0;
    std::snprintf(buf, sizeof buf,
                  "100 x (0.35 surge %.2f + 0.25 negativity %.2f + 0.20 reach %.2f + 0.20 self %.2f)%s",
                  surge, negativity, reach, self, crisis.has_onset ? "" : ", capped at 20 without an onset");
    crisis.severity_formula = buf;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Pyramid
// ---------------------------------------------------------------------------------------------------------

namespace {

void fill_level(const CommentStore& c, const SentimentColumns& s, int64_t t_min, int64_t t_max,
                int64_t seconds, PyramidLevel& level) {
    const int64_t first = floor_div(t_min, seconds);
    const size_t n = static_cast<size_t>(floor_div(t_max, seconds) - first + 1);
    level.start = first * seconds;
    level.seconds = seconds;
    level.count.assign(n, 0);
    level.negative.assign(n, 0);
    level.compound_sum.assign(n, 0.0f);
    for (size_t i = 0; i < c.size(); ++i) {
        const int64_t t = c.created_at[i];
        if (t == kNoTime) continue;
        const size_t b = static_cast<size_t>(floor_div(t, seconds) - first);
        const float comp = compound_at(s, i);
        ++level.count[b];
        level.negative[b] += comp <= kNegativeThreshold;
        level.compound_sum[b] += comp;
    }
}

} // namespace

void build_pyramid(const CommentStore& c, const SentimentColumns& s, TimePyramid& out) {
    out = TimePyramid{};
    int64_t t_min = INT64_MAX, t_max = INT64_MIN;
    for (int64_t t : c.created_at) {
        if (t == kNoTime) continue;
        t_min = std::min(t_min, t);
        t_max = std::max(t_max, t);
    }
    if (t_min > t_max) return;
    const int64_t span = t_max - t_min;
    if (span <= 14 * 86400) fill_level(c, s, t_min, t_max, 60, out.minute);
    if (span <= 5 * 366 * 86400LL) fill_level(c, s, t_min, t_max, 3600, out.hour);
    fill_level(c, s, t_min, t_max, 86400, out.day);
}

} // namespace sv
