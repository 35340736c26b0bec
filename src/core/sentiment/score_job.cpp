#include "core/sentiment/score_job.hpp"

#include "core/base/worker_pool.hpp"
#include "core/lang/language_mix.hpp"

#include <algorithm>
#include <vector>

namespace sv {

namespace {

class ScoreJob final : public Job {
public:
    ScoreJob(Analysis& a, const SentimentOptions& options, WorkerPool* pool, size_t part_rows)
        : a_(a), pool_(pool && pool->size() > 1 ? pool : nullptr),
          part_rows_(std::max<size_t>(part_rows, 1)) {
        const unsigned threads = pool_ ? pool_->size() : 1;
        scorers_.reserve(threads);
        for (unsigned t = 0; t < threads; ++t) scorers_.emplace_back(options);
        const size_t n = a.comments.size();
        SentimentColumns& s = a.sentiment;
        s.language.assign(n, Lang::unknown);
        s.compound.assign(n, 0.f);
        s.label.assign(n, SentimentLabel::neutral);
        s.emotionality.assign(n, 0.f);
        s.constructive.assign(n, 0);
        given_.assign(n, 0);
        close_.assign(n, 0);
    }

    StepResult step(double budget_ms) override {
        const double start = clock_ms();
        const size_t n = a_.comments.size();
        while (row_ < n) {
            row_ = block(row_, n, [&](size_t b, size_t e, SentimentScorer& sc) { score_rows(b, e, sc); });
            if (clock_ms() - start >= budget_ms) return StepResult::more;
        }
        if (!settled_) settle();
        // The comments settle() moved to the main language are scored again, in slices too.
        while (resettle_next_ < resettle_.size()) {
            resettle_next_ = block(resettle_next_, resettle_.size(),
                                   [&](size_t b, size_t e, SentimentScorer& sc) { rescore(b, e, sc); });
            if (clock_ms() - start >= budget_ms) return StepResult::more;
        }
        resettle_ = {};
        return StepResult::done;
    }

    Progress progress() const override { return {"score", row_, a_.comments.size()}; }

private:
    // One block of work from `first` (of `total`): body(begin, end, scorer) over 4096 items on this thread,
    // or over kPartsPerThread parts per thread of the pool (a thread slowed by the machine takes fewer of
    // them; at the block's end the caller waits for the last part, so blocks are long: 16 × 2048 rows per
    // thread, ~30 ms). Returns where the block ends.
    static constexpr size_t kPartsPerThread = 16;
    template <class Body>
    size_t block(size_t first, size_t total, Body&& body) {
        if (!pool_) {
            const size_t end = first + 4096 < total ? first + 4096 : total;
            body(first, end, scorers_[0]);
            return end;
        }
        const size_t end = std::min(total, first + part_rows_ * kPartsPerThread * pool_->size());
        const size_t parts = (end - first + part_rows_ - 1) / part_rows_;
        pool_->run(parts, [&](size_t p, unsigned worker) {
            const size_t b = first + p * part_rows_;
            body(b, std::min(end, b + part_rows_), scorers_[worker]);
        });
        return end;
    }
    // Rows [begin, end) with `scorer`; writes only those rows of the columns (so threads can share them).
    void score_rows(size_t begin, size_t end, SentimentScorer& scorer) {
        const CommentStore& c = a_.comments;
        for (size_t row = begin; row < end; ++row) {
            Lang given = Lang::unknown;
            if (row < c.language_given.size()) given = lang_from_code(c.str(c.language_given[row]));
            given_[row] = given != Lang::unknown;
            put(row, scorer.score(c.text_of(row), given));
            if (given == Lang::unknown) close_[row] = close_languages(scorer.last_evidence(), kLexLangCount);
        }
    }
    // The rows resettle_[begin, end) again in the main language.
    void rescore(size_t begin, size_t end, SentimentScorer& scorer) {
        for (size_t k = begin; k < end; ++k) {
            const uint32_t i = resettle_[k];
            put(i, scorer.score(a_.comments.text_of(i), main_));
        }
    }
    void put(size_t row, const TextScore& r) {
        SentimentColumns& s = a_.sentiment;
        s.language[row] = r.language;
        s.compound[row] = r.compound;
        s.label[row] = label_for(r.compound);
        s.emotionality[row] = r.emotionality;
        s.constructive[row] = r.constructive ? 1 : 0;
    }
    // Comments without language evidence (emoji-only, "ok", a name) and close calls that the dataset's main
    // language fits take that language, and are scored again in it.
    void settle() {
        settled_ = true;
        std::vector<Lang>& langs = a_.sentiment.language;
        std::vector<uint32_t> changed;
        const LanguageMix mix = settle_languages(langs, close_, &changed);
        close_ = {};
        if (mix.main == Lang::unknown) return;
        main_ = mix.main;
        for (uint32_t i : changed)
            if (!given_[i]) resettle_.push_back(i);
    }

    Analysis& a_;
    WorkerPool* pool_;                     // null: the calling thread alone
    size_t part_rows_;                     // rows per part of a block (threaded steps)
    std::vector<SentimentScorer> scorers_; // one per thread of the pool (worker index)
    std::vector<uint8_t> given_;           // 1 when the export gave the comment's language
    std::vector<uint16_t> close_;          // close_languages() of each comment's evidence
    std::vector<uint32_t> resettle_;       // rows to score again in the main language
    size_t resettle_next_ = 0;
    Lang main_ = Lang::unknown;
    size_t row_ = 0;
    bool settled_ = false;
};

} // namespace

std::unique_ptr<Job> make_score_job(Analysis& analysis, const SentimentOptions& options, WorkerPool* pool,
                                    size_t part_rows) {
    return std::make_unique<ScoreJob>(analysis, options, pool, part_rows);
}

} // namespace sv
