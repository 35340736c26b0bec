// Issue 9: the worker pool, and scoring shared over threads gives exactly the columns of one thread.
#include "core/base/worker_pool.hpp"
#include "core/pipeline/analyze_job.hpp"
#include "core/report/analyze_report.hpp"
#include "core/sentiment/score_job.hpp"
#include "core/synth/comment_corpus.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstring>
#include <string>
#include <vector>

using namespace sv;

namespace {

std::vector<char> corpus(uint64_t rows, uint64_t seed) {
    CorpusOptions o;
    o.rows = rows;
    o.seed = seed;
    std::vector<char> out;
    generate_comment_csv(o,
                         [&](std::string_view chunk) { out.insert(out.end(), chunk.begin(), chunk.end()); });
    return out;
}

// The generated file, imported (and scored once, which the tests then redo).
std::unique_ptr<Analysis> imported(uint64_t rows) {
    AnalyzeJob job(corpus(rows, 9), "threads.csv", AnalyzeOptions{});
    REQUIRE(run_to_end(job) == StepResult::done);
    auto a = job.take();
    // Rows without language evidence, which settle() moves to the main language and scores again: enough
    // of them that the re-score runs in several blocks too.
    const char* bare[] = {"😍", "ok", "👍👍", "Anna", "!!!", "🙄 ok"};
    for (int i = 0; i < 1500; ++i) {
        CommentStore& s = a->comments;
        const size_t r = s.append_row();
        s.author[r] = s.add_author("bare");
        s.text[r] = s.strings.append(bare[i % 6]);
        s.language_given[r] = s.strings.append(i % 250 == 0 ? "de" : "");
    }
    return a;
}

struct Columns {
    std::vector<Lang> language;
    std::vector<float> compound;
    std::vector<SentimentLabel> label;
    std::vector<float> emotionality;
    std::vector<uint8_t> constructive;
};

// Scores `a` with `threads` threads (parts of `part_rows` rows), stepping with a zero budget so that every
// block ends a step; returns the columns and counts the steps.
Columns score(Analysis& a, unsigned threads, size_t part_rows, int* steps = nullptr) {
    WorkerPool pool(threads);
    a.sentiment = {};
    auto job = make_score_job(a, {}, &pool, part_rows);
    int n = 0;
    StepResult r;
    while ((r = job->step(0.0)) == StepResult::more) ++n;
    REQUIRE(r == StepResult::done);
    if (steps) *steps = n;
    const SentimentColumns& s = a.sentiment;
    return {s.language, s.compound, s.label, s.emotionality, s.constructive};
}

bool same_bytes(const std::vector<float>& x, const std::vector<float>& y) {
    return x.size() == y.size() && std::memcmp(x.data(), y.data(), x.size() * sizeof(float)) == 0;
}

} // namespace

TEST_CASE("worker pool: every part runs exactly once, for any thread count", "[threads]") {
    for (unsigned threads : {1u, 2u, 3u, 4u}) {
        WorkerPool pool(threads);
        CHECK(pool.size() == (kHaveThreads ? threads : 1u));
        for (size_t parts : {size_t(0), size_t(1), size_t(2), size_t(7), size_t(64), size_t(1000)}) {
            for (int round = 0; round < 20; ++round) {
                std::vector<std::atomic<int>> hits(parts);
                std::vector<std::atomic<int>> busy(
                    pool.size()); // worker indices are never used twice at once
                std::atomic<int> overlap{0};
                pool.run(parts, [&](size_t p, unsigned worker) {
                    REQUIRE(worker < pool.size());
                    if (busy[worker].fetch_add(1) != 0) overlap.fetch_add(1);
                    hits[p].fetch_add(1);
                    busy[worker].fetch_sub(1);
                });
                int wrong = 0;
                for (auto& h : hits) wrong += h.load() != 1;
                INFO("threads " << threads << ", parts " << parts);
                CHECK(wrong == 0);
                CHECK(overlap.load() == 0);
            }
        }
    }
}

TEST_CASE("worker pool: the threads share the work", "[threads]") {
    if (!kHaveThreads) return;
    WorkerPool pool(2);
    std::atomic<int> by_thread{0};
    // Parts that take a while, so the second thread surely wakes before the caller has done them all.
    pool.run(200, [&](size_t, unsigned worker) {
        volatile double x = 0;
        for (int i = 0; i < 200000; ++i) x = x + i * 0.5;
        if (worker == 1) by_thread.fetch_add(1);
    });
    CHECK(by_thread.load() > 0);
    CHECK(hardware_threads() >= 1);
}

TEST_CASE("threaded scoring gives exactly the columns of one thread", "[threads][sentiment]") {
    auto a = imported(20000);
    int steps1 = 0, steps4 = 0;
    const Columns one = score(*a, 1, 97, &steps1);
    REQUIRE(one.compound.size() == a->comments.size());
    // The extra rows of imported(): "ok" etc. took the main language; emoji rows scored again in it.
    size_t unknown = 0;
    for (Lang l : one.language) unknown += l == Lang::unknown;
    CHECK(unknown < one.language.size() / 100);

    for (unsigned threads : {2u, 4u}) {
        for (size_t part_rows : {size_t(97), size_t(2048)}) {
            int steps = 0;
            const Columns t = score(*a, threads, part_rows, &steps);
            INFO(threads << " threads, parts of " << part_rows << " rows");
            CHECK(t.language == one.language);
            CHECK(same_bytes(t.compound, one.compound));
            CHECK(t.label == one.label);
            CHECK(same_bytes(t.emotionality, one.emotionality));
            CHECK(t.constructive == one.constructive);
            if (threads == 4 && part_rows == 97) steps4 = steps;
        }
    }
    // A zero budget still ends a step after every block: several blocks ran (21,500 rows, blocks of 4096
    // rows alone and of 16 parts × 4 threads × 97 rows), in the score pass and in the re-score.
    CHECK(steps1 >= 5);
    CHECK(steps4 >= 3);
}

TEST_CASE("analyze with threads: the same report as one thread", "[threads][pipeline]") {
    const std::vector<char> file = corpus(12000, 3);
    auto report = [&](unsigned threads) {
        AnalyzeOptions o;
        o.threads = threads;
        AnalyzeJob job(file, "threads.csv", o);
        REQUIRE(run_in_slices(job, 1.0) == StepResult::done);
        Json j = analyze_report(job.analysis());
        j.erase("timings_ms");
        return j.dump();
    };
    const std::string one = report(1);
    CHECK(one.size() > 1000);
    CHECK(report(2) == one);
    CHECK(report(4) == one);
}
