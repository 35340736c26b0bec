// format.hpp — numbers, percentages, durations and dates the way the UI language writes them
// (en: 1,234.5 · 24 Nov 2026 14:05; sv: 1 234,5 · 24 nov. 2026 14:05; de: 1.234,5 · 24.11.2026 14:05).
// Times are shown in UTC (the data's own clock), and say so where they are labelled.
#pragma once
#include <cstdint>
#include <string>

namespace sv::app {

std::string fmt_int(int64_t v);                     // 1,234,567
std::string fmt_dec(double v, int decimals);        // 1,234.5
std::string fmt_pct(double fraction, int decimals); // 0.123 -> "12.3 %" (en: "12.3%")
std::string fmt_compact(double v);                  // 1234567 -> "1.2 M", 34500 -> "34.5 k", 812 -> "812"
std::string fmt_date_time(int64_t utc_seconds);     // date and time of day, minutes
std::string fmt_date(int64_t utc_seconds);          // date only
std::string fmt_time(int64_t utc_seconds);          // "14:05"
std::string fmt_duration(int64_t seconds);          // "2 d 4 h", "35 min", "12 s"
// Short axis labels: "Mon 24 Nov" / "mån 24 nov" / "Mo 24.11."; hours: "14:00".
std::string fmt_axis_day(int64_t utc_seconds);

// The clock the UI shows times in: UTC (default) or the computer's local time. set_display_clock() is called
// once per frame by the app; shown() maps a UTC time to the clock shown (feed the result to fmt_*), and
// clock_label() names it ("UTC", "UTC+01:00").
void set_display_clock(bool local, int32_t offset_minutes);
bool display_local();
int32_t display_offset_minutes();
inline int64_t shown(int64_t utc_seconds) {
    return utc_seconds + int64_t{display_offset_minutes()} * 60;
}
std::string clock_label();
std::string fmt_offset(int32_t minutes); // "UTC+01:00", "UTC-05:30", "UTC"

} // namespace sv::app
