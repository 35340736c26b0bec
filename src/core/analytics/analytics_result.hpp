// analytics_result.hpp — the crisis analytics of a case (timeline, stage, self-driving gauge, cascades, ...).
// Filled by the analytics module's job (analytics_job.hpp); empty until it has run.
//
// [SECTION] Options
// [SECTION] Timeline        buckets, baseline, onset, peak, stage, severity (timeline.hpp has the rules)
// [SECTION] Pyramid         minute / hour / day counts for zooming without rescanning comments
// [SECTION] Hawkes          the self-driving gauge (hawkes.hpp has the rules)
// [SECTION] Cascades        reply trees (cascades.hpp)
// [SECTION] People          reach, multipliers, fans, outsiders (people.hpp)
// [SECTION] Themes, origin  (themes.hpp, origin.hpp)
// [SECTION] AnalyticsResult
//
// A figure the data cannot support has `available = false` (or an empty optional) and a `reason`.
#pragma once
#include "core/base/reason.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Options
// ---------------------------------------------------------------------------------------------------------

enum class OriginType : uint8_t { unknown = 0, external_event, internal_leak, own_post };
const char* to_string(OriginType t);

struct AnalyticsOptions {
    int64_t bucket_seconds = 0;              // 0 = automatic (1 min ... 1 d, about 50-300 buckets)
    bool origin_overridden = false;          // the user chose the origin type
    OriginType origin = OriginType::unknown; // the user's choice when origin_overridden
    uint64_t seed = 0x5eed5eedULL;           // seed of the timestamp jitter (coarse times, ties)
    size_t hawkes_max_events = 8000; // the gauge fits at most the last this many events of the window (more
                                     // narrow the interval little and cost time: ~15 fits of O(n) passes)
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Timeline
// ---------------------------------------------------------------------------------------------------------

enum class CrisisStage : uint8_t { calm = 0, emerging, escalating, peak, declining, resolved };
const char* to_string(CrisisStage s);

// Per-bucket columns (all vectors have `size()` entries; bucket b starts at start + b * bucket_seconds).
struct Timeline {
    int64_t start = 0;                 // UTC seconds of bucket 0 (a multiple of bucket_seconds)
    int64_t bucket_seconds = 0;        // 60, 300, 900, 3600, 21600 or 86400
    std::vector<uint32_t> count;       // comments in the bucket
    std::vector<uint32_t> positive;    // ... labelled positive
    std::vector<uint32_t> neutral;     // ... labelled neutral (all of them without sentiment)
    std::vector<uint32_t> negative;    // ... labelled negative
    std::vector<float> mean_compound;  // mean compound of the bucket's comments (0 when empty)
    std::vector<uint32_t> authors;     // distinct authors commenting in the bucket
    std::vector<uint32_t> newcomers;   // distinct authors whose first comment in the file is in the bucket
    std::vector<double> reach;         // cumulative followers of distinct authors seen up to the bucket end
    std::vector<int64_t> shares;       // cumulative shares of the comments up to the bucket end
    std::vector<float> baseline;       // rolling median of the volume of earlier buckets
    std::vector<float> baseline_scale; // robust scale (1.4826 MAD, floored: timeline.hpp) of those
    std::vector<float> volume_z;       // robust z of the volume against that baseline
    std::vector<float> negative_z;     // robust z of the negative count against its own baseline
    std::vector<float> outsider_share; // newcomers' comments / comments, from the onset on (-1 before)
    size_t untimed = 0;                // comments without a usable timestamp (not in any bucket)
    size_t size() const { return count.size(); }
    int64_t bucket_start(size_t b) const { return start + static_cast<int64_t>(b) * bucket_seconds; }
};

struct CrisisState {
    bool has_onset = false;
    size_t onset_bucket = 0; // first of the two buckets that crossed 3 robust z
    std::string onset_rule;  // "volume", "negative" or "file starts with the surge"
    size_t peak_bucket = 0;  // largest volume at or after the onset (whole file when no onset)
    CrisisStage stage = CrisisStage::calm;
    std::string stage_reason;         // the measured facts behind the stage
    double severity = 0;              // 0..100, formula in timeline.hpp
    std::string severity_formula;     // the terms with their values
    bool sentiment_available = false; // false: every comment counted neutral, compound 0
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Pyramid
// ---------------------------------------------------------------------------------------------------------

struct PyramidLevel {
    int64_t start = 0;               // UTC seconds of entry 0
    int64_t seconds = 0;             // 60, 3600 or 86400
    std::vector<uint32_t> count;     // comments per entry
    std::vector<uint32_t> negative;  // negative comments per entry
    std::vector<float> compound_sum; // sum of compound per entry
    bool available() const { return seconds > 0; }
};

struct TimePyramid {
    PyramidLevel minute; // only when the file spans at most 14 days (else not available)
    PyramidLevel hour;   // only when the file spans at most 5 years
    PyramidLevel day;    // always (when any comment has a time)
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Hawkes
// ---------------------------------------------------------------------------------------------------------

struct HawkesGauge {
    bool available = false;
    std::string reason;             // why not available, or notes on how it was fitted
    std::vector<Reason> why;        // `reason` as codes: its parts (joined with "; ") for the app
    double window_start = 0;        // UTC seconds
    double window_end = 0;          // UTC seconds (last comment)
    size_t events = 0;              // events fitted
    double mu = 0;                  // background rate (events per second)
    double branching_ratio = 0;     // n*: expected direct replies-in-time per event
    double ci_low = 0, ci_high = 0; // 95% interval of n*
    double kernel_seconds = 0;      // 1 / beta: mean delay of a triggered event
    bool self_driving = false;      // n* >= 1
    bool forecast_available = false;
    double forecast_total = 0; // expected final size of the wave (comments in the window + to come)
    double forecast_low = 0, forecast_high = 0;
    double forecast_remaining = 0; // expected comments still to come
    int jitter_draws = 0;          // fits averaged (coarse or tied timestamps)
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Cascades
// ---------------------------------------------------------------------------------------------------------

struct Cascade {
    int32_t root = -1;              // row of the root comment
    uint32_t size = 0;              // comments in the tree (root included)
    uint32_t depth = 0;             // longest root-to-leaf path in edges
    uint32_t max_breadth = 0;       // most comments at one depth
    double structural_virality = 0; // mean shortest-path distance over all pairs (0 for size 1)
    float mean_compound = 0;        // mean over the tree's comments
    uint32_t negative = 0;          // negative comments in the tree
};

// A tree laid out for drawing: nodes in depth-first preorder.
struct CascadeLayout {
    std::vector<int32_t> row;    // comment row of each node
    std::vector<int32_t> parent; // index of the parent node in this layout, -1 for the root
    std::vector<uint32_t> depth; // depth of each node (root 0): the y of the drawing
    std::vector<float> order; // leaf order (leaves 0,1,2,...; inner nodes at the mean of their children): x
};

struct CascadeStats {
    size_t count = 0;            // trees with at least one reply
    size_t replies_in_trees = 0; // comments that are replies in a tree
    uint32_t largest_size = 0;
    uint32_t max_depth = 0;
    double mean_structural_virality = 0; // over trees with at least one reply
    size_t unreachable = 0;              // comments in parent cycles (bad data; not in any tree)
    std::vector<Cascade> largest;        // top by size
    std::vector<Cascade> most_negative;  // top by negative comments (trees of 3+)
    std::vector<CascadeLayout> layouts;  // layouts of `largest`, same order
    std::vector<uint32_t> descendants;   // per comment: comments below it in its tree
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] People
// ---------------------------------------------------------------------------------------------------------

struct Multiplier {
    uint32_t author = 0; // interned author id
    double score = 0;    // formula in people.hpp
    int64_t followers = -1;
    uint32_t follow_on = 0;                      // comments in the trees under their comments
    int64_t engagement = 0;                      // likes + shares received
    int64_t volume_before = 0, volume_after = 0; // comments in the hour before / after their key comment
    int32_t key_row = -1;                        // their comment that drew the most follow-on
    std::string reason;                          // one line built from the numbers
};

struct Fan {
    uint32_t author = 0;
    uint32_t comments = 0;
    float mean_compound = 0;
    int64_t likes = 0;     // likes received
    uint32_t replies = 0;  // replies received (in trees under their comments)
    double engagement = 0; // comments + replies + likes / 10
};

struct PeopleStats {
    std::vector<Multiplier> multipliers;
    bool fans_available = false;
    std::string fans_reason;
    Reason fans_why; // fans_reason as a code (for the app)
    std::vector<Fan> fans;
    size_t authors = 0;
    size_t critics = 0; // authors with mean compound <= -0.05
    bool outsider_available = false;
    std::string outsider_reason;
    Reason outsider_why;       // outsider_reason as a code (for the app)
    double outsider_share = 0; // newcomers' comments / comments, from the onset on
    size_t newcomer_authors = 0;
    double reach_total = 0;   // followers of all distinct authors
    int64_t shares_total = 0; // shares of all comments (where given)
    bool followers_known = false;
    bool shares_known = false;
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Themes, origin
// ---------------------------------------------------------------------------------------------------------

struct ThemeTerm {
    std::string term;              // a word or "word word"
    double z = 0;                  // z-score of the weighted log-odds (Monroe et al. 2008)
    uint32_t count_in = 0;         // occurrences in the group
    uint32_t count_out = 0;        // occurrences in the rest
    std::vector<int32_t> examples; // up to 3 comment rows of the group containing it
};

struct ThemeSet {
    bool available = false;
    std::string reason;
    Reason why; // `reason` as a code (for the app)
    size_t comments_in = 0, comments_out = 0;
    std::vector<ThemeTerm> terms;
};

struct OriginCandidate {
    int32_t row = -1;
    std::string why; // "first comment of the onset window", "root of the largest negative cascade", ...
};

struct OriginGuess {
    OriginType guess = OriginType::unknown;
    bool overridden = false;
    std::string reason;
    Reason why; // `reason` as a code and its numbers (for the app)
    std::vector<OriginCandidate> candidates;
};

// ---------------------------------------------------------------------------------------------------------
// [SECTION] AnalyticsResult
// ---------------------------------------------------------------------------------------------------------

struct AnalyticsResult {
    bool present = false; // the analytics job ran
    bool has_times = false;
    std::string no_times_reason;
    Reason no_times_why; // no_times_reason as a code (for the app)
    Timeline timeline;
    CrisisState crisis;
    TimePyramid pyramid;
    HawkesGauge hawkes;
    CascadeStats cascades;
    PeopleStats people;
    ThemeSet themes_negative;
    ThemeSet themes_constructive;
    OriginGuess origin;
};

} // namespace sv
