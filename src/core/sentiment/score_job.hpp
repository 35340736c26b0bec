// score_job.hpp — the "score" phase: language, sentiment and emotionality for every comment of an Analysis,
// in slices (resumable, with progress), filling Analysis::sentiment. One SentimentScorer with reused
// buffers per thread: no allocation per comment in the loop.
//
// With a WorkerPool of several threads (the CLI's `--threads N`), each step scores blocks of rows split into
// parts over the pool, one scorer per thread; every row is scored on its own, so the columns are the same
// byte for byte as with one thread. Without a pool (the app) the job runs on the calling thread alone.
#pragma once
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"
#include "core/sentiment/scorer.hpp"

#include <memory>

namespace sv {

class WorkerPool;

// `pool`: threads to share the rows with (null or one thread: the caller alone). Must outlive the job.
// `part_rows`: rows per part handed to one thread (tests use small parts so that many blocks run).
std::unique_ptr<Job> make_score_job(Analysis& analysis, const SentimentOptions& options,
                                    WorkerPool* pool = nullptr, size_t part_rows = 2048);

} // namespace sv
