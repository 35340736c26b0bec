#include "core/sentiment/score_job.hpp"

#include "core/lang/language_mix.hpp"

namespace sv {

namespace {

class ScoreJob final : public Job {
public:
    ScoreJob(Analysis& a, const SentimentOptions& options) : a_(a), scorer_(options) {
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
        const CommentStore& c = a_.comments;
        const size_t n = c.size();
        while (row_ < n) {
            const size_t end = row_ + 4096 < n ? row_ + 4096 : n;
            for (; row_ < end; ++row_) {
                Lang given = Lang::unknown;
                if (row_ < c.language_given.size()) given = lang_from_code(c.str(c.language_given[row_]));
                given_[row_] = given != Lang::unknown;
                put(row_, scorer_.score(c.text_of(row_), given));
                if (given == Lang::unknown)
                    close_[row_] = close_languages(scorer_.last_evidence(), kLexLangCount);
            }
            if (clock_ms() - start >= budget_ms) return StepResult::more;
        }
        if (!settled_) settle();
        // The comments settle() moved to the main language are scored again, in slices too.
        while (resettle_next_ < resettle_.size()) {
            const size_t end =
                resettle_next_ + 4096 < resettle_.size() ? resettle_next_ + 4096 : resettle_.size();
            for (; resettle_next_ < end; ++resettle_next_) {
                const uint32_t i = resettle_[resettle_next_];
                put(i, scorer_.score(a_.comments.text_of(i), main_));
            }
            if (clock_ms() - start >= budget_ms) return StepResult::more;
        }
        resettle_ = {};
        return StepResult::done;
    }

    Progress progress() const override { return {"score", row_, a_.comments.size()}; }

private:
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
    SentimentScorer scorer_;
    std::vector<uint8_t> given_;     // 1 when the export gave the comment's language
    std::vector<uint16_t> close_;    // close_languages() of each comment's evidence
    std::vector<uint32_t> resettle_; // rows to score again in the main language
    size_t resettle_next_ = 0;
    Lang main_ = Lang::unknown;
    size_t row_ = 0;
    bool settled_ = false;
};

} // namespace

std::unique_ptr<Job> make_score_job(Analysis& analysis, const SentimentOptions& options) {
    return std::make_unique<ScoreJob>(analysis, options);
}

} // namespace sv
