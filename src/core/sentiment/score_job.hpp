// score_job.hpp — the "score" phase: language, sentiment and emotionality for every comment of an Analysis,
// in slices (resumable, with progress), filling Analysis::sentiment. One SentimentScorer with reused
// buffers: no allocation per comment in the loop.
#pragma once
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"
#include "core/sentiment/scorer.hpp"

#include <memory>

namespace sv {

std::unique_ptr<Job> make_score_job(Analysis& analysis, const SentimentOptions& options);

} // namespace sv
