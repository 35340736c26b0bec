// case_prep.hpp — view-level preparation of an open case, built once when the case arrives: the rows in
// time order with prefix counts per sentiment label, so a chart can count any time range in O(log n)
// (binary search on the sorted times, then differences of prefix counts) — no pass over the comments
// per frame. No analysis happens here: it only orders and counts what sv::Analysis holds.
#pragma once
#include "core/pipeline/analysis.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace sv::app {

struct CasePrep {
    std::vector<uint32_t> by_time; // rows with a known created_at, ordered by it (stable)
    std::vector<int64_t> time;     // created_at of by_time[i]
    // Prefix counts along by_time per label (negative, neutral, positive): cum[l][i] = labels l among the
    // first i rows. Empty when sentiment is not present.
    std::array<std::vector<uint32_t>, 3> cum;
    std::vector<uint32_t> reply_count; // replies found in the file per row (children by parent row)
    int64_t t_min = 0, t_max = 0;      // time span (when by_time is not empty)
    uint64_t authors_with_comments = 0;

    bool has_times() const { return !time.empty(); }
    bool has_labels() const { return !cum[0].empty(); }
    // Index range [first, last) of by_time with t in [from, to).
    size_t lower(int64_t t) const;
    // Comments in [from, to) in total and per label (labels only when has_labels()).
    uint64_t count(int64_t from, int64_t to) const;
    std::array<uint64_t, 3> count_labels(int64_t from, int64_t to) const;
};

CasePrep prepare_case(const Analysis& a);

} // namespace sv::app
