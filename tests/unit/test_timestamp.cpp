// Timestamp parsing: every absolute form of ../shared/FORMATS.md §0.3, with the precision each carries.
#include "core/time/civil.hpp"
#include "core/time/timestamp.hpp"

#include <catch2/catch.hpp>

using namespace sv;

namespace {
int64_t utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}
} // namespace

TEST_CASE("civil calendar round-trips and knows leap years", "[time]") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    for (int64_t d = -800000; d < 800000; d += 997) {
        const CivilDate c = civil_from_days(d);
        CHECK(days_from_civil(c.year, c.month, c.day) == d);
    }
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
}

TEST_CASE("ISO 8601 variants", "[time]") {
    struct Case {
        const char* text;
        int64_t want;
        TimePrecision precision;
        bool zone;
    };
    const Case cases[] = {
        {"2022-12-17T04:19:11Z", utc(2022, 12, 17, 4, 19, 11), TimePrecision::second, true},
        {"2021-05-18T19:24:56.000Z", utc(2021, 5, 18, 19, 24, 56), TimePrecision::second, true},
        {"2019-05-15T12:34:56+0000", utc(2019, 5, 15, 12, 34, 56), TimePrecision::second, true},
        {"2023-09-19T17:42:53.434647+00:00", utc(2023, 9, 19, 17, 42, 53), TimePrecision::second, true},
        {"2017-11-15T08:10:34-08:00", utc(2017, 11, 15, 16, 10, 34), TimePrecision::second, true},
        {"2024-03-01T01:30:00+02:00", utc(2024, 2, 29, 23, 30, 0), TimePrecision::second, true},
        {"2022-12-09T21:25:39", utc(2022, 12, 9, 21, 25, 39), TimePrecision::second, false},
        {"2023-01-15 12:34:56 UTC", utc(2023, 1, 15, 12, 34, 56), TimePrecision::second, true},
        {"2025-08-30 17:40:39", utc(2025, 8, 30, 17, 40, 39), TimePrecision::second, false},
        {"2025-08-30 17:40", utc(2025, 8, 30, 17, 40), TimePrecision::minute, false},
        {"2024-01-02", utc(2024, 1, 2), TimePrecision::day, false},
        {"2014-10-02T15:01:23.045123456Z", utc(2014, 10, 2, 15, 1, 23), TimePrecision::second, true},
        {"2018-03-20 18:21:52+00:00", utc(2018, 3, 20, 18, 21, 52), TimePrecision::second, true},
        {"  \"2022-12-17T04:19:11Z\" ", utc(2022, 12, 17, 4, 19, 11), TimePrecision::second, true},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const ParsedTime t = parse_timestamp(c.text);
        REQUIRE(t.ok);
        CHECK(t.seconds == c.want);
        CHECK(t.precision == c.precision);
        CHECK(t.had_zone == c.zone);
    }
}

TEST_CASE("Twitter classic and RFC 2822", "[time]") {
    const ParsedTime tw = parse_timestamp("Wed Oct 10 20:19:24 +0000 2018");
    REQUIRE(tw.ok);
    CHECK(tw.seconds == utc(2018, 10, 10, 20, 19, 24));
    const ParsedTime tw2 = parse_timestamp("Thu Jan 26 08:15:54 +0100 2023");
    REQUIRE(tw2.ok);
    CHECK(tw2.seconds == utc(2023, 1, 26, 7, 15, 54));
    const ParsedTime rfc = parse_timestamp("Wed, 10 Oct 2018 20:19:24 GMT");
    REQUIRE(rfc.ok);
    CHECK(rfc.seconds == utc(2018, 10, 10, 20, 19, 24));
    const ParsedTime rfc2 = parse_timestamp("10 October 2018 20:19 -0230");
    REQUIRE(rfc2.ok);
    CHECK(rfc2.seconds == utc(2018, 10, 10, 22, 49, 0));
    CHECK(rfc2.precision == TimePrecision::minute);
}

TEST_CASE("epoch seconds, floats, strings and milliseconds", "[time]") {
    CHECK(parse_timestamp("1700000100").seconds == 1700000100);
    CHECK(parse_timestamp("1676875589.0").seconds == 1676875589);
    CHECK(parse_timestamp("1767323045000").seconds == 1767323045);
    CHECK(parse_timestamp("1767323045000123").seconds == 1767323045);
    CHECK(parse_timestamp("1192450643").is_epoch);
    // Small numbers are counts, not times.
    CHECK_FALSE(parse_timestamp("42").ok);
    CHECK_FALSE(parse_timestamp("2024").ok);
}

TEST_CASE("numeric day/month dates follow the requested order and flag ambiguity", "[time]") {
    const ParsedTime amb = parse_timestamp("03/12/25 06:24:13");
    REQUIRE(amb.ok);
    CHECK(amb.ambiguous_order);
    TimestampOptions dayfirst{DateOrder::day_first};
    TimestampOptions monthfirst{DateOrder::month_first};
    CHECK(parse_timestamp("03/12/25 06:24:13", dayfirst).seconds == utc(2025, 12, 3, 6, 24, 13));
    CHECK(parse_timestamp("03/12/25 06:24:13", monthfirst).seconds == utc(2025, 3, 12, 6, 24, 13));
    // Only one reading is a valid date: no ambiguity.
    const ParsedTime clear = parse_timestamp("25/12/2024");
    REQUIRE(clear.ok);
    CHECK_FALSE(clear.ambiguous_order);
    CHECK(clear.seconds == utc(2024, 12, 25));
    CHECK(clear.precision == TimePrecision::day);
    CHECK(parse_timestamp("12.03.2025 14:05").seconds == utc(2025, 3, 12, 14, 5));
    CHECK_FALSE(parse_timestamp("25/12/2024", monthfirst).ok);
}

TEST_CASE("garbage is rejected, not guessed", "[time]") {
    for (const char* s :
         {"", "yesterday-ish", "2024-13-01", "2024-02-30", "2024-01-01T25:00:00Z", "Wed Oct 10",
          "2024-01-01T10:00:00+99:00", "1.2.3.4", "abc 2024", "2024-01-01 garbage"}) {
        INFO(s);
        CHECK_FALSE(parse_timestamp(s).ok);
    }
}

TEST_CASE("ISO formatting round-trips", "[time]") {
    CHECK(format_iso8601_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(format_iso8601_utc(utc(2024, 2, 29, 23, 59, 59)) == "2024-02-29T23:59:59Z");
    CHECK(format_iso8601_utc(-1) == "1969-12-31T23:59:59Z");
    const int64_t t = utc(2031, 7, 4, 5, 6, 7);
    CHECK(parse_timestamp(format_iso8601_utc(t)).seconds == t);
}
