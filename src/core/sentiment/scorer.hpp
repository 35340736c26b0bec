// scorer.hpp — language identification, VADER-method sentiment and emotionality for one text.
//
// A SentimentScorer owns reusable buffers (no allocation per text once warmed up) and a lexicon: the base
// lexicon, or a copy carrying a case's custom words. Rules (see scorer.cpp): valence lexicon per language,
// boosters/dampeners over a three-word window, negation (×-0.74) over the same window, contrastive
// conjunctions (before ×0.5, after ×1.5), ALL-CAPS emphasis (+0.733) when only some words are capitalised,
// "!" (up to 4 × 0.292) and "??" emphasis, English idioms, emoticons, emoji (every language), and for
// languages that glue words together: inflection suffixes, compound heads and glued intensifier prefixes.
#pragma once
#include "core/lang/language.hpp"
#include "core/sentiment/lexicon.hpp"
#include "core/sentiment/sentiment_columns.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

// A user's word for one case (a product name, "recall", "boycott"): valence on VADER's scale (-4..4).
struct CustomWord {
    std::string word;          // any case; matched lower-cased
    float valence = 0.f;       // -4 (very negative) .. 4 (very positive); 0 makes a word neutral
    Lang lang = Lang::unknown; // the language it applies to; unknown = all languages
};

struct SentimentOptions {
    std::vector<CustomWord> custom_words; // added to / overriding the lexicon (applied on re-score)
    bool english_fallback = true;         // non-English texts also use English words (tweets mix them)
    float emoji_weight = 1.0f;            // emoji valence (Emoji Sentiment Ranking, -4..4) × this
    float neutral_band = 1.0f;            // |valence sum| below this stays inside the neutral label band
};

struct TextScore {
    Lang language = Lang::unknown; // detected language (unknown: no evidence, e.g. emoji-only)
    float compound = 0.f;          // -1 .. 1
    float emotionality = 0.f;      // 0 (factual) .. 1 (highly emotional)
    bool constructive = false;     // negative and more factual than emotional
};

// A word (or emoji/emoticon) that moved the score, for the UI's "why" tooltip.
struct ScoreDriver {
    std::string text;   // the token, lower-cased
    float contribution; // its valence after boosters, negation, contrast and emphasis (VADER scale)
};

class SentimentScorer {
public:
    explicit SentimentScorer(const SentimentOptions& options = {});
    ~SentimentScorer();
    SentimentScorer(SentimentScorer&&) noexcept;
    SentimentScorer& operator=(SentimentScorer&&) noexcept;

    // Scores one text. `language`: the known language, or unknown to detect it.
    TextScore score(std::string_view text, Lang language = Lang::unknown);
    // Detected language only (cheaper: no scoring).
    Lang identify(std::string_view text);
    // The score and the tokens that drove it, strongest first.
    TextScore explain(std::string_view text, std::vector<ScoreDriver>& drivers,
                      Lang language = Lang::unknown);
    // Per-language evidence of the last text (for the dataset language mix and tests).
    const float* last_evidence() const;

    const Lexicon& lexicon() const;

private:
    struct State;
    std::unique_ptr<State> s_;
};

// Convenience: one text with the base lexicon (a thread-local scorer).
TextScore score_text(std::string_view text, Lang language = Lang::unknown);

} // namespace sv
