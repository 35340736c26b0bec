// relative_time.cpp — see relative_time.hpp.
#include "core/time/relative_time.hpp"

#include <string>

namespace sv {
namespace {

bool starts_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

// Lower-cases ASCII and the few non-ASCII capitals that start the words we look for.
std::string lower(std::string_view s) {
    std::string out(s);
    for (size_t i = 0; i < out.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
        // Cyrillic capitals А..П (D0 90..9F) -> а..п (D0 B0..BF); Р..Я (D0 A0..AF) -> р..я (D1 80..8F)
        if (c == 0xD0 && i + 1 < out.size()) {
            const unsigned char n = static_cast<unsigned char>(out[i + 1]);
            if (n >= 0x90 && n <= 0x9F)
                out[i + 1] = static_cast<char>(n + 0x20);
            else if (n >= 0xA0 && n <= 0xAF)
                out[i] = static_cast<char>(0xD1), out[i + 1] = static_cast<char>(n - 0x20);
        }
        // Å Ä Ö (C3 85 / 84 / 96)
        if (c == 0xC3 && i + 1 < out.size()) {
            const unsigned char n = static_cast<unsigned char>(out[i + 1]);
            if (n == 0x85 || n == 0x84 || n == 0x96) out[i + 1] = static_cast<char>(n + 0x20);
        }
    }
    return out;
}

int64_t unit_seconds(std::string_view w) {
    struct Unit {
        const char* stem;
        int64_t seconds;
    };
    static const Unit units[] = {
        {"sec", 1},         {"sek", 1},         {"секунд", 1},      {"min", 60},        {"минут", 60},
        {"hour", 3600},     {"hr", 3600},       {"timm", 3600},     {"stund", 3600},    {"час", 3600},
        {"day", 86400},     {"dag", 86400},     {"tag", 86400},     {"день", 86400},    {"дня", 86400},
        {"дней", 86400},    {"week", 604800},   {"veck", 604800},   {"woche", 604800},  {"недел", 604800},
        {"month", 2592000}, {"månad", 2592000}, {"monat", 2592000}, {"месяц", 2592000}, {"year", 31536000},
        {"år", 31536000},   {"jahr", 31536000}, {"год", 31536000},  {"лет", 31536000},
    };
    for (const Unit& u : units)
        if (starts_with(w, u.stem)) return u.seconds;
    return 0;
}

bool is_marker(std::string_view w) {
    return w == "ago" || w == "sedan" || w == "vor" || w == "назад" || w == "för" || w == "fr";
}

int word_number(std::string_view w) {
    static const char* const one[] = {"a",     "an",    "one",   "en",   "ett",  "ein", "eine",
                                      "einem", "einer", "einen", "один", "одну", "одна"};
    for (const char* o : one)
        if (w == o) return 1;
    if (w == "two" || w == "två" || w == "zwei" || w == "два" || w == "две") return 2;
    return -1;
}

} // namespace

ParsedTime parse_relative_time(std::string_view text, int64_t reference) {
    ParsedTime r;
    const std::string s = lower(text);
    // Whole-word forms.
    std::string_view v = s;
    while (!v.empty() && (v.front() == ' ' || v.front() == '"')) v.remove_prefix(1);
    if (const size_t paren = v.find('('); paren != std::string_view::npos)
        v = v.substr(0, paren); // "(edited)"
    while (!v.empty() && (v.back() == ' ' || v.back() == '"')) v.remove_suffix(1);
    int64_t delta = -1;
    if (v == "yesterday" || v == "igår" || v == "i går" || v == "gestern" || v == "вчера")
        delta = 86400;
    else if (v == "today" || v == "idag" || v == "i dag" || v == "heute" || v == "сегодня" ||
             v == "just now" || v == "nu" || v == "gerade eben" || v == "только что")
        delta = 0;
    if (delta < 0) {
        int64_t n = -1, unit = 0;
        bool marker = false;
        size_t i = 0;
        while (i < v.size()) {
            while (i < v.size() && v[i] == ' ') ++i;
            size_t j = i;
            while (j < v.size() && v[j] != ' ') ++j;
            const std::string_view w = v.substr(i, j - i);
            i = j;
            if (w.empty()) continue;
            if (w[0] >= '0' && w[0] <= '9') {
                int64_t x = 0;
                for (const char c : w) {
                    if (c < '0' || c > '9') break;
                    x = x * 10 + (c - '0');
                    if (x > 100000) return r;
                }
                if (n >= 0) return r;
                n = x;
                // "3h" / "2d" style
                size_t k = 0;
                while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
                if (k < w.size()) {
                    const std::string_view u = w.substr(k);
                    if (u == "s")
                        unit = 1;
                    else if (u == "m" || u == "min")
                        unit = 60;
                    else if (u == "h")
                        unit = 3600;
                    else if (u == "d")
                        unit = 86400;
                    else if (u == "w")
                        unit = 604800;
                    else if (u == "y")
                        unit = 31536000;
                    else
                        return r;
                }
            } else if (is_marker(w)) {
                marker = true;
            } else if (const int wn = word_number(w); wn > 0 && n < 0 && unit == 0) {
                n = wn;
            } else if (const int64_t u = unit_seconds(w); u > 0 && unit == 0) {
                unit = u;
            } else {
                return r;
            }
        }
        if (n < 0 || unit == 0 || !marker) return r;
        delta = n * unit;
    }
    r.ok = true;
    r.seconds = reference - delta;
    r.precision = TimePrecision::relative;
    r.had_zone = true;
    return r;
}

} // namespace sv
