// timestamp.cpp — see timestamp.hpp for the accepted forms.
//
// [SECTION] Cursor: a tiny reader over the text
// [SECTION] Pieces: zone offsets, month names, clock times
// [SECTION] Forms: epoch, ISO 8601, Twitter classic, RFC 2822, numeric dates
// [SECTION] parse_timestamp, format_iso8601_utc
#include "core/time/timestamp.hpp"

#include "core/time/civil.hpp"

#include <cstdio>
#include <string>

namespace sv {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Cursor
// ---------------------------------------------------------------------------------------------------------

struct Cursor {
    const char* p;
    const char* end;
    bool done() const { return p >= end; }
    char peek() const { return p < end ? *p : '\0'; }
    bool eat(char c) {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    void skip_spaces() {
        while (p < end && (*p == ' ' || *p == '\t')) ++p;
    }
    // Reads exactly n digits.
    bool digits(int n, int& out) {
        if (end - p < n) return false;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const char c = p[i];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        p += n;
        out = v;
        return true;
    }
    // Reads 1..max digits.
    bool some_digits(int max, int& out, int* count = nullptr) {
        int v = 0, n = 0;
        while (p < end && n < max && *p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0'), ++n;
        if (count) *count = n;
        out = v;
        return n > 0;
    }
    bool word_ci(std::string_view w) {
        if (static_cast<size_t>(end - p) < w.size()) return false;
        for (size_t i = 0; i < w.size(); ++i) {
            char c = p[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != w[i]) return false;
        }
        p += w.size();
        return true;
    }
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n' ||
                          s.front() == '"'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n' || s.back() == '"'))
        s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Pieces
// ---------------------------------------------------------------------------------------------------------

bool valid_date(int64_t y, int m, int d) {
    return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
           d <= static_cast<int>(days_in_month(y, m));
}

int64_t to_seconds(int64_t y, int mo, int d, int h, int mi, int s) {
    return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
           mi * 60 + s;
}

// Zone after a time: Z, UTC, GMT, +HH, +HHMM, +HH:MM (also with a space before). Sets offset in seconds
// east of UTC. Returns false when something is there that is not a zone.
bool parse_zone(Cursor& c, int& offset_seconds, bool& had_zone) {
    c.skip_spaces();
    offset_seconds = 0;
    had_zone = false;
    if (c.done()) return true;
    if (c.eat('Z') || c.eat('z') || c.word_ci("utc") || c.word_ci("gmt")) {
        had_zone = true;
        // "UTC+01:00" style
        if (c.peek() != '+' && c.peek() != '-') return true;
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-') return false;
    ++c.p;
    int hh = 0, mm = 0;
    if (!c.digits(2, hh)) return false;
    if (c.eat(':')) {
        if (!c.digits(2, mm)) return false;
    } else if (is_digit(c.peek())) {
        if (!c.digits(2, mm)) return false;
    }
    if (hh > 18 || mm > 59) return false;
    offset_seconds = (hh * 3600 + mm * 60) * (sign == '-' ? -1 : 1);
    had_zone = true;
    return true;
}

int month_from_name(Cursor& c) {
    static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i)
        if (c.word_ci(names[i])) {
            while (!c.done() && ((c.peek() >= 'a' && c.peek() <= 'z') || c.peek() == '.')) ++c.p; // "October"
            return i + 1;
        }
    return 0;
}

bool skip_weekday(Cursor& c) {
    static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (const char* n : names)
        if (c.word_ci(n)) {
            while (!c.done() && c.peek() >= 'a' && c.peek() <= 'z') ++c.p; // "Wednesday"
            c.eat(',');
            c.skip_spaces();
            return true;
        }
    return false;
}

struct Clock {
    int h = 0, m = 0, s = 0;
    TimePrecision precision = TimePrecision::day;
};

// HH:MM[:SS[.fraction]]
bool parse_clock(Cursor& c, Clock& out) {
    int n = 0;
    if (!c.some_digits(2, out.h, &n) || !c.eat(':') || !c.digits(2, out.m)) return false;
    out.precision = TimePrecision::minute;
    if (c.eat(':')) {
        if (!c.digits(2, out.s)) return false;
        out.precision = TimePrecision::second;
        if (c.eat('.') || c.eat(',')) {
            int frac = 0, count = 0;
            while (is_digit(c.peek())) c.some_digits(9, frac, &count); // fractions are dropped
            if (count == 0) return false;
        }
    }
    return out.h <= 23 && out.m <= 59 && out.s <= 60;
}

ParsedTime finish(int64_t y, int mo, int d, const Clock& clock, int offset, bool had_zone) {
    ParsedTime r;
    r.ok = true;
    r.seconds = to_seconds(y, mo, d, clock.h, clock.m, clock.s < 60 ? clock.s : 59) - offset;
    r.precision = clock.precision;
    r.had_zone = had_zone;
    return r;
}

// Optional clock and zone after a date, then the end of the text.
bool parse_tail(Cursor& c, Clock& clock, int& offset, bool& had_zone) {
    offset = 0;
    had_zone = false;
    if (c.done()) return true;
    if (!(c.eat('T') || c.eat('t') || c.eat(' '))) return false;
    c.skip_spaces();
    if (c.done()) return true;
    if (!parse_clock(c, clock)) return false;
    if (!parse_zone(c, offset, had_zone)) return false;
    c.skip_spaces();
    return c.done();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Forms
// ---------------------------------------------------------------------------------------------------------

// 1700000100, 1676875589.0, "1767323045000"
ParsedTime parse_epoch(std::string_view s) {
    ParsedTime r;
    size_t i = 0;
    bool negative = false;
    if (i < s.size() && s[i] == '-') negative = true, ++i;
    uint64_t digits = 0; // up to 19 digits fit (nanoseconds since 1970 have 19)
    size_t ndig = 0;
    for (; i < s.size() && is_digit(s[i]); ++i, ++ndig) {
        if (ndig >= 19) return r;
        digits = digits * 10 + static_cast<uint64_t>(s[i] - '0');
    }
    if (ndig == 0 || digits > static_cast<uint64_t>(INT64_MAX)) return r;
    int64_t whole = static_cast<int64_t>(digits);
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t frac = 0;
        for (; i < s.size() && is_digit(s[i]); ++i) ++frac;
        if (frac == 0) return r;
    }
    if (i != s.size() || negative) return r;
    // Magnitude decides the unit: seconds up to year ~5138, then ms, µs, ns.
    if (whole >= 100'000'000'000'000'000LL)
        whole /= 1'000'000'000;
    else if (whole >= 100'000'000'000'000LL)
        whole /= 1'000'000;
    else if (whole >= 100'000'000'000LL)
        whole /= 1000;
    // A plain number below 1e8 (1973) is more likely a count or a year than a timestamp.
    if (whole < 100'000'000LL) return r;
    r.ok = true;
    r.seconds = whole;
    r.precision = TimePrecision::second;
    r.had_zone = true;
    r.is_epoch = true;
    return r;
}

// YYYY-MM-DD[(T| )HH:MM[:SS[.f]]][zone], also YYYY/MM/DD and YYYY.MM.DD
ParsedTime parse_iso(std::string_view s) {
    Cursor c{s.data(), s.data() + s.size()};
    int y = 0, mo = 0, d = 0;
    if (!c.digits(4, y)) return {};
    const char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') return {};
    ++c.p;
    if (!c.some_digits(2, mo) || !c.eat(sep) || !c.some_digits(2, d)) return {};
    if (!valid_date(y, mo, d)) return {};
    Clock clock;
    int offset = 0;
    bool had_zone = false;
    if (!parse_tail(c, clock, offset, had_zone)) return {};
    return finish(y, mo, d, clock, offset, had_zone);
}

// Wed Oct 10 20:19:24 +0000 2018
ParsedTime parse_twitter(std::string_view s) {
    Cursor c{s.data(), s.data() + s.size()};
    if (!skip_weekday(c)) return {};
    const int mo = month_from_name(c);
    if (mo == 0) return {};
    c.skip_spaces();
    int d = 0, y = 0;
    if (!c.some_digits(2, d)) return {};
    c.skip_spaces();
    Clock clock;
    if (!parse_clock(c, clock)) return {};
    int offset = 0;
    bool had_zone = false;
    if (!parse_zone(c, offset, had_zone)) return {};
    c.skip_spaces();
    if (!c.digits(4, y)) return {};
    c.skip_spaces();
    if (!c.done() || !valid_date(y, mo, d)) return {};
    return finish(y, mo, d, clock, offset, had_zone);
}

// [Wed, ]10 Oct 2018 [20:19[:24]] [+0000|GMT|UTC|Z]
ParsedTime parse_rfc2822(std::string_view s) {
    Cursor c{s.data(), s.data() + s.size()};
    skip_weekday(c);
    int d = 0, y = 0;
    if (!c.some_digits(2, d)) return {};
    c.skip_spaces();
    const int mo = month_from_name(c);
    if (mo == 0) return {};
    c.skip_spaces();
    if (!c.digits(4, y)) return {};
    if (!valid_date(y, mo, d)) return {};
    Clock clock;
    int offset = 0;
    bool had_zone = false;
    c.skip_spaces();
    if (!c.done()) {
        if (!parse_clock(c, clock)) return {};
        if (!parse_zone(c, offset, had_zone)) return {};
        c.skip_spaces();
        if (!c.done()) return {};
    }
    return finish(y, mo, d, clock, offset, had_zone);
}

// DD/MM/YY[YY], MM/DD/YYYY, DD.MM.YYYY, DD-MM-YYYY with optional clock.
ParsedTime parse_numeric_date(std::string_view s, DateOrder order) {
    Cursor c{s.data(), s.data() + s.size()};
    int a = 0, b = 0, y = 0, ny = 0;
    if (!c.some_digits(2, a)) return {};
    const char sep = c.peek();
    if (sep != '/' && sep != '.' && sep != '-') return {};
    ++c.p;
    if (!c.some_digits(2, b) || !c.eat(sep) || !c.some_digits(4, y, &ny)) return {};
    if (ny == 2)
        y += y < 70 ? 2000 : 1900;
    else if (ny != 4)
        return {};
    Clock clock;
    int offset = 0;
    bool had_zone = false;
    c.skip_spaces();
    if (!c.done()) {
        c.eat(',');
        c.skip_spaces();
        if (!parse_clock(c, clock)) return {};
        if (!parse_zone(c, offset, had_zone)) return {};
        c.skip_spaces();
        if (!c.done()) return {};
    }
    const bool day_first_ok = valid_date(y, b, a);
    const bool month_first_ok = valid_date(y, a, b);
    // Dots are day-first everywhere they are used (de, sv, ...).
    if (sep == '.' && order == DateOrder::unknown) order = DateOrder::day_first;
    ParsedTime r;
    if (order == DateOrder::day_first || (order == DateOrder::unknown && day_first_ok && !month_first_ok)) {
        if (!day_first_ok) return {};
        r = finish(y, b, a, clock, offset, had_zone);
        if (!month_first_ok) r.evidence = DateOrder::day_first;
    } else if (order == DateOrder::month_first ||
               (order == DateOrder::unknown && month_first_ok && !day_first_ok)) {
        if (!month_first_ok) return {};
        r = finish(y, a, b, clock, offset, had_zone);
        if (!day_first_ok) r.evidence = DateOrder::month_first;
    } else {
        if (!day_first_ok) return {};
        r = finish(y, b, a, clock, offset, had_zone); // provisional reading; caller decides
        r.ambiguous_order = a != b;
    }
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] parse_timestamp, format_iso8601_utc
// ---------------------------------------------------------------------------------------------------------

ParsedTime parse_timestamp(std::string_view text, const TimestampOptions& options) {
    const std::string_view s = trim(text);
    if (s.empty()) return {};
    const char first = s.front();
    if (is_digit(first)) {
        if (s.size() >= 5 && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
            (s[4] == '-' || s[4] == '/' || s[4] == '.'))
            return parse_iso(s);
        ParsedTime r = parse_epoch(s);
        if (r.ok) return r;
        r = parse_numeric_date(s, options.order);
        if (r.ok) return r;
        return parse_rfc2822(s); // "10 Oct 2018 ..."
    }
    ParsedTime r = parse_twitter(s);
    if (r.ok) return r;
    return parse_rfc2822(s);
}

std::string format_iso8601_utc(int64_t seconds) {
    if (seconds == kNoTime) return {};
    int64_t days = seconds / 86400;
    int64_t rem = seconds % 86400;
    if (rem < 0) rem += 86400, --days;
    const CivilDate d = civil_from_days(days);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ", static_cast<long long>(d.year),
                  d.month, d.day, static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                  static_cast<int>(rem % 60));
    return buf;
}

} // namespace sv
