// count.cpp — see count.hpp.
#include "core/text/count.hpp"

#include <cstdint>

namespace sv {
namespace {

bool ieq(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != b[i]) return false;
    }
    return true;
}

// A list of reactions with their counts, as DiscordChatExporter's CSV writes them: "👍 (3),❤ (1)". Each
// comma-separated group is a label and a parenthesised count; the result is their sum, -1 when the text is
// not such a list.
int64_t reaction_total(std::string_view s) {
    int64_t total = 0;
    while (!s.empty()) {
        const size_t open = s.find(" (");
        if (open == 0 || open == std::string_view::npos) return -1;
        size_t i = open + 2;
        int64_t n = 0;
        const size_t digits = i;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
            if (n > 1'000'000'000'000LL) return -1;
            n = n * 10 + (s[i] - '0');
        }
        if (i == digits || i >= s.size() || s[i] != ')') return -1;
        total += n;
        s.remove_prefix(i + 1);
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        if (s.empty()) break;
        if (s.front() != ',') return -1;
        s.remove_prefix(1);
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        if (s.empty()) return -1; // a list never ends with a comma
    }
    return total;
}

} // namespace

int64_t parse_count(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\t' || s.back() == '.'))
        s.remove_suffix(1);
    if (s.empty()) return -1;
    // Fast path: plain digits.
    int64_t whole = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (whole > 100'000'000'000'000LL) return -1;
        whole = whole * 10 + (s[i] - '0');
    }
    if (i == 0) return reaction_total(s); // "👍 (3),❤ (1)", or -1
    if (i == s.size()) return whole;
    // Separators: "1,234" / "1.234" / "1 234" are thousands when followed by exactly three digits and no
    // suffix; "1.2K" / "3,4 tn" are decimals before a suffix.
    int64_t frac = 0, frac_scale = 1;
    size_t j = i;
    std::string_view suffix;
    while (j < s.size()) {
        const char c = s[j];
        if ((c == ',' || c == '.' || c == ' ' || c == '\'') && j + 1 < s.size() && s[j + 1] >= '0' &&
            s[j + 1] <= '9') {
            size_t k = j + 1;
            int64_t part = 0, scale = 1;
            while (k < s.size() && s[k] >= '0' && s[k] <= '9') {
                if (scale >= 1'000'000) return -1; // too many digits after a separator
                part = part * 10 + (s[k] - '0'), scale *= 10, ++k;
            }
            if (whole > 1'000'000'000'000LL) return -1; // no count is that large; avoids overflow below
            size_t rest = k;
            while (rest < s.size() && s[rest] == ' ') ++rest;
            const bool has_suffix = rest < s.size() && s[rest] != ',' && s[rest] != '.' && s[rest] != '\'';
            if (!has_suffix && scale == 1000) {
                whole = whole * 1000 + part;
                j = k;
                continue;
            }
            if (c == ' ' || c == '\'') {
                if (scale != 1000) return -1;
                whole = whole * 1000 + part;
                j = k;
                continue;
            }
            frac = part;
            frac_scale = scale;
            j = k;
            continue;
        }
        break;
    }
    while (j < s.size() && s[j] == ' ') ++j;
    suffix = s.substr(j);
    int64_t mult = 1;
    if (suffix.empty())
        mult = 1;
    else if (ieq(suffix, "k") || ieq(suffix, "tn") || ieq(suffix, "tsd") || ieq(suffix, "tsd.") ||
             ieq(suffix, "t") || ieq(suffix, "tusen") || ieq(suffix, "tausend"))
        mult = 1000;
    else if (ieq(suffix, "m") || ieq(suffix, "mn") || ieq(suffix, "mio") || ieq(suffix, "mio.") ||
             ieq(suffix, "milj") || ieq(suffix, "milj.") || ieq(suffix, "mn."))
        mult = 1'000'000;
    else if (ieq(suffix, "b") || ieq(suffix, "md") || ieq(suffix, "mrd") || ieq(suffix, "mdr"))
        mult = 1'000'000'000;
    else
        return -1;
    if (mult == 1 && frac_scale > 1) return whole; // "3.0" -> 3
    if (whole > INT64_MAX / mult / 2) return -1;
    return whole * mult + frac * mult / frac_scale;
}

} // namespace sv
