// case_prep.hpp — view-level preparation of an open case, built once when the case arrives: the rows in
// time order with prefix counts per sentiment label, so a chart can count any time range in O(log n)
// (binary search on the sorted times, then differences of prefix counts) — no pass over the comments
// per frame. No analysis happens here: it only orders and counts what sv::Analysis holds.
#pragma once
#include "core/base/sliced.hpp"
#include "core/guideline/situation_from.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"

#include <array>
#include <cstdint>
#include <memory>
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
    // frames (issue 9): situation_from's passes over the comments, counted here in slices, so the first
    // overview's insights and the summary (ReportJob) need no such pass inside one frame.
    SituationCounts situation;

    bool has_times() const { return !time.empty(); }
    bool has_labels() const { return !cum[0].empty(); }
    // Index range [first, last) of by_time with t in [from, to).
    size_t lower(int64_t t) const;
    // Comments in [from, to) in total and per label (labels only when has_labels()).
    uint64_t count(int64_t from, int64_t to) const;
    std::array<uint64_t, 3> count_labels(int64_t from, int64_t to) const;
};

// Builds the CasePrep of `a` in slices (the app runs it after the analysis, a few ms per frame): rows with a
// time, a stable LSD radix sort of them by time (two or three passes of 11 bits over the time offsets, each
// pass resumable), then the prefix counts, reply counts and authors, then the SituationCounts. `a` must not
// change meanwhile.
class CasePrepJob final : public Job {
public:
    explicit CasePrepJob(const Analysis& a);
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    CasePrep take() { return std::move(p_); }

private:
    bool sort_pass(double deadline_ms); // one radix pass; true when the last pass is done
    const Analysis& a_;
    CasePrep p_;
    int stage_ = 0;
    SlicedLoop loop_;                              // row cursor of the current stage
    int pass_ = 0, passes_ = 0;                    // radix passes (11 bits each)
    std::vector<uint32_t> scratch_;                // radix sort: the other buffer
    std::vector<uint32_t> count_;                  // radix sort: bucket starts
    std::vector<uint8_t> seen_;                    // authors with a comment
    std::unique_ptr<SituationCountJob> situation_; // stage 5
};

// Runs CasePrepJob to the end (tests, and cases opened all at once).
CasePrep prepare_case(const Analysis& a);

} // namespace sv::app
