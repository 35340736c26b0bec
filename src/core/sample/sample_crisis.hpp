// sample_crisis.hpp — a deterministic, made-up crisis for the demo and the tests: the sample the site
// bundles ("Try the sample crisis") and `stormvakt sample --out FILE` writes.
//
// The story (all names and texts invented here, from templates and word lists in sample_crisis.cpp):
// the outdoor brand Fjällvind posts its new "Storm Pro" jacket (calm, mostly positive, Swedish, English and
// German); after ~20 h a customer reports that it leaks (the trigger); ~6 h later an influencer with a very
// large following picks it up (the multiplier); outsiders pile on with greenwashing outrage while customers
// write emotional and constructive criticism; ~44 h in the brand posts a statement (free repair or
// replacement); the storm declines over the third day. Replies carry parent ids; authors have follower
// counts; comments have likes and shares.
#pragma once
#include <cstdint>
#include <string>

namespace sv {

struct SampleCrisisOptions {
    uint64_t seed = 0x5707'4d7a'6b74ULL; // the same seed gives the same file, byte for byte
    int64_t start = 1741593600;          // the brand's post: 2025-03-10T08:00:00Z
    double volume = 1.0;                 // scales the number of comments (1.0 = about 3,000)
};

// The CSV header of the sample (one line, no newline).
inline constexpr const char* kSampleCrisisHeader =
    "id,parent_id,author,author_followers,created_at,text,likes,shares";

// The sample as CSV (header + one row per comment, in time order, ISO 8601 UTC times, LF line ends).
std::string generate_sample_crisis_csv(const SampleCrisisOptions& options = {});

} // namespace sv
