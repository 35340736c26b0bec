// people.hpp — who carries the wave: reach, multipliers, fans, critics, outsiders.
//
// Rules.
// Reach: followers of the distinct authors (unknown followers count 0), cumulative over time in the
//   timeline (Timeline::reach), in total here; plus shares where the export has them.
// Multipliers: for every author, their key comment is the one with the most follow-on (comments in the reply
//   tree under it + likes + shares; ties: the earliest). Per author:
//     follow_on  = comments in the reply trees under all their comments,
//     engagement = likes + shares their comments received,
//     excess     = max(0, comments in the hour after the key comment - comments in the hour before it),
//     score      = (1 + log10(1 + followers)) * (follow_on + 0.1 engagement + 0.25 excess).
//   Ranked by score (ties: more followers); authors with score 0 are not multipliers; the top 20 are kept,
//   each with a one-line reason built from these numbers. The volume term is damped (0.25) because a
//   general rise after a comment is not proof that the comment caused it; replies under it are.
// Fans: authors with mean compound >= 0.05 (../shared/DESIGN.md), ranked by engagement = comments +
//   replies received + likes received / 10; the top 20. Not available without sentiment.
// Critics: authors with mean compound <= -0.05.
// Outsiders: an author is a newcomer when first seen at or after the onset bucket; the share is the
//   newcomers' comments / all comments from the onset on (per bucket in Timeline::outsider_share). Not
//   available without an onset, nor when the file has no comment before the onset (every author would be
//   "new": the file says nothing about who was there before).
// Window (a TimeWindow, the range a user selected): the people of the comments written in it — authors,
//   critics and fans by their comments in the window (likes received, and replies under those comments
//   that are themselves in the window, reached through comments in the window: as in a file cut to it),
//   reach and shares of those comments, and the outsider share = newcomers' comments / the window's
//   comments from the onset on (a newcomer is still an author first seen in the file at or after the
//   onset). Multipliers are not ranked per window (left empty: the app keeps the file's multipliers whose
//   key comment lies in the range). A window holding every comment gives the figures of the file.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/analytics/time_window.hpp"
#include "core/analytics/timeline.hpp"
#include "core/base/sliced.hpp"
#include "core/sentiment/sentiment_columns.hpp"
#include "core/store/comment_store.hpp"

#include <memory>
#include <string>

namespace sv {

inline constexpr size_t kMultiplierTop = 20;
inline constexpr size_t kFanTop = 20;

void compute_people(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                    const TimelineIndex& index, const CrisisState& crisis, const CascadeStats& cascades,
                    PeopleStats& out);

// compute_people in slices, for the analytics job: the per-author pass and the ordered times a chunk at
// a time, then multipliers, fans and outsiders. Every argument must outlive the builder.
class PeopleBuilder {
public:
    PeopleBuilder(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                  const TimelineIndex& index, const CrisisState& crisis, const CascadeStats& cascades,
                  PeopleStats& out);
    ~PeopleBuilder();
    bool step(double deadline_ms); // true when done (clock_ms() deadline)

private:
    struct Aggregates;
    void finish_fans_and_outsiders();
    const CommentStore& c_;
    const SentimentColumns& s_;
    const Timeline& t_;
    const TimelineIndex& index_;
    const CrisisState& crisis_;
    const CascadeStats& cascades_;
    PeopleStats& out_;
    std::unique_ptr<Aggregates> data_;
    int stage_ = 0; // 0: per author, 1: ordered times, then the rest
    SlicedLoop loop_;
};

// The people of the comments in `window` (rules above; no multipliers).
void compute_people(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                    const CrisisState& crisis, const CascadeStats& cascades, const TimeWindow& window,
                    PeopleStats& out);

// compute_people of a window in slices: two passes over the rows, then the authors. Needs no
// TimelineIndex. Every argument must outlive the builder.
class WindowPeopleBuilder {
public:
    WindowPeopleBuilder(const CommentStore& c, const SentimentColumns& s, const Timeline& t,
                        const CrisisState& crisis, const CascadeStats& cascades, const TimeWindow& window,
                        PeopleStats& out);
    ~WindowPeopleBuilder();
    bool step(double deadline_ms); // true when done (clock_ms() deadline)

private:
    struct Aggregates;
    const CommentStore& c_;
    const SentimentColumns& s_;
    const CascadeStats& cascades_;
    TimeWindow window_;
    PeopleStats& out_;
    std::unique_ptr<Aggregates> data_;
    bool has_onset_ = false;
    int64_t onset_start_ = 0; // UTC seconds of the onset bucket
    int stage_ = 0; // -1: replies within the window, 0: per author, 1: outsiders, 2: authors, 3: fans
    SlicedLoop loop_;
};

// "1.2 M", "12 k", "850".
std::string format_count(double x);

} // namespace sv
