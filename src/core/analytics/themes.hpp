// themes.hpp — what the criticism is about: words and two-word phrases over-represented in negative (and in
// constructive) comments against the rest.
//
// Rules.
// Tokens. Text is lower-cased (ASCII and two-byte UTF-8 Latin letters such as Å Ä Ö Ü É); a token is a run of
//   letters and digits (two-byte UTF-8 letters count as letters; three- and four-byte sequences such as emoji
//   and typographic punctuation separate tokens). URLs (http://, https://, www.) and @mentions are skipped;
//   a hashtag counts as its word. Tokens of one character, pure numbers and stop words are dropped. Stop
//   words: stopwords-iso of the comment's language and English (mixed-language files are common); of
//   English, Swedish and German when the comment's language is unknown.
// Terms. Unigrams, and bigrams of two adjacent kept tokens (a dropped token between them breaks the pair).
// Groups. negative: comments with compound <= -0.05; constructive: comments flagged constructive. Each
//   against all other comments. Not available without sentiment (or, for constructive, without flags).
// Score. Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): with y_w
//   occurrences of term w in the group (n in total) and z_w in the rest (m in total), prior alpha_w =
//   0.1 * (y_w + z_w) (the file's own frequencies, worth a tenth of its counts) and alpha_0 = sum alpha_w:
//     delta_w = log((y_w + a_w) / (n + a_0 - y_w - a_w)) - log((z_w + a_w) / (m + a_0 - z_w - a_w))
//     z-score = delta_w / sqrt(1 / (y_w + a_w) + 1 / (z_w + a_w)).
//   Kept: terms seen >= 3 times in the group with z >= 1.96; the top 15 by z, each with up to 3 example
//   comments of the group (the first in file order).
// Size. Files of more than 50,000 comments are read through a systematic sample (every k-th comment) so the
//   vocabulary stays bounded; the result says so.
// Window. With a TimeWindow only the comments written in it are read (the rest of the file plays no part:
//   the groups are compared with the other comments of the window); the sample is every k-th comment of the
//   window in file order, with k from the window's count. A window holding every comment gives the result
//   of the file.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/analytics/time_window.hpp"
#include "core/base/sliced.hpp"
#include "core/sentiment/sentiment_columns.hpp"
#include "core/store/comment_store.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

inline constexpr size_t kThemeTop = 15;
inline constexpr size_t kThemeSampleLimit = 50000;

// Splits text into kept tokens (rules above), lower-cased, in order; a dropped token is reported as an
// empty string_view (so bigrams do not jump over it). `scratch` holds the lower-cased text.
void tokenize_for_themes(std::string_view text, Lang lang, std::string& scratch,
                         std::vector<std::string_view>& out);

void compute_themes(const CommentStore& c, const SentimentColumns& s, ThemeSet& negative,
                    ThemeSet& constructive);
// The themes of the comments written in `window` (rules above).
void compute_themes(const CommentStore& c, const SentimentColumns& s, const TimeWindow& window,
                    ThemeSet& negative, ThemeSet& constructive);

// compute_themes in slices, for the analytics job: the sampled comments a chunk at a time, then the scores
// and examples. Every argument must outlive the builder.
class ThemesBuilder {
public:
    ThemesBuilder(const CommentStore& c, const SentimentColumns& s, ThemeSet& negative,
                  ThemeSet& constructive);
    // Only the comments written in `window` (a first slice counts them, then they are read).
    ThemesBuilder(const CommentStore& c, const SentimentColumns& s, const TimeWindow& window,
                  ThemeSet& negative, ThemeSet& constructive);
    ~ThemesBuilder();
    bool step(double deadline_ms); // true when done (clock_ms() deadline)

private:
    struct State;
    const CommentStore& c_;
    const SentimentColumns& s_;
    ThemeSet& negative_;
    ThemeSet& constructive_;
    std::unique_ptr<State> st_; // null when there is nothing to do
    SlicedLoop loop_;
    bool windowed_ = false; // read only the comments in window_
    TimeWindow window_;
};

} // namespace sv
