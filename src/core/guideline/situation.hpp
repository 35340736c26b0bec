// situation.hpp — the measured facts of a case that the first response guideline and the crisis brief need.
//
// [SECTION] Figure: a measured number, or why it is missing
// [SECTION] Enums: Stage, OriginType (with Coombs' crisis clusters)
// [SECTION] Situation: the facts, the user's inputs and a small timeline for the brief's charts
//
// The guideline engine (guideline.hpp) and the brief (core/brief) read only this struct, never the other
// modules' results directly: situation_from(const Analysis&, ...) (situation_from.hpp) maps those into it.
// A figure the data cannot support is left unknown with a reason; the guideline then skips the rules that
// need it and the brief says "not measured" — numbers are never invented.
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/lang/language.hpp"
#include "core/store/comment_store.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Figure
// ---------------------------------------------------------------------------------------------------------

// A measured number, or the reason it could not be measured.
struct Figure {
    bool known = false;         // false: `value` is meaningless, `missing_reason` says why
    double value = 0;           // the measured value (units documented at the field that holds the Figure)
    std::string missing_reason; // e.g. "no comments before the onset" ("" when known)
    Reason why;                 // missing_reason as a code (for the app; none when only the text has it)

    static Figure of(double v) { return Figure{true, v, {}, {}}; }
    static Figure missing(std::string reason) { return Figure{false, 0, std::move(reason), {}}; }
    static Figure missing(const Reason& why) { return Figure{false, 0, english(why), why}; }
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Enums
// ---------------------------------------------------------------------------------------------------------

// Crisis stage (the analytics module's rule; DESIGN.md "Baseline, onset, peak, stage").
enum class Stage : uint8_t { unknown = 0, calm, emerging, escalating, peak, declining, resolved };
std::string_view stage_code(Stage s); // "calm", "emerging", ... ("unknown")
Stage stage_from_code(std::string_view code);

// Where the crisis started: OriginType (analytics_result.hpp: unknown, external_event, internal_leak,
// own_post). After Coombs' Situational Crisis Communication Theory an external event puts the brand in the
// victim cluster, an internal leak in the accidental cluster, an own bad post in the preventable cluster.
std::string_view origin_code(OriginType o); // "external_event", "internal_leak", "own_post", "unknown"
OriginType origin_from_code(std::string_view code); // also accepts "external", "leak", "post"; unknown else
bool origin_code_valid(std::string_view code);      // one of the codes or aliases above
std::string_view coombs_cluster(OriginType o);      // "victim", "accidental", "preventable", "unknown"

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Situation
// ---------------------------------------------------------------------------------------------------------

struct MultiplierFact {
    std::string name;       // account name as in the export
    int64_t followers = -1; // followers, -1 when the export does not say
    std::string reason;     // why it is a multiplier ("480 replies in 2 h after"), from the analytics module
};

struct TriggerCandidate {
    std::string author;           // who posted it
    std::string text;             // the comment text (user content: escape when rendering)
    int64_t created_at = kNoTime; // UTC seconds
    std::string reason;           // why it is a candidate ("first comment of the onset window")
};

// One bucket of the timeline chart in the brief.
struct TimelineBucket {
    int64_t start = 0;    // UTC seconds of the bucket start
    int32_t negative = 0; // comments labelled negative in the bucket
    int32_t neutral = 0;  // ... neutral (or unlabelled when sentiment is missing)
    int32_t positive = 0; // ... positive
};

struct Situation {
    // --- measured: stage and timing ---
    Stage stage = Stage::unknown;     // crisis stage
    std::string stage_missing_reason; // why the stage is unknown ("" when known)
    Figure severity;                  // 0..100
    int64_t now = kNoTime;            // UTC seconds of "now" (for an export: the latest comment)
    int64_t onset = kNoTime;          // UTC seconds of the onset bucket start, kNoTime when none
    int64_t peak = kNoTime;           // UTC seconds of the peak bucket, kNoTime when none
    int32_t utc_offset_minutes = 0;   // the team's local time zone (local = UTC + offset)
    bool utc_offset_given = false;    // false: local time is UTC because nobody said otherwise
    // --- measured: volume and the self-driving gauge ---
    int64_t comments = 0;              // comments in the case
    int64_t authors = 0;               // distinct authors
    int64_t comments_since_onset = -1; // -1 when there is no onset
    Figure n_star;                     // branching ratio of the Hawkes fit
    Figure n_star_lo, n_star_hi;       // its 95 % confidence interval
    Figure forecast_final_size;        // expected final number of comments while n* < 1
    // --- measured: sentiment ---
    Figure negative_share;                    // 0..1, share of comments labelled negative
    Figure positive_share;                    // 0..1, share of comments labelled positive
    Figure critics_per_100;                   // 0..100, critics per 100 commenters
    Figure emotional_share;                   // 0..1, share of negative comments that are emotional outrage
    Figure constructive_share;                // 0..1, share of negative comments that are constructive
    Figure outsider_share;                    // 0..1, newcomers' comments since the onset / all since onset
    Figure fans;                              // number of fans (authors with mean compound >= 0.05)
    std::vector<MultiplierFact> multipliers;  // top multipliers, strongest first
    std::vector<std::string> negative_themes; // top themes of the negative comments
    std::vector<std::string> constructive_themes; // top themes of the constructive criticism
    std::vector<TriggerCandidate> triggers;       // candidate trigger posts, strongest first
    // --- the user's inputs (kept with the case) ---
    OriginType origin = OriginType::unknown; // origin type
    bool origin_user_chosen = false;         // false: `origin` is the analytics module's guess
    std::string brand;                       // brand name ("" = not entered)
    std::string mission;                     // the brand's positive mission statement ("" = not entered)
    std::string responder;                   // who responds ("" = not entered)
    std::string channel;                     // on which channel ("" = not entered)
    Lang language = Lang::en;                // language of the guideline and brief: en, sv or de
    // --- for the brief's charts ---
    int64_t bucket_seconds = 0;           // width of a timeline bucket (0 = no timeline)
    std::vector<TimelineBucket> timeline; // buckets in time order
    bool timeline_labelled = false;       // false: sentiment missing, all volume counted as neutral

    // Derived: minutes since onset (unknown without an onset or "now").
    Figure minutes_since_onset() const;
    // Derived: the team's local hour 0..23 at `now` (unknown without "now").
    Figure local_hour() const;
    // Derived: "now" in local time as minutes since local midnight (-1 without "now").
    int32_t local_minute_of_day() const;
};

// The languages the guideline and the brief are written in; anything else falls back to English.
Lang guideline_language(Lang requested);

} // namespace sv
