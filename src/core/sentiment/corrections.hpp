// corrections.hpp — the user's own say over the scores (issue 7): comments relabelled by hand and a custom
// lexicon, kept with a case and applied by the CLI (`analyze --corrections / --lexicon`) the same way.
//
// [SECTION] Relabelled comments
//   A correction is keyed by the comment's id (so it survives a re-import of the same export); a comment
//   without an id is keyed "#<row>". Applied as an overlay on SentimentColumns after scoring (and after every
//   re-score): the corrected rows, sorted, each with the values it had before, so a correction can be taken
//   back without scoring again. A corrected label keeps label_for(compound) == label: when the label
//   changes, the compound becomes that of a clear case of the new label (+0.5, 0, -0.5), so every figure
//   derived from labels or compounds (counts, shares, critics per 100, timeline, guideline facts) follows.
//   The tag sets the emotional / constructive split: emotional (emotionality >= kEmotionalThreshold, not
//   constructive), constructive (constructive, emotionality below the threshold), none (neither), or
//   computed (as scored).
// [SECTION] JSON (the same files for the app and the CLI)
//   corrections: [{"id": "c17", "label": "negative", "tag": "emotional"}] or {"corrections": [...]}
//   lexicon:     [{"word": "recall", "valence": -2.5, "lang": "en"}] or {"lexicon": [...]}  (lang "" / "all"
//                / absent = every language; valence -4..4)
// [SECTION] CorrectionsJob: resolves ids to rows (one pass over the ids, in slices) and applies the overlay.
#pragma once
#include "core/base/error.hpp"
#include "core/pipeline/job.hpp"
#include "core/sentiment/scorer.hpp"
#include "core/sentiment/sentiment_columns.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

struct Analysis;
class CommentStore;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Relabelled comments
// ---------------------------------------------------------------------------------------------------------
enum class CorrectionTag : int8_t { computed = -1, none = 0, emotional = 1, constructive = 2 };

const char* to_string(SentimentLabel l); // "negative" / "neutral" / "positive"
const char* to_string(CorrectionTag t);  // "computed" / "none" / "emotional" / "constructive"
bool label_from_string(std::string_view s, SentimentLabel& out);
bool tag_from_string(std::string_view s, CorrectionTag& out); // "" -> computed

// One correction as the user made it (what is stored with the case).
struct LabelCorrection {
    std::string id;                                 // the comment's id, or "#<row>" for one without an id
    SentimentLabel label = SentimentLabel::neutral; // the label set by hand
    CorrectionTag tag = CorrectionTag::computed;    // the emotional / constructive tag set by hand
};

// A corrected row of the overlay, with what the scorer had given it (to take the correction back).
struct CorrectedRow {
    uint32_t row = 0;
    SentimentLabel label = SentimentLabel::neutral;
    CorrectionTag tag = CorrectionTag::computed;
    SentimentLabel was_label = SentimentLabel::neutral; // as scored
    float was_compound = 0.f;
    float was_emotionality = 0.f;
    uint8_t was_constructive = 0;
};

// The overlay on an Analysis's SentimentColumns (Analysis::corrections).
struct SentimentCorrections {
    std::vector<LabelCorrection> given; // as the user made them, one per id (the list kept with the case)
    std::vector<CorrectedRow> rows;     // applied, sorted by row (empty when nothing is applied)
    std::vector<std::string> unknown;   // ids of `given` no comment has
    bool empty() const { return given.empty(); }
    // The overlay entry of `row`, or null when the row is not corrected (binary search).
    const CorrectedRow* find(size_t row) const;
};

// The key a correction of `row` uses: its id, or "#<row>" when the export gave none.
std::string correction_key(const CommentStore& c, size_t row);

// Adds or replaces the correction of `c.id` in `list` (order of first appearance kept).
void upsert_correction(std::vector<LabelCorrection>& list, const LabelCorrection& c);
// Removes the correction of `id`; false when there was none.
bool remove_correction(std::vector<LabelCorrection>& list, std::string_view id);

// Restores the scored values of every row in the overlay and empties it (columns as the scorer left them).
void undo_corrections(SentimentColumns& s, SentimentCorrections& corrections);

// ---------------------------------------------------------------------------------------------------------
// [SECTION] JSON
// ---------------------------------------------------------------------------------------------------------
nlohmann::ordered_json corrections_to_json(const std::vector<LabelCorrection>& list);
// Accepts an array or {"corrections": [...]}; a later entry for the same id replaces an earlier one.
Result<std::vector<LabelCorrection>> corrections_from_json(const nlohmann::ordered_json& j);
Result<std::vector<LabelCorrection>> corrections_from_text(std::string_view text);

nlohmann::ordered_json lexicon_to_json(const std::vector<CustomWord>& words);
// Accepts an array or {"lexicon": [...]}; words are trimmed, valences must lie in -4..4.
Result<std::vector<CustomWord>> lexicon_from_json(const nlohmann::ordered_json& j);
Result<std::vector<CustomWord>> lexicon_from_text(std::string_view text);

// ---------------------------------------------------------------------------------------------------------
// [SECTION] CorrectionsJob
// ---------------------------------------------------------------------------------------------------------
// Applies `given` to `a`: takes back the overlay in place (unless the columns were just scored again:
// `columns_fresh`), resolves the ids in slices, then applies the new overlay. Sets a.corrections.
std::unique_ptr<Job> make_corrections_job(Analysis& a, std::vector<LabelCorrection> given,
                                          bool columns_fresh);
// All at once (tests, tools).
void apply_corrections(Analysis& a, std::vector<LabelCorrection> given, bool columns_fresh = false);

} // namespace sv
