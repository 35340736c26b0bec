#include "app/case_prep.hpp"

#include <algorithm>
#include <numeric>

namespace sv::app {

CasePrep prepare_case(const Analysis& a) {
    CasePrep p;
    const CommentStore& c = a.comments;
    const size_t n = c.size();
    p.by_time.reserve(n);
    for (size_t i = 0; i < n; ++i)
        if (c.created_at[i] != kNoTime) p.by_time.push_back(static_cast<uint32_t>(i));
    // Exports are usually in time order already: then there is nothing to sort (O(n) check).
    const auto earlier = [&](uint32_t x, uint32_t y) { return c.created_at[x] < c.created_at[y]; };
    if (!std::is_sorted(p.by_time.begin(), p.by_time.end(), earlier))
        std::stable_sort(p.by_time.begin(), p.by_time.end(), earlier);
    p.time.resize(p.by_time.size());
    for (size_t i = 0; i < p.by_time.size(); ++i) p.time[i] = c.created_at[p.by_time[i]];
    if (!p.time.empty()) {
        p.t_min = p.time.front();
        p.t_max = p.time.back();
    }
    if (a.sentiment.present() && a.sentiment.size() == n) {
        for (auto& v : p.cum) v.assign(p.by_time.size() + 1, 0);
        for (size_t i = 0; i < p.by_time.size(); ++i) {
            const int l = static_cast<int>(a.sentiment.label[p.by_time[i]]) + 1; // -1..1 -> 0..2
            for (int k = 0; k < 3; ++k) p.cum[k][i + 1] = p.cum[k][i] + (k == l ? 1u : 0u);
        }
    }
    p.reply_count.assign(n, 0);
    for (size_t i = 0; i < n; ++i)
        if (c.parent[i] >= 0 && static_cast<size_t>(c.parent[i]) < n) ++p.reply_count[c.parent[i]];
    std::vector<uint8_t> seen(c.authors.size(), 0);
    for (size_t i = 0; i < n; ++i)
        if (c.author[i] < seen.size() && !seen[c.author[i]]) {
            seen[c.author[i]] = 1;
            ++p.authors_with_comments;
        }
    return p;
}

size_t CasePrep::lower(int64_t t) const {
    return static_cast<size_t>(std::lower_bound(time.begin(), time.end(), t) - time.begin());
}

uint64_t CasePrep::count(int64_t from, int64_t to) const {
    const size_t a = lower(from), b = lower(to);
    return b > a ? b - a : 0;
}

std::array<uint64_t, 3> CasePrep::count_labels(int64_t from, int64_t to) const {
    std::array<uint64_t, 3> out{0, 0, 0};
    if (!has_labels()) return out;
    const size_t a = lower(from), b = lower(to);
    if (b <= a) return out;
    for (int k = 0; k < 3; ++k) out[k] = cum[k][b] - cum[k][a];
    return out;
}

} // namespace sv::app
