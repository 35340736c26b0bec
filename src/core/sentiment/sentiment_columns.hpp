// sentiment_columns.hpp — per-comment results of language identification and sentiment scoring, as columns
// parallel to CommentStore (row i here = row i there). Filled by the sentiment module's score job.
#pragma once
#include "core/lang/language.hpp"

#include <cstdint>
#include <vector>

namespace sv {

// Label thresholds (VADER convention, ../shared/DESIGN.md): positive if compound >= 0.05,
// negative if compound <= -0.05, else neutral.
inline constexpr float kPositiveThreshold = 0.05f;
inline constexpr float kNegativeThreshold = -0.05f;

// A comment is emotional when its emotionality is at least this; a negative comment below it counts as
// constructive/factual criticism (DESIGN.md: the split of criticism).
inline constexpr float kEmotionalThreshold = 0.5f;

enum class SentimentLabel : int8_t { negative = -1, neutral = 0, positive = 1 };

inline SentimentLabel label_for(float compound) {
    if (compound >= kPositiveThreshold) return SentimentLabel::positive;
    if (compound <= kNegativeThreshold) return SentimentLabel::negative;
    return SentimentLabel::neutral;
}

struct SentimentColumns {
    std::vector<Lang> language;        // detected (or given) language per comment
    std::vector<float> compound;       // sentiment compound score in [-1, 1]
    std::vector<SentimentLabel> label; // label_for(compound)
    std::vector<float> emotionality;   // 0 (factual) .. 1 (highly emotional)
    std::vector<uint8_t> constructive; // 1 when a negative comment is constructive/factual criticism
    bool present() const { return !compound.empty(); }
    size_t size() const { return compound.size(); }
};

} // namespace sv
