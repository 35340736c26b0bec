// sentiment_report.cpp — the sentiment keys of the `stormvakt analyze` report (README "analyze report"):
// language_mix, sentiment {positive, neutral, negative, mean_compound}, critics_per_100,
// negative_comment_share, emotional_share_of_negative, constructive_share_of_negative.
#include "core/lang/language_mix.hpp"
#include "core/report/analyze_report.hpp"

#include <cmath>

namespace sv {

namespace {
double round4(double x) {
    return std::round(x * 10000.0) / 10000.0;
}
} // namespace

// frames: the passes over the rows and the authors, in slices of kChunk rows.
StepResult SentimentReportCountJob::step(double budget_ms) {
    constexpr size_t kChunk = 16384;
    const double deadline = clock_ms() + budget_ms;
    const SentimentColumns& s = a_.sentiment;
    const CommentStore& c = a_.comments;
    const size_t n = s.present() && s.size() == c.size() ? s.size() : 0; // else nothing to report
    const size_t authors = c.authors.size();
    if (stage_ == 0 && next_ == 0) {
        author_sum_.assign(authors, 0.0);
        author_n_.assign(authors, 0);
    }
    while (stage_ == 0) {
        const size_t end = n - next_ > kChunk ? next_ + kChunk : n;
        for (size_t i = next_; i < end; ++i) {
            k_.compound_sum += s.compound[i];
            switch (s.label[i]) {
            case SentimentLabel::positive:
                ++k_.positive;
                if (s.constructive[i]) ++k_.other_constructive; // a calm proposal: criticism too
                break;
            case SentimentLabel::neutral:
                ++k_.neutral;
                if (s.constructive[i]) ++k_.other_constructive;
                break;
            case SentimentLabel::negative:
                ++k_.negative;
                if (s.emotionality[i] >= kEmotionalThreshold) ++k_.negative_emotional;
                if (s.constructive[i]) ++k_.negative_constructive;
                break;
            }
            // Critics per 100 commenters: authors whose mean compound <= -0.05, per 100 authors with a name.
            if (i < c.author.size()) {
                const uint32_t au = c.author[i];
                if (au < authors && !c.authors.name(au).empty())
                    author_sum_[au] += s.compound[i], ++author_n_[au];
            }
        }
        next_ = end;
        if (next_ == n) stage_ = 1, next_ = 0;
        if (clock_ms() >= deadline) return StepResult::more;
    }
    while (stage_ == 1) {
        const size_t end = authors - next_ > kChunk ? next_ + kChunk : authors;
        for (size_t au = next_; au < end; ++au) {
            if (!author_n_[au]) continue;
            ++k_.named_authors;
            if (author_sum_[au] / author_n_[au] <= kNegativeThreshold) ++k_.critics;
        }
        next_ = end;
        if (next_ == authors) {
            stage_ = 2;
            author_sum_ = {};
            author_n_ = {};
            k_.done = true;
            return StepResult::done;
        }
        if (clock_ms() >= deadline) return StepResult::more;
    }
    return StepResult::done;
}

void append_sentiment_report(const Analysis& a, Json& out) {
    SentimentReportCountJob count(a);
    run_to_end(count);
    append_sentiment_report(a, count.counts(), out);
}

void append_sentiment_report(const Analysis& a, const SentimentReportCounts& k, Json& out) {
    const SentimentColumns& s = a.sentiment;
    const CommentStore& c = a.comments;
    if (!s.present() || s.size() != c.size()) return;
    const size_t n = s.size();

    // Language mix: share of comments per language, largest first.
    std::vector<Lang> langs = s.language;
    const LanguageMix mix = settle_languages(langs);
    std::vector<std::pair<double, Lang>> shares;
    for (size_t i = 0; i < static_cast<size_t>(Lang::count); ++i)
        if (mix.counts[i]) shares.emplace_back(mix.share(static_cast<Lang>(i)), static_cast<Lang>(i));
    std::stable_sort(shares.begin(), shares.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    Json lm = Json::object();
    for (const auto& [share, l] : shares) lm[std::string(lang_code(l))] = round4(share);
    out["language_mix"] = lm;

    const size_t pos = k.positive, neu = k.neutral, neg = k.negative, neg_emotional = k.negative_emotional,
                 neg_constructive = k.negative_constructive, other_constructive = k.other_constructive;
    const double sum = k.compound_sum;
    Json js = Json::object();
    js["positive"] = pos;
    js["neutral"] = neu;
    js["negative"] = neg;
    js["mean_compound"] = n ? round4(sum / static_cast<double>(n)) : 0.0;
    out["sentiment"] = js;

    const size_t named = k.named_authors, critics = k.critics;
    if (named) {
        out["critics_per_100"] = round4(100.0 * static_cast<double>(critics) / static_cast<double>(named));
    } else {
        out["critics_per_100"] = nullptr;
        out["critics_per_100_reason"] = "the file names no authors";
    }
    out["negative_comment_share"] = n ? round4(static_cast<double>(neg) / static_cast<double>(n)) : 0.0;
    if (neg) {
        out["emotional_share_of_negative"] =
            round4(static_cast<double>(neg_emotional) / static_cast<double>(neg));
        out["constructive_share_of_negative"] =
            round4(static_cast<double>(neg_constructive) / static_cast<double>(neg));
    } else {
        out["emotional_share_of_negative"] = nullptr;
        out["constructive_share_of_negative"] = nullptr;
    }
    // Criticism = the negative comments + the calm ones that propose a change (not clear praise).
    const size_t criticism = neg + other_constructive;
    out["criticism_comments"] = criticism;
    out["constructive_share_of_criticism"] =
        criticism ? Json(round4(static_cast<double>(neg_constructive + other_constructive) /
                                static_cast<double>(criticism)))
                  : Json(nullptr);
}

} // namespace sv
