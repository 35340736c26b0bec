// Text helpers: encodings, HTML and entities, counts, relative times.
#include "core/text/count.hpp"
#include "core/text/encoding.hpp"
#include "core/text/html_text.hpp"
#include "core/time/relative_time.hpp"
#include "core/time/timestamp.hpp"

#include <catch2/catch.hpp>

using namespace sv;

TEST_CASE("counts as exports write them", "[text]") {
    CHECK(parse_count("12") == 12);
    CHECK(parse_count("\"0\"") == 0);
    CHECK(parse_count("1,234") == 1234);
    CHECK(parse_count("1.234.567") == 1234567);
    CHECK(parse_count("1.2K") == 1200);
    CHECK(parse_count("3,4 tn") == 3400);
    CHECK(parse_count("1,2 Mio.") == 1200000);
    CHECK(parse_count("2M") == 2000000);
    CHECK(parse_count("15 k") == 15000);
    CHECK(parse_count("") == -1);
    CHECK(parse_count("abc") == -1);
    CHECK(parse_count("12 apples") == -1);
    // Reactions with counts (DiscordChatExporter CSV) sum up; anything else in parentheses is not a count.
    CHECK(parse_count("\xF0\x9F\x91\x8D (3),\xE2\x9D\xA4 (1)") == 4);
    CHECK(parse_count("party (12)") == 12);
    CHECK(parse_count("a (1), b (2) , c (30)") == 33);
    CHECK(parse_count("(3)") == -1);
    CHECK(parse_count("edited (yesterday)") == -1);
    CHECK(parse_count("a (1) b (2)") == -1);
    CHECK(parse_count("a (1),") == -1);
}

TEST_CASE("HTML and entities decode once", "[text]") {
    std::string out;
    CHECK(decode_html("Billions in Debt &amp; owned", false, out));
    CHECK(out == "Billions in Debt & owned");
    CHECK(decode_html("&amp;amp;", false, out));
    CHECK(out == "&amp;");
    CHECK(decode_html("don&#39;t <a href=\"x?a=1&amp;t=2\">23:56</a><br>next", true, out));
    CHECK(out == "don't 23:56\nnext");
    CHECK(decode_html("<p>one</p><p>two &#x1F600;</p>", true, out));
    CHECK(out == "one\ntwo \xF0\x9F\x98\x80");
    CHECK_FALSE(decode_html("a < b & c", true, out));
    CHECK(out == "a < b & c");
}

TEST_CASE("whitespace is trimmed and line ends unified", "[text]") {
    std::string scratch;
    CHECK(normalise_whitespace("  hi  ", scratch) == "hi");
    CHECK(normalise_whitespace("a\r\nb\rc", scratch) == "a\nb\nc");
}

TEST_CASE("encodings: BOMs, UTF-16, Windows-1252, repair", "[text]") {
    std::vector<char> b = {'\xEF', '\xBB', '\xBF', 'h', 'i'};
    CHECK(decode_to_utf8(b).encoding == "utf-8-bom");
    CHECK(std::string(b.begin(), b.end()) == "hi");
    b = {'\xFE', '\xFF', 0, 'h', 0, '\xE4'};
    CHECK(decode_to_utf8(b).encoding == "utf-16be");
    CHECK(std::string(b.begin(), b.end()) == "h\xC3\xA4");
    b = {'o', 'k', ' ', '\xC3', '\xA4', ' ', '\xFF', '!'};
    const DecodedText d = decode_to_utf8(b);
    CHECK(d.encoding == "utf-8");
    CHECK(d.replaced == 1);
    CHECK(d.first_bad == 6);
    CHECK(std::string(b.begin(), b.end()) == "ok \xC3\xA4 \xEF\xBF\xBD!");
    std::string fixed;
    CHECK(repair_latin1_mojibake("Tobias L\xC3\x83\xC2\xB8ye", fixed));
    CHECK(fixed == "Tobias L\xC3\xB8ye");
    CHECK_FALSE(repair_latin1_mojibake("Tobias L\xC3\xB8ye", fixed)); // ø alone is not valid UTF-8 as bytes
}

TEST_CASE("relative times in four languages", "[text][time]") {
    const int64_t now = 1767225600;
    struct Case {
        const char* text;
        int64_t ago;
    };
    const Case cases[] = {
        {"2 days ago", 2 * 86400},
        {"för 3 timmar sedan", 3 * 3600},
        {"vor 6 Jahren", 6 * 31536000},
        {"2 недели назад", 2 * 604800},
        {"a year ago (edited)", 31536000},
        {"vor einem Monat", 2592000},
        {"igår", 86400},
        {"5 minutes ago", 300},
        {"3 weeks ago", 3 * 604800},
        {"1 минуту назад", 60},
        {"för 1 månad sedan", 2592000},
        {"gestern", 86400},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const ParsedTime p = parse_relative_time(c.text, now);
        REQUIRE(p.ok);
        CHECK(p.seconds == now - c.ago);
        CHECK(p.precision == TimePrecision::relative);
    }
    CHECK_FALSE(parse_relative_time("2 days", now).ok);
    CHECK_FALSE(parse_relative_time("hello world", now).ok);
}

TEST_CASE("counts never overflow", "[text]") {
    CHECK(parse_count("1.00000000000000000000000") == -1);
    CHECK(parse_count("999,999,999,999,999,999,999") == -1);
    CHECK(parse_count("99999999999999 mrd") == -1);
    CHECK(parse_count("1,234,567") == 1234567);
}

TEST_CASE("epoch numbers never overflow", "[text][time]") {
    CHECK_FALSE(parse_timestamp("9999999999999999999").ok);
    CHECK(parse_timestamp("1700000000000000000").seconds == 1700000000); // nanoseconds
}
