// relative_time.hpp — "2 days ago", "för 3 timmar sedan", "vor 6 Jahren", "2 недели назад", "a year ago
// (edited)", "yesterday" / "igår" / "gestern" — resolved against a reference time, precision `relative`.
#pragma once
#include "core/time/timestamp.hpp"

#include <cstdint>
#include <string_view>

namespace sv {

// Parses a relative time in English, Swedish, German or Russian. `reference` is "now" (UTC seconds).
// Months count as 30 days and years as 365 days: the result is approximate and says so (precision).
ParsedTime parse_relative_time(std::string_view text, int64_t reference);

} // namespace sv
