// origin.hpp — where the wave started: trigger candidates and a reasoned guess of the origin type, which the
// user can override (AnalyticsOptions::origin_overridden).
//
// Candidates (deduplicated, in this order): the first 3 comments of the onset bucket (by time); the roots of
//   the 3 most negative cascades; the first involvement of a multiplier (the earliest key comment of the top
//   5 multipliers at or after the onset).
// Guess: the first rule that applies, over the onset window (the onset bucket and the two after it; read
//   through a systematic sample of at most 5,000 of its comments):
//   user's choice   when overridden;
//   unknown         without an onset;
//   internal leak   >= 5% of the window's comments use leak words (leak, leaked, internal memo,
//                   whistleblower, insider, läcka, läckt, läckta, geleakt, durchgesickert, interne);
//   own post        >= 50% of the window's comments belong to one reply tree whose root was posted by the
//                   end of the onset bucket, or to one thread (the reaction gathers under one post);
//   external event  >= 10% of the window's comments carry a link or news words (news, article, report,
//                   nyheter, artikel, zeitung, bericht, medien), or no tree or thread holds 20% of them
//                   (the wave arrives everywhere at once);
//   unknown         otherwise.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/analytics/timeline.hpp"
#include "core/sentiment/sentiment_columns.hpp"
#include "core/store/comment_store.hpp"

namespace sv {

inline constexpr size_t kOriginSample = 5000;

void compute_origin(const CommentStore& c, const Timeline& t, const TimelineIndex& index,
                    const CrisisState& crisis, const CascadeStats& cascades, const PeopleStats& people,
                    const AnalyticsOptions& options, OriginGuess& out);

} // namespace sv
