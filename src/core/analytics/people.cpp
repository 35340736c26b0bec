// people.cpp — reach, multipliers, fans, critics, outsiders (rules in people.hpp).
#include "core/analytics/people.hpp"

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

void compute_multipliers(const CommentStore& c, const TimelineIndex& index, const std::vector<AuthorAgg>& agg,
                         PeopleStats& out) {
    // All times in order: the rows are already grouped by bucket, so only each bucket needs sorting.
    std::vector<int64_t> times;
    times.reserve(index.rows_by_bucket.size());
    for (size_t b = 0; b + 1 < index.bucket_offset.size(); ++b) {
        const size_t from = times.size();
        for (uint32_t k = index.bucket_offset[b]; k < index.bucket_offset[b + 1]; ++k)
            times.push_back(c.created_at[index.rows_by_bucket[k]]);
        std::sort(times.begin() + static_cast<ptrdiff_t>(from), times.end());
    }
    // Comments in the hour before / after each author's key comment: the key times in order, swept with
    // four monotone pointers over the sorted times (O(n + authors log authors), no random probes).
    struct Key {
        int64_t t;
        uint32_t author;
    };
    std::vector<Key> keys;
    for (uint32_t a = 0; a < agg.size(); ++a) {
        const int32_t r = agg[a].key_row;
        if (agg[a].comments && r >= 0 && c.created_at[static_cast<size_t>(r)] != kNoTime)
            keys.push_back({c.created_at[static_cast<size_t>(r)], a});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) { return x.t < y.t; });
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

void compute_people(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                    const TimelineIndex& index, const CrisisState& crisis, const CascadeStats& cascades,
                    PeopleStats& out) {
    out = PeopleStats{};
    const size_t n = c.size();
    const size_t n_authors = c.authors.size();
    const bool sentiment = s.present() && s.compound.size() == n;
    std::vector<AuthorAgg> agg(n_authors);
    for (size_t i = 0; i < n; ++i) {
        const uint32_t a = c.author[i];
        if (a >= n_authors) continue;
        AuthorAgg& g = agg[a];
        ++g.comments;
        const uint32_t desc = i < cascades.descendants.size() ? cascades.descendants[i] : 0;
        g.follow_on += desc;
        const int64_t eng = positive(c.likes[i]) + positive(c.shares[i]);
        g.engagement += eng;
        g.likes += positive(c.likes[i]);
        if (sentiment) g.compound += s.compound[i];
        const int64_t weight = desc + eng;
        if (weight >
            g.key_weight) { // rows in file order: ties keep the earlier one unless times say otherwise
            g.key_weight = weight;
            g.key_row = static_cast<int32_t>(i);
        } else if (weight == g.key_weight && c.created_at[i] != kNoTime &&
                   (c.created_at[g.key_row] == kNoTime || c.created_at[i] < c.created_at[g.key_row])) {
            g.key_row = static_cast<int32_t>(i);
        }
        if (c.shares[i] >= 0) out.shares_known = true;
        if (c.shares[i] > 0) out.shares_total += c.shares[i];
    }
    for (uint32_t a = 0; a < n_authors; ++a) {
        if (agg[a].comments == 0) continue;
        ++out.authors;
        const int64_t f = c.followers_of_author(a);
        if (f >= 0) out.followers_known = true;
        if (f > 0) out.reach_total += static_cast<double>(f);
    }
    compute_multipliers(c, index, agg, out);

    // Fans and critics.
    if (!sentiment) {
        out.fans_reason = "no sentiment scores: fans cannot be told from critics";
    } else {
        out.fans_available = true;
        for (uint32_t a = 0; a < n_authors; ++a) {
            const AuthorAgg& g = agg[a];
            if (g.comments == 0) continue;
            const double mean = g.compound / g.comments;
            if (mean <= kNegativeThreshold) ++out.critics;
            if (mean < kPositiveThreshold) continue;
            Fan f;
            f.author = a;
            f.comments = g.comments;
            f.mean_compound = static_cast<float>(mean);
            f.likes = g.likes;
            f.replies = g.follow_on;
            f.engagement = g.comments + g.follow_on + static_cast<double>(g.likes) / 10.0;
            out.fans.push_back(f);
        }
        const size_t top = std::min(kFanTop, out.fans.size());
        std::partial_sort(out.fans.begin(), out.fans.begin() + static_cast<ptrdiff_t>(top), out.fans.end(),
                          [](const Fan& x, const Fan& y) {
                              return x.engagement != y.engagement ? x.engagement > y.engagement
                                                                  : x.author < y.author;
                          });
        out.fans.resize(top);
    }

    // Outsiders.
    if (!crisis.has_onset) {
        out.outsider_reason = "no onset: there is no wave for outsiders to join";
        return;
    }
    const size_t o = crisis.onset_bucket;
    if (index.bucket_offset[o] == 0) {
        out.outsider_reason =
            "the file has no comments before the onset, so every author would count as new; "
            "export a longer history to measure outsiders";
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
    if (!out.outsider_available) out.outsider_reason = "no comments from the onset on";
}

} // namespace sv
