// corrections_ui.hpp — the user's corrections in the app (issue 7): relabelling comments by hand and a
// custom lexicon, applied to the open case and kept with it.
//
// The applied corrections live in the open case's sv::Analysis (Analysis::corrections, ::custom_words). A
// change is queued (request_relabel / request_lexicon) and started at the start of the next frame
// (start_pending_corrections): the analysis is handed to the CaseRunner, which runs sv::RelabelJob (re-score
// when the lexicon changed, the overlay of relabelled comments, the analytics) and the view preparation in
// slices, and hands it back (corrections_arrived). Then the case's settings file gets the lists
// ("corrections", "lexicon" in CaseMeta::user), so a re-opened case applies them again (plan_from_user).
#pragma once
#include "core/pipeline/relabel_job.hpp"
#include "core/sentiment/corrections.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sv::app {

struct AppState;
class CaseRunner;

struct CorrectionsUi {
    // --- a change waiting for the next frame ---
    bool pending = false;
    RelabelPlan plan;       // what to run on the open case
    uint32_t request = 0;   // automation's request id (0 = a change made in the UI)
    std::string must_exist; // an id automation relabelled: the request fails when no comment has it
    // --- the lexicon panel ---
    bool lexicon_open = false;
    std::vector<CustomWord> draft; // the words being edited (applied with Re-score)
    uint64_t draft_for = ~0ull;    // data_version the draft was taken from
    char new_word[96] = "";
    float new_valence = -2.0f;
    int new_lang = 0; // index into the panel's language list (0 = all languages)
    // --- the result of the last re-score, shown over the case ---
    bool running_rescore = false; // the rework under way re-scores
    bool show_result = false;
    uint64_t result_changed = 0;
};

// Queues relabelling the comment `key` (its id, or "#<row>"): `label` "negative" / "neutral" / "positive", or
// "auto" to take the correction back; `tag` "" (as scored), "emotional", "constructive", "none". False with
// `why` when it cannot be done now.
bool request_relabel(AppState& state, const std::string& key, std::string_view label, std::string_view tag,
                     uint32_t request, std::string* why);
// Queues a re-score with `words` as the case's lexicon (replacing the one it has).
bool request_lexicon(AppState& state, std::vector<CustomWord> words, uint32_t request, std::string* why);
// Called at the start of a frame: hands the open case to the runner when a change is queued.
void start_pending_corrections(AppState& state);
// The runner finished a rework: take the case back, keep the lists with the case. Returns "" or why the
// automation request failed.
std::string corrections_arrived(AppState& state, CaseRunner& runner);
// The plan that re-applies the corrections kept in a case's settings ("corrections", "lexicon").
RelabelPlan plan_from_user(const nlohmann::ordered_json& user);

// For automation: the open case's corrections / lexicon as JSON arrays ("[]" without a case).
std::string corrections_json(const AppState& state);
std::string lexicon_json(const AppState& state);

// --- drawing ---
// The sentiment cell of the comments table: colour dot, score, "corrected" mark, and the "why" tooltip.
void draw_sentiment_cell(AppState& state, uint32_t row);
// The right-click menu of a comment row (call right after the row's item) and the control in the thread
// panel: label buttons, tag choice, "use the score again".
void relabel_context_menu(AppState& state, uint32_t row);
void draw_relabel_control(AppState& state, uint32_t row);
// The "Lexicon" button (for a view's toolbar) and the panel it opens (call once per frame in the view).
void lexicon_button(AppState& state);
void draw_lexicon_panel(AppState& state);
// The banner after a re-score ("N comments changed label").
void draw_corrections_notice(AppState& state);

} // namespace sv::app
