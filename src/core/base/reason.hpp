// reason.hpp — why a figure is missing, or how it was measured, as a code plus the numbers it needs.
//
// The core sets a `Reason` and keeps its English sentence next to it (the `stormvakt analyze` JSON carries
// the sentences); the app translates the code into the UI language and formats the numbers there. Each
// English sentence is written once, in reason.cpp: the core fills its text fields with `set_reason` (the text
// is `english(reason)`), never by hand, so the JSON, the code and the app cannot drift apart
// (tests/unit/test_reason_codes.cpp checks the sentences). Add a code: append it before `count`, give it its
// English sentence in reason.cpp and its sv/de/en text in the app (src/app/reason_text.cpp; a test checks
// both).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sv {

enum class ReasonCode : uint16_t {
    none = 0, // no reason (or one only the English text carries)
    // fixed sentences
    no_onset_outsiders,      // "no onset: there is no wave for outsiders to join"
    no_history,              // no comments before the onset: every author would count as new
    no_comments_since_onset, // "no comments from the onset on"
    no_sentiment_fans,       // no sentiment scores: fans cannot be told from critics
    no_negative_themes,      // no negative comments, or nothing but negative comments
    no_constructive_flags,   // the scores carry no constructive-criticism flags
    no_constructive,         // no comment is flagged constructive
    no_sentiment_themes,     // no sentiment scores: negative and constructive comments are unknown
    no_authors,              // "no authors"
    no_criticism,            // "no criticism (no negative comments)"
    no_forecast,             // "no forecast while n* >= 1"
    set_by_user,             // the origin type was set by the user
    no_onset_origin,         // "no onset: there is no wave to trace"
    no_comments,             // "the file has no comments"
    no_usable_time,          // "no comment has a usable timestamp"
    no_time,                 // "no comment has a timestamp"
    no_convergence,          // the maximum-likelihood fit did not converge
    no_sentiment,            // "sentiment was not scored"
    no_analytics,            // "crisis analytics did not run"
    gauge_not_fitted,        // "the self-driving gauge could not be fitted"
    no_pre_onset_history,    // "no pre-onset history"
    range_before_onset,      // the selected range ends before the onset (outsiders)
    // with numbers (n[0], n[1], n[2]) and maybe a name
    themes_sampled,     // every n0-th comment read (n1 of n2)
    origin_leak,        // n0 % of the n1 comments read from the onset window use leak words
    origin_one_tree,    // n0 % of n1 sit in one reply tree rooted by the end of the onset bucket
    origin_one_thread,  // n0 % of n1 are in one thread (name)
    origin_news,        // n0 % of n1 carry links or news words
    origin_spread,      // the n0 comments are spread out (no tree or thread holds 20 %)
    origin_no_rule,     // no rule applies (leak words n0 %, links/news n1 %, largest tree n2 %)
    fit_relative,       // n0 of n1 comments have relative times: not fitted
    fit_too_few,        // n0 comments with usable times in the crisis window (n1 = 0) / selected range (1)
    fit_range_onset,    // fitted on the selected range from the onset on
    fit_range,          // fitted on the selected range
    fit_onset,          // fitted from the onset to the last comment
    fit_whole_file,     // no onset: fitted on the whole file
    fit_last_events,    // the last n0 of n1 comments
    fit_background_end, // the outside attention stopped after n0 min
    fit_coarse,         // n0 coarse times jittered, n1 draws combined
    fit_delay_warning,  // the fitted mean delay (n0 s) is shorter than the timestamp precision (n1 s)
    fit_self_driving,   // "self-driving: no finite forecast"
    count
};

struct Reason {
    ReasonCode code = ReasonCode::none;
    double n[3] = {0, 0, 0}; // the numbers the sentence needs (the code's comment says which)
    std::string name;        // a name from the data the sentence quotes (a thread), verbatim
};

// The English sentence of a reason, exactly as the core writes it into its `reason` strings.
std::string english(const Reason& r);
// Parts joined with "; " (the self-driving fit's notes).
std::string english(const std::vector<Reason>& parts);

// Sets a figure's code and its English text together: `text` = english(r). The one way the core writes a
// coded reason (so each sentence is written once).
void set_reason(Reason r, Reason& why, std::string& text);
void set_reason(std::vector<Reason> parts, std::vector<Reason>& why, std::string& text);

} // namespace sv
