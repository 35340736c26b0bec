// timestamp.hpp — parse the absolute timestamp forms found in comment exports into UTC seconds.
//
// Accepted (see ../shared/FORMATS.md §0.3):
//   ISO 8601        2022-12-17T04:19:11Z, 2021-05-18T19:24:56.000Z, 2019-05-15T12:34:56+0000,
//                   2023-09-19T17:42:53.434647+00:00, 2017-11-15T08:10:34-08:00, 2022-12-09T21:25:39,
//                   2024-01-02 (day precision), "2023-01-15 12:34:56 UTC", "2025-08-30 17:40" (minute)
//   Twitter classic Wed Oct 10 20:19:24 +0000 2018
//   RFC 2822        Wed, 10 Oct 2018 20:19:24 +0000 (also GMT / UTC / Z, seconds optional)
//   epoch           1700000100, 1676875589.0, 1767323045000 (ms), µs and ns by magnitude
//   numeric dates   03/12/25 06:24:13, 12.03.2025, 3/12/2025 — the day/month order comes from the options;
//                   when it is unknown and both readings are valid, the result says `ambiguous_order`
//                   (the importer then decides from the whole column).
// A timestamp without a zone is read as UTC and says so (`had_zone = false`).
#pragma once
#include "core/store/comment_store.hpp"

#include <cstdint>
#include <string_view>

namespace sv {

enum class DateOrder : uint8_t { unknown, day_first, month_first };

struct TimestampOptions {
    DateOrder order = DateOrder::unknown; // for numeric dates like 03/04/2025
};

struct ParsedTime {
    bool ok = false;
    int64_t seconds = kNoTime;                     // UTC seconds since 1970
    TimePrecision precision = TimePrecision::none; // what the text gave
    bool had_zone = false;                         // an explicit offset, Z or UTC/GMT was present
    bool ambiguous_order = false;                  // numeric date valid both day-first and month-first
    bool is_epoch = false;                         // parsed as a number of seconds/ms since 1970
    DateOrder evidence = DateOrder::unknown;       // a numeric date only this order can read (13/01/2025)
};

ParsedTime parse_timestamp(std::string_view text, const TimestampOptions& options = {});

// Formats UTC seconds as ISO 8601 "2024-05-01T12:00:00Z".
std::string format_iso8601_utc(int64_t seconds);

} // namespace sv
