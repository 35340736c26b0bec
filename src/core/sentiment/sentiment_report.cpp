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

void append_sentiment_report(const Analysis& a, Json& out) {
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

    size_t pos = 0, neu = 0, neg = 0, neg_emotional = 0, neg_constructive = 0, other_constructive = 0;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        sum += s.compound[i];
        switch (s.label[i]) {
        case SentimentLabel::positive:
            ++pos;
            if (s.constructive[i]) ++other_constructive; // a calm proposal: criticism too
            break;
        case SentimentLabel::neutral:
            ++neu;
            if (s.constructive[i]) ++other_constructive;
            break;
        case SentimentLabel::negative:
            ++neg;
            if (s.emotionality[i] >= kEmotionalThreshold) ++neg_emotional;
            if (s.constructive[i]) ++neg_constructive;
            break;
        }
    }
    Json js = Json::object();
    js["positive"] = pos;
    js["neutral"] = neu;
    js["negative"] = neg;
    js["mean_compound"] = n ? round4(sum / static_cast<double>(n)) : 0.0;
    out["sentiment"] = js;

    // Critics per 100 commenters: authors whose mean compound <= -0.05, per 100 authors with a name.
    const size_t authors = c.authors.size();
    std::vector<double> author_sum(authors, 0.0);
    std::vector<uint32_t> author_n(authors, 0);
    for (size_t i = 0; i < n && i < c.author.size(); ++i) {
        const uint32_t au = c.author[i];
        if (au < authors && !c.authors.name(au).empty()) author_sum[au] += s.compound[i], ++author_n[au];
    }
    size_t named = 0, critics = 0;
    for (size_t au = 0; au < authors; ++au) {
        if (!author_n[au]) continue;
        ++named;
        if (author_sum[au] / author_n[au] <= kNegativeThreshold) ++critics;
    }
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
