// people.cpp — reach, multipliers, fans, critics, outsiders (rules in people.hpp).
#include "core/analytics/people.hpp"

#include "core/base/sliced.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>

namespace sv {

std::string format_count(double x) {
    char buf[32];
    if (x >= 1e6)
        std::snprintf(buf, sizeof buf, "%.1f M", x / 1e6);
    else if (x >= 1e4)
        std::snprintf(buf, sizeof buf, "%.0f k", x / 1e3);
    else
        std::snprintf(buf, sizeof buf, "%.0f", x);
    return buf;
}

namespace {

int64_t positive(int32_t x) {
    return x > 0 ? x : 0;
}

struct AuthorAgg {
    uint32_t comments = 0;
    uint32_t follow_on = 0;
    int64_t engagement = 0;
    int64_t likes = 0;
    double compound = 0;
    int32_t key_row = -1;
    int64_t key_weight = -1;
};

void rank_fans_and_critics(const std::vector<AuthorAgg>& agg, bool sentiment, PeopleStats& out);

// `times`: every comment time in order (gathered bucket by bucket in PeopleBuilder).
// The key comment of each author with a time, for the sweep in compute_multipliers.
struct Key {
    int64_t t;
    uint32_t author;
};

// `times`: every comment time in order; `keys`: the authors' key comment times in order (both built in
// slices by PeopleBuilder).
void compute_multipliers(const CommentStore& c, const std::vector<int64_t>& times,
                         const std::vector<Key>& keys, const std::vector<AuthorAgg>& agg, PeopleStats& out) {
    // Comments in the hour before / after each author's key comment: the key times in order, swept with
    // four monotone pointers over the sorted times (O(n + authors log authors), no random probes).
    std::vector<int64_t> before(agg.size(), 0), after(agg.size(), 0);
    size_t p0 = 0, p1 = 0, p2 = 0, p3 = 0; // first time >= t - 3600, >= t, >= t + 1, >= t + 3601
    for (const Key& k : keys) {
        while (p0 < times.size() && times[p0] < k.t - 3600) ++p0;
        while (p1 < times.size() && times[p1] < k.t) ++p1;
        while (p2 < times.size() && times[p2] < k.t + 1) ++p2;
        while (p3 < times.size() && times[p3] < k.t + 3601) ++p3;
        before[k.author] = static_cast<int64_t>(p1 - p0);
        after[k.author] = static_cast<int64_t>(p3 - p2);
    }
    struct Ranked {
        double score;
        int64_t followers;
        uint32_t author;
    };
    std::vector<Ranked> ranked;
    for (uint32_t a = 0; a < agg.size(); ++a) {
        const AuthorAgg& g = agg[a];
        if (g.comments == 0) continue;
        const int64_t followers = c.followers_of_author(a);
        const double excess = static_cast<double>(std::max<int64_t>(0, after[a] - before[a]));
        const double weight = 1.0 + std::log10(1.0 + static_cast<double>(std::max<int64_t>(followers, 0)));
        const double score = weight * (g.follow_on + 0.1 * static_cast<double>(g.engagement) + 0.25 * excess);
        if (score > 0) ranked.push_back({score, followers, a});
    }
    const size_t top = std::min(kMultiplierTop, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(top), ranked.end(),
                      [](const Ranked& x, const Ranked& y) {
                          if (x.score != y.score) return x.score > y.score;
                          if (x.followers != y.followers) return x.followers > y.followers;
                          return x.author < y.author;
                      });
    std::vector<Multiplier> all(top);
    for (size_t i = 0; i < top; ++i) {
        Multiplier& m = all[i];
        const AuthorAgg& g = agg[ranked[i].author];
        m.author = ranked[i].author;
        m.score = ranked[i].score;
        m.followers = ranked[i].followers;
        m.follow_on = g.follow_on;
        m.engagement = g.engagement;
        m.key_row = g.key_row;
        m.volume_before = before[m.author];
        m.volume_after = after[m.author];
    }
    for (Multiplier& m : all) {
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "%s followers; %u replies under their comments; %s likes/shares; %lld "
                      "comments in the hour after vs %lld before",
                      m.followers >= 0 ? format_count(static_cast<double>(m.followers)).c_str() : "unknown",
                      m.follow_on, format_count(static_cast<double>(m.engagement)).c_str(),
                      static_cast<long long>(m.volume_after), static_cast<long long>(m.volume_before));
        m.reason = buf;
    }
    out.multipliers = std::move(all);
}

} // namespace

struct PeopleBuilder::Aggregates {
    std::vector<AuthorAgg> agg;
    std::vector<int64_t> times; // every comment time, in order
    std::vector<Key> keys;      // the authors' key comment times, in order
};

PeopleBuilder::PeopleBuilder(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                             const TimelineIndex& index, const CrisisState& crisis,
                             const CascadeStats& cascades, PeopleStats& out)
    : c_(c), s_(s), t_(t), index_(index), crisis_(crisis), cascades_(cascades), out_(out),
      data_(std::make_unique<Aggregates>()) {
    out_ = PeopleStats{};
    data_->agg.resize(c.authors.size());
}

PeopleBuilder::~PeopleBuilder() = default;

bool PeopleBuilder::step(double deadline_ms) {
    const CommentStore& c = c_;
    const SentimentColumns& s = s_;
    const TimelineIndex& index = index_;
    PeopleStats& out = out_;
    std::vector<AuthorAgg>& agg = data_->agg;
    const size_t n = c.size();
    const size_t n_authors = c.authors.size();
    const bool sentiment = s.present() && s.compound.size() == n;
    if (stage_ == 0) { // per author: comments, follow-on, engagement, key comment
        const bool done = loop_.run(n, deadline_ms, [&](size_t i) {
            const uint32_t a = c.author[i];
            if (a >= n_authors) return;
            AuthorAgg& g = agg[a];
            ++g.comments;
            const uint32_t desc = i < cascades_.descendants.size() ? cascades_.descendants[i] : 0;
            g.follow_on += desc;
            const int64_t eng = positive(c.likes[i]) + positive(c.shares[i]);
            g.engagement += eng;
            g.likes += positive(c.likes[i]);
            if (sentiment) g.compound += s.compound[i];
            const int64_t weight = desc + eng;
            if (weight > g.key_weight) { // rows in file order: ties keep the earlier one unless times say
                g.key_weight = weight;   // otherwise
                g.key_row = static_cast<int32_t>(i);
            } else if (weight == g.key_weight && c.created_at[i] != kNoTime &&
                       (c.created_at[g.key_row] == kNoTime || c.created_at[i] < c.created_at[g.key_row])) {
                g.key_row = static_cast<int32_t>(i);
            }
            if (c.shares[i] >= 0) out.shares_known = true;
            if (c.shares[i] > 0) out.shares_total += c.shares[i];
        });
        if (!done) return false;
        loop_ = {};
        data_->times.reserve(index.rows_by_bucket.size());
        stage_ = 1;
    }
    if (stage_ == 1) { // all times in order: rows are grouped by bucket, so only each bucket needs sorting
        std::vector<int64_t>& times = data_->times;
        const size_t buckets = index.bucket_offset.empty() ? 0 : index.bucket_offset.size() - 1;
        while (loop_.next < buckets) {
            const size_t b = loop_.next++;
            const size_t from = times.size();
            for (uint32_t k = index.bucket_offset[b]; k < index.bucket_offset[b + 1]; ++k)
                times.push_back(c.created_at[index.rows_by_bucket[k]]);
            std::sort(times.begin() + static_cast<ptrdiff_t>(from), times.end());
            if (loop_.next < buckets && clock_ms() >= deadline_ms) return false;
        }
        loop_ = {};
        stage_ = 2;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 2) { // reach, and the key comments with a time
        std::vector<Key>& keys = data_->keys;
        const bool done = loop_.run(n_authors, deadline_ms, [&](size_t a) {
            if (agg[a].comments == 0) return;
            ++out.authors;
            const int64_t f = c.followers_of_author(static_cast<uint32_t>(a));
            if (f >= 0) out.followers_known = true;
            if (f > 0) out.reach_total += static_cast<double>(f);
            const int32_t r = agg[a].key_row;
            if (r >= 0 && c.created_at[static_cast<size_t>(r)] != kNoTime)
                keys.push_back({c.created_at[static_cast<size_t>(r)], static_cast<uint32_t>(a)});
        });
        if (!done) return false;
        loop_ = {};
        stage_ = 3;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 3) { // the keys in time order
        std::vector<Key>& keys = data_->keys;
        std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) { return x.t < y.t; });
        stage_ = 4;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 4) {
        compute_multipliers(c, data_->times, data_->keys, agg, out);
        data_->times = {};
        data_->keys = {};
        stage_ = 5;
        if (clock_ms() >= deadline_ms) return false;
    }
    finish_fans_and_outsiders();
    data_.reset();
    return true;
}

void PeopleBuilder::finish_fans_and_outsiders() {
    const CommentStore& c = c_;
    const SentimentColumns& s = s_;
    const TimelineIndex& index = index_;
    const Timeline& t = t_;
    const CrisisState& crisis = crisis_;
    PeopleStats& out = out_;
    const std::vector<AuthorAgg>& agg = data_->agg;
    const size_t n_authors = c.authors.size();
    const bool sentiment = s.present() && s.compound.size() == c.size();

    // Fans and critics.
    rank_fans_and_critics(agg, sentiment, out);

    // Outsiders.
    if (!crisis.has_onset) {
        set_reason({ReasonCode::no_onset_outsiders}, out.outsider_why, out.outsider_reason);
        return;
    }
    const size_t o = crisis.onset_bucket;
    if (index.bucket_offset[o] == 0) {
        set_reason({ReasonCode::no_history}, out.outsider_why, out.outsider_reason);
        return;
    }
    uint64_t comments = 0, by_newcomers = 0;
    for (uint32_t k = index.bucket_offset[o]; k < index.bucket_offset[t.size()]; ++k) {
        const uint32_t a = c.author[index.rows_by_bucket[k]];
        ++comments;
        by_newcomers += a < n_authors && index.first_bucket_of_author[a] >= o;
    }
    for (uint32_t a = 0; a < n_authors; ++a)
        if (index.first_bucket_of_author[a] != TimelineIndex::kNoBucket &&
            index.first_bucket_of_author[a] >= o)
            ++out.newcomer_authors;
    out.outsider_available = comments > 0;
    out.outsider_share = comments ? static_cast<double>(by_newcomers) / static_cast<double>(comments) : 0.0;
    if (!out.outsider_available) {
        set_reason({ReasonCode::no_comments_since_onset}, out.outsider_why, out.outsider_reason);
    }
}

namespace {

// One author's part in the fans and critics: counts a critic, adds a fan candidate (any aggregate with
// comments, compound, likes and follow_on).
template <class Agg>
void count_fan_or_critic(uint32_t a, const Agg& g, PeopleStats& out) {
    if (g.comments == 0) return;
    const double mean = g.compound / g.comments;
    if (mean <= kNegativeThreshold) ++out.critics;
    if (mean < kPositiveThreshold) return;
    Fan f;
    f.author = a;
    f.comments = g.comments;
    f.mean_compound = static_cast<float>(mean);
    f.likes = g.likes;
    f.replies = g.follow_on;
    f.engagement = g.comments + g.follow_on + static_cast<double>(g.likes) / 10.0;
    out.fans.push_back(f);
}

// The candidates in out.fans down to the top kFanTop by engagement (ties: the smaller author id).
void keep_top_fans(PeopleStats& out) {
    const size_t top = std::min(kFanTop, out.fans.size());
    std::partial_sort(out.fans.begin(), out.fans.begin() + static_cast<ptrdiff_t>(top), out.fans.end(),
                      [](const Fan& x, const Fan& y) {
                          return x.engagement != y.engagement ? x.engagement > y.engagement
                                                              : x.author < y.author;
                      });
    out.fans.resize(top);
}

// Fans (ranked) and the critics' count from the per-author aggregates.
void rank_fans_and_critics(const std::vector<AuthorAgg>& agg, bool sentiment, PeopleStats& out) {
    if (!sentiment) {
        set_reason({ReasonCode::no_sentiment_fans}, out.fans_why, out.fans_reason);
        return;
    }
    out.fans_available = true;
    for (uint32_t a = 0; a < agg.size(); ++a) count_fan_or_critic(a, agg[a], out);
    keep_top_fans(out);
}

// Grows `v` to `n` entries of `value` a block at a time (the pages of a large column are touched in
// slices); true when it has them all.
template <class T>
bool grow_sliced(std::vector<T>& v, size_t n, T value, double deadline_ms) {
    if (v.capacity() < n) v.reserve(n);
    while (v.size() < n) {
        v.resize(std::min(n, v.size() + (size_t(1) << 16)), value);
        if (v.size() < n && clock_ms() >= deadline_ms) return false;
    }
    return true;
}

} // namespace

void compute_people(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                    const TimelineIndex& index, const CrisisState& crisis, const CascadeStats& cascades,
                    PeopleStats& out) {
    PeopleBuilder builder(c, s, t, index, crisis, cascades, out);
    while (!builder.step(1e300)) {}
}

// ---------------------------------------------------------------------------------------------------------
// The people of a time window (rules in people.hpp)
// ---------------------------------------------------------------------------------------------------------

// The window's comments of one author (what fans and critics need).
struct WindowAuthor {
    uint32_t comments = 0;  // comments in the window
    uint32_t follow_on = 0; // comments of the window under them
    int64_t likes = 0;      // likes they received
    double compound = 0;    // sum of their compound scores
};

struct WindowPeopleBuilder::Aggregates {
    std::vector<WindowAuthor> agg;   // the window's comments per author
    std::vector<int64_t> first_time; // per author: first timed comment in the file (kNoTime: none)
    bool history = false;            // a timed comment lies before the onset
    uint64_t from_onset = 0;         // the window's comments from the onset on
    uint64_t by_newcomers = 0;       // ... by newcomers
    std::vector<uint32_t> below;     // per comment: comments of the window under it (window-only chains)
};

WindowPeopleBuilder::WindowPeopleBuilder(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                                         const CrisisState& crisis, const CascadeStats& cascades,
                                         const TimeWindow& window, PeopleStats& out)
    : c_(c), s_(s), cascades_(cascades), window_(window), out_(out), data_(std::make_unique<Aggregates>()) {
    out_ = PeopleStats{};
    stage_ = -2; // the columns are allocated in slices first
    has_onset_ = crisis.has_onset && crisis.onset_bucket < t.size();
    if (has_onset_) onset_start_ = t.bucket_start(crisis.onset_bucket);
}

WindowPeopleBuilder::~WindowPeopleBuilder() = default;

bool WindowPeopleBuilder::step(double deadline_ms) {
    if (!data_) return true;
    const CommentStore& c = c_;
    const SentimentColumns& s = s_;
    PeopleStats& out = out_;
    Aggregates& d = *data_;
    const size_t n = c.size();
    const size_t n_authors = c.authors.size();
    const bool sentiment = s.present() && s.compound.size() == n;
    if (stage_ == -2) { // the per-author and per-comment columns, a block at a time
        if (!grow_sliced(d.agg, n_authors, WindowAuthor{}, deadline_ms) ||
            !grow_sliced(d.first_time, n_authors, kNoTime, deadline_ms) ||
            !grow_sliced(d.below, n, uint32_t{0}, deadline_ms))
            return false;
        stage_ = -1;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == -1) { // replies under each comment within the window: each comment counts for its
                        // ancestors up the chain while they lie in the window (at most the deepest tree's
                        // depth: comments in parent cycles stop there)
        const uint32_t max_steps = cascades_.max_depth + 1;
        const bool done = loop_.run(n, deadline_ms, [&](size_t i) {
            if (!window_.contains(c.created_at[i])) return;
            int32_t p = c.parent[i];
            for (uint32_t k = 0;
                 p >= 0 && k < max_steps && window_.contains(c.created_at[static_cast<size_t>(p)]); ++k) {
                ++d.below[static_cast<size_t>(p)];
                p = c.parent[static_cast<size_t>(p)];
            }
        });
        if (!done) return false;
        loop_ = {};
        stage_ = 0;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 0) { // the window's comments per author; every author's first time
        const bool done = loop_.run(n, deadline_ms, [&](size_t i) {
            const uint32_t a = c.author[i];
            const int64_t t = c.created_at[i];
            if (t != kNoTime) {
                d.history = d.history || (has_onset_ && t < onset_start_);
                if (a < n_authors && (d.first_time[a] == kNoTime || t < d.first_time[a])) d.first_time[a] = t;
            }
            if (!window_.contains(t)) return;
            if (c.shares[i] >= 0) out.shares_known = true;
            if (c.shares[i] > 0) out.shares_total += c.shares[i];
            if (a >= n_authors) return;
            WindowAuthor& g = d.agg[a];
            ++g.comments;
            g.follow_on += d.below[i];
            g.likes += positive(c.likes[i]);
            if (sentiment) g.compound += s.compound[i];
        });
        if (!done) return false;
        loop_ = {};
        stage_ = 1;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 1) { // the window's comments from the onset on, and those by newcomers
        if (has_onset_ && d.history) {
            const bool done = loop_.run(n, deadline_ms, [&](size_t i) {
                const int64_t t = c.created_at[i];
                if (!window_.contains(t) || t < onset_start_) return;
                const uint32_t a = c.author[i];
                ++d.from_onset;
                d.by_newcomers += a < n_authors && d.first_time[a] >= onset_start_;
            });
            if (!done) return false;
        }
        loop_ = {};
        stage_ = 2;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 2) { // authors, reach, newcomers among them
        const bool done = loop_.run(n_authors, deadline_ms, [&](size_t a) {
            if (d.agg[a].comments == 0) return;
            ++out.authors;
            const int64_t f = c.followers_of_author(static_cast<uint32_t>(a));
            if (f >= 0) out.followers_known = true;
            if (f > 0) out.reach_total += static_cast<double>(f);
            if (has_onset_ && d.first_time[a] != kNoTime && d.first_time[a] >= onset_start_)
                ++out.newcomer_authors;
            if (sentiment) count_fan_or_critic(static_cast<uint32_t>(a), d.agg[a], out);
        });
        if (!done) return false;
        loop_ = {};
        stage_ = 3;
        if (clock_ms() >= deadline_ms) return false;
    }
    // The top fans, outsiders.
    out.fans_available = sentiment;
    if (sentiment)
        keep_top_fans(out);
    else
        set_reason({ReasonCode::no_sentiment_fans}, out.fans_why, out.fans_reason);
    if (!has_onset_) {
        set_reason({ReasonCode::no_onset_outsiders}, out.outsider_why, out.outsider_reason);
    } else if (!d.history) {
        set_reason({ReasonCode::no_history}, out.outsider_why, out.outsider_reason);
    } else if (d.from_onset == 0) {
        set_reason({ReasonCode::range_before_onset}, out.outsider_why, out.outsider_reason);
    } else {
        out.outsider_available = true;
        out.outsider_share = static_cast<double>(d.by_newcomers) / static_cast<double>(d.from_onset);
    }
    data_.reset();
    return true;
}

void compute_people(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                    const CrisisState& crisis, const CascadeStats& cascades, const TimeWindow& window,
                    PeopleStats& out) {
    WindowPeopleBuilder builder(c, s, t, crisis, cascades, window, out);
    while (!builder.step(1e300)) {}
}

} // namespace sv
